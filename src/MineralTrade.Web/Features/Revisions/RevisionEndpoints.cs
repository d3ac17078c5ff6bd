using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using MineralTrade.Web.Features.Figures;

namespace MineralTrade.Web.Features.Revisions;

public static class RevisionEndpoints
{
    public static IEndpointRouteBuilder MapRevisionEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/figures").WithTags("Figures")
            .MapGet("/{id}/history", GetFigureHistory)
            .WithName(nameof(GetFigureHistory))
            .CacheOutput(Data.DataVersionOutputCache.Policy)
            .WithSummary("A figure's values over time: the current one and each earlier value it was revised from, or withdrawn with.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    /// <param name="id">The figure's id, as <c>/api/figures</c> gives it.</param>
    public static async Task<Results<Ok<FigureHistoryRow>, ValidationProblem, ProblemHttpResult>> GetFigureHistory(
        string id, RevisionService service, CancellationToken cancellationToken)
    {
        if (!int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var figureId) || figureId <= 0)
        {
            return QueryProblem.Invalid(new() { ["id"] = [$"id: '{id}' is not a figure's id (a whole number from /api/figures)."] });
        }
        var history = await service.GetHistoryAsync(figureId, cancellationToken);
        return history is null
            ? TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such figure", detail: $"The store has never held figure {figureId}.")
            : TypedResults.Ok(FigureHistoryRow.From(history));
    }
}

/// <summary>One value of a figure on the wire: dates as ISO text, the qualifier by its name.</summary>
public sealed record FigureValueRow(decimal? ValueUsd, Qualifier Qualifier, decimal? Quantity, string? QuantityUnit, string? Released, DateTime? Retrieved,
    string SourcePublisher, string? SourceUrl, string? Note)
{
    public static FigureValueRow From(FigureValue v) => new(v.ValueUsd, v.Qualifier, v.Quantity, v.QuantityUnit,
        v.Released?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), v.Retrieved, v.SourcePublisher, v.SourceUrl, v.Note);
}

/// <summary>An earlier value with when it was replaced, and whether a release withdrew it.</summary>
public sealed record VintageRow(FigureValueRow Value, DateTime Replaced, bool Withdrawn);

/// <summary><c>GET /api/figures/{id}/history</c>: the current value (null once withdrawn) and the earlier ones, newest first.</summary>
public sealed record FigureHistoryRow(int FigureId, bool Withdrawn, FigureValueRow? Current, IReadOnlyList<VintageRow> Vintages)
{
    public static FigureHistoryRow From(FigureHistory h) => new(h.FigureId, h.Withdrawn, h.Current is null ? null : FigureValueRow.From(h.Current),
        [.. h.Earlier.Select(e => new VintageRow(FigureValueRow.From(e.Value), e.Replaced, e.Withdrawn))]);
}
