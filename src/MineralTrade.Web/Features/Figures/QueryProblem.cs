using Microsoft.AspNetCore.Http.HttpResults;

namespace MineralTrade.Web.Features.Figures;

/// <summary>The answer of every endpoint to a bad query string: 400 problem+json naming each bad parameter with its reason.</summary>
public static class QueryProblem
{
    public static ValidationProblem Invalid(Dictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(errors, detail: $"Check the query parameters: {string.Join(", ", errors.Keys)}.");
}
