using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Primitives;
using MineralTrade.Web.Infrastructure;

namespace MineralTrade.Web.Features.Figures;

/// <summary>
/// The filter parameters every figures endpoint takes. All are read as text so that a bad value gets a
/// problem+json answer naming it, rather than a binding failure.
/// </summary>
public sealed record FigureQuery(
    [FromQuery(Name = FilterParameter.Category)] [property: Description("Mineral category, repeatable: ?category=copper&category=zinc")] string[]? Category,
    [FromQuery(Name = FilterParameter.Hs)] [property: Description("HS code (74, 2603, 253010, TOTAL), repeatable; 74* is 74 and every code inside it")] string[]? Hs,
    [FromQuery(Name = FilterParameter.Reporter)] [property: Description("Reporter (CN-GACC, PK-SBP, PK-PBS, unstated...), repeatable")] string[]? Reporter,
    [FromQuery(Name = FilterParameter.Exporter)] [property: Description("Exporter, ISO 3166 alpha-2 or WORLD")] string? Exporter,
    [FromQuery(Name = FilterParameter.Importer)] [property: Description("Importer, ISO 3166 alpha-2 or WORLD")] string? Importer,
    [FromQuery(Name = FilterParameter.From)] [property: Description("First year (periods starting in it or later)")] string? From,
    [FromQuery(Name = FilterParameter.To)] [property: Description("Last year (periods ending in it or earlier)")] string? To,
    [FromQuery(Name = FilterParameter.Period)] [property: Description("annual, half-year, quarter, month, fiscal-year, other or any")] string? Period)
{
    public bool TryParse(out FigureFilter filter, out Dictionary<string, string[]> errors) =>
        FigureFilter.TryParse(
        [
            new(FilterParameter.Category, Category), new(FilterParameter.Hs, Hs), new(FilterParameter.Reporter, Reporter), new(FilterParameter.Exporter, Exporter),
            new(FilterParameter.Importer, Importer), new(FilterParameter.From, From), new(FilterParameter.To, To), new(FilterParameter.Period, Period),
        ], out filter, out errors);
}

/// <summary>A <see cref="GrowthRate"/> as <c>/api/growth</c> answers it: the rate, and both figures as rows.</summary>
/// <param name="Flagged">True where a bound or an approximate figure is involved: not to be read as exact.</param>
public sealed record GrowthRateRow(
    string Reporter,
    string Exporter,
    string Importer,
    string HsCode,
    string Product,
    string Category,
    Stage Stage,
    string PeriodLabel,
    string PreviousPeriodLabel,
    decimal ValueUsd,
    decimal PreviousValueUsd,
    decimal GrowthPercent,
    DerivedQualifier Qualifier,
    bool Flagged,
    string? FlagReason,
    FigureRow Current,
    FigureRow Previous)
{
    public static GrowthRateRow From(GrowthRate g) => new(
        g.Current.Reporter, g.Current.Exporter, g.Current.Importer, g.Current.HsCode, g.Current.Product, g.Current.Category, g.Current.Stage,
        g.PeriodLabel, g.PreviousPeriodLabel, g.ValueUsd, g.PreviousValueUsd, g.GrowthPercent, g.Qualifier, g.Flagged, g.FlagReason,
        FigureRow.From(g.Current), FigureRow.From(g.Previous));
}

/// <summary>A <see cref="CategoryTotal"/> as <c>/api/totals</c> answers it.</summary>
/// <param name="SharePercent">Share of the mineral categories' sum for the same reporter, flow and period (all goods and other goods left out).</param>
public sealed record CategoryTotalRow(
    string Category,
    string CategoryName,
    string Reporter,
    string Exporter,
    string Importer,
    string PeriodStart,
    string PeriodEnd,
    PeriodKind PeriodKind,
    string PeriodLabel,
    decimal? ValueUsd,
    DerivedQualifier Qualifier,
    decimal? SharePercent,
    IReadOnlyList<FigureRow> Components,
    IReadOnlyList<FigureRow> NamedWithoutValue)
{
    public static CategoryTotalRow From(CategoryTotal t) => new(
        t.Category.Id, t.Category.Name, t.Reporter, t.Exporter, t.Importer, Period.Format(t.PeriodStart), Period.Format(t.PeriodEnd),
        t.PeriodKind, t.PeriodLabel, t.ValueUsd, t.Qualifier, t.SharePercent,
        [.. t.Components.Select(FigureRow.From)], [.. t.NamedWithoutValue.Select(FigureRow.From)]);
}

public sealed record CategoryInfo(string Id, string Name, IReadOnlyList<HsRuleInfo> HsCodes);

/// <param name="AppliesTo">"code": the code itself; "code-and-below": the code and every code under it without a rule of its own.</param>
public sealed record HsRuleInfo(string Code, string Description, Stage Stage, string AppliesTo);

public static class FigureEndpoints
{
    public static IEndpointRouteBuilder MapFigureEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Figures");

        api.MapGet("/categories", GetCategories)
            .WithName(nameof(GetCategories))
            .WithSummary("The mineral categories with their HS codes and processing stages.");

        api.MapGet("/figures", GetFigures)
            .WithName(nameof(GetFigures))
            .WithSummary("The published figures matching the filters, each with its source.")
            .WithRequestTimeout(RequestLimits.Extract);

        api.MapGet("/growth", GetGrowth)
            .WithName(nameof(GetGrowth))
            .WithSummary("Like-for-like growth: same reporter, flow, HS code and months, one year apart.")
            .WithRequestTimeout(RequestLimits.Heavy);

        api.MapGet("/totals", GetTotals)
            .WithName(nameof(GetTotals))
            .WithSummary("Category totals per reporter, flow and period, with shares; nothing counted twice.")
            .WithRequestTimeout(RequestLimits.Heavy);

        api.MapGet("/figures.csv", GetFiguresCsv)
            .WithName(nameof(GetFiguresCsv))
            .WithSummary("The rows of /api/figures for the same query string, as a CSV download.")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .WithRequestTimeout(RequestLimits.Extract);

        return app;
    }

    public static Ok<List<CategoryInfo>> GetCategories() =>
        TypedResults.Ok(HsClassification.Categories
            .Select(c => new CategoryInfo(c.Id, c.Name, HsClassification.Rules
                .Where(r => r.CategoryId == c.Id)
                .Select(r => new HsRuleInfo(r.Code, r.Description, r.Stage, r.ExactOnly ? "code" : "code-and-below"))
                .ToList()))
            .ToList());

    /// <summary>Streamed as it is read, like the CSV, so a store of a million figures is never held in memory.</summary>
    public static Results<Ok<IAsyncEnumerable<FigureRow>>, ValidationProblem> GetFigures(
        [AsParameters] FigureQuery query, FigureService service, CancellationToken cancellationToken) =>
        query.TryParse(out var filter, out var errors)
            ? TypedResults.Ok(service.StreamAsync(filter, cancellationToken).Select(FigureRow.From))
            : Invalid(errors);

    public static Task<Results<Ok<List<GrowthRateRow>>, ValidationProblem>> GetGrowth(
        [AsParameters] FigureQuery query, FigureService service, CancellationToken cancellationToken) =>
        WithFilter(query, async filter => (await service.GetGrowthAsync(filter, cancellationToken)).ConvertAll(GrowthRateRow.From));

    public static Task<Results<Ok<List<CategoryTotalRow>>, ValidationProblem>> GetTotals(
        [AsParameters] FigureQuery query, FigureService service, CancellationToken cancellationToken) =>
        WithFilter(query, async filter => (await service.GetCategoryTotalsAsync(filter, cancellationToken)).ConvertAll(CategoryTotalRow.From));

    public static Results<PushStreamHttpResult, ValidationProblem> GetFiguresCsv(
        [AsParameters] FigureQuery query, FigureService service)
    {
        if (!query.TryParse(out var filter, out var errors))
        {
            return Invalid(errors);
        }
        return TypedResults.Stream(
            stream => FigureCsv.WriteAsync(stream, service.StreamAsync(filter).Select(FigureRow.From)),
            FigureCsv.ContentType,
            FigureCsv.FileName(filter));
    }

    private static async Task<Results<Ok<T>, ValidationProblem>> WithFilter<T>(FigureQuery query, Func<FigureFilter, Task<T>> run) =>
        query.TryParse(out var filter, out var errors) ? TypedResults.Ok(await run(filter)) : Invalid(errors);

    private static ValidationProblem Invalid(Dictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(errors, detail: $"Check the query parameters: {string.Join(", ", errors.Keys)}.");
}
