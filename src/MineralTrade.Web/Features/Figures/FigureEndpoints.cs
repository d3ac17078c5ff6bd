using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Primitives;
using MineralTrade.Web.Infrastructure;

namespace MineralTrade.Web.Features.Figures;

/// <summary>
/// The filter parameters every figures endpoint takes. All are read as text so that a bad value gets a
/// problem+json answer naming it, rather than a binding failure; those that take one value as every value given, so that
/// the API reads a repeated parameter as the pages do (<c>to=2021&amp;to=2021</c> is 2021, two years are an error).
/// </summary>
public sealed record FigureQuery(
    [FromQuery(Name = FilterParameter.Category)] [property: Description("Mineral category, repeatable: ?category=copper&category=zinc")] string[]? Category,
    [FromQuery(Name = FilterParameter.Hs)] [property: Description("HS code (74, 2603, 253010, TOTAL), repeatable; 74* is 74 and every code inside it")] string[]? Hs,
    [FromQuery(Name = FilterParameter.Reporter)] [property: Description("Reporter (CN-GACC, PK-SBP, PK-PBS, unstated...), repeatable")] string[]? Reporter,
    [FromQuery(Name = FilterParameter.Exporter)] [property: Description("Exporter, ISO 3166 alpha-2 or WORLD")] StringValues? Exporter,
    [FromQuery(Name = FilterParameter.Importer)] [property: Description("Importer, ISO 3166 alpha-2 or WORLD")] StringValues? Importer,
    [FromQuery(Name = FilterParameter.From)] [property: Description("First year (periods starting in it or later)")] StringValues? From,
    [FromQuery(Name = FilterParameter.To)] [property: Description("Last year (periods ending in it or earlier)")] StringValues? To,
    [FromQuery(Name = FilterParameter.Period)] [property: Description("annual, half-year, quarter, month, fiscal-year, other or any")] StringValues? Period)
{
    public bool TryParse(out FigureFilter filter, out Dictionary<string, string[]> errors) =>
        FigureFilter.TryParse(
        [
            new(FilterParameter.Category, Category), new(FilterParameter.Hs, Hs), new(FilterParameter.Reporter, Reporter), new(FilterParameter.Exporter, Exporter ?? StringValues.Empty),
            new(FilterParameter.Importer, Importer ?? StringValues.Empty), new(FilterParameter.From, From ?? StringValues.Empty), new(FilterParameter.To, To ?? StringValues.Empty), new(FilterParameter.Period, Period ?? StringValues.Empty),
        ], out filter, out errors);
}

/// <summary>
/// The paging parameters of the lists (docs/decisions/0094): how many rows, and where the previous page ended (the
/// cursor of the <c>Link: rel="next"</c> header of the page before).
/// </summary>
public sealed record PageQuery(
    [FromQuery(Name = PageQuery.LimitParameter)] [property: Description("Rows per page: 1 to 1000, 100 by default")] string? Limit,
    [FromQuery(Name = PageQuery.CursorParameter)] [property: Description("Where to continue: the cursor in the previous page's Link header (rel=\"next\")")] string? Cursor)
{
    public const string LimitParameter = "limit", CursorParameter = "cursor";

    public bool TryParseLimit(Dictionary<string, string[]> errors, out int limit)
    {
        limit = FigureService.DefaultLimit;
        if (Limit is null)
        {
            return true;
        }
        if (int.TryParse(Limit, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out limit)
            && limit is >= 1 and <= FigureService.MaxLimit)
        {
            return true;
        }
        errors[LimitParameter] = [$"{LimitParameter}: '{Limit}' is not a number of rows. Allowed: 1 to {FigureService.MaxLimit}."];
        return false;
    }

    /// <summary>The limit, and the key of the row the previous page ended on in <paramref name="order"/> (none for the first page).</summary>
    public bool TryParse<T>(KeysetOrder<T> order, Dictionary<string, string[]> errors, out int limit, out object?[] after)
    {
        var parsed = TryParseLimit(errors, out limit);
        after = [];
        if (Cursor is not null && !(Figures.Cursor.TryRead(Cursor, out var values) && order.TryReadKey(values, out after)))
        {
            BadCursor(errors);
            parsed = false;
        }
        return parsed;
    }

    public static void BadCursor(Dictionary<string, string[]> errors) =>
        errors[CursorParameter] = [$"{CursorParameter}: not a cursor of this list. Use the one in the Link header of the previous page, or none for the first page."];

    /// <summary>
    /// RFC 8288's <c>Link: &lt;...&gt;; rel="next"</c>: this request's path and query with the next cursor (a reference
    /// relative to the request, so that it holds behind a proxy).
    /// </summary>
    public static void NextLink(HttpContext http, string? next)
    {
        if (next is null)
        {
            return;
        }
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(http.Request.QueryString.Value);
        query[PageQuery.CursorParameter] = next;
        var builder = new Microsoft.AspNetCore.Http.Extensions.QueryBuilder(query.SelectMany(p => p.Value, (p, v) => KeyValuePair.Create(p.Key, v ?? "")));
        http.Response.Headers.Link = $"<{http.Request.PathBase}{http.Request.Path}{builder.ToQueryString()}>; rel=\"next\"";
    }
}

/// <summary>A <see cref="GrowthRate"/> as <c>/api/growth</c> answers it: the rate, and both figures as rows.</summary>
/// <param name="Flagged">True where a bound or an approximate figure is involved: not to be read as exact.</param>
/// <param name="LowPercent">The lowest rate the published roundings of the two values allow (docs/decisions/0091); null where a lower bound leaves it open.</param>
/// <param name="HighPercent">The highest rate the roundings allow; null where a lower bound leaves it open.</param>
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
    decimal? LowPercent,
    decimal? HighPercent,
    DerivedQualifier Qualifier,
    bool Flagged,
    string? FlagReason,
    FigureRow Current,
    FigureRow Previous)
{
    public static GrowthRateRow From(GrowthRate g) => new(
        g.Current.Reporter, g.Current.Exporter, g.Current.Importer, g.Current.HsCode, g.Current.Product, g.Current.Category, g.Current.Stage,
        g.PeriodLabel, g.PreviousPeriodLabel, g.ValueUsd, g.PreviousValueUsd, g.GrowthPercent, g.LowPercent, g.HighPercent, g.Qualifier, g.Flagged, g.FlagReason,
        FigureRow.From(g.Current), FigureRow.From(g.Previous));
}

/// <summary>A <see cref="CategoryTotal"/> as <c>/api/totals</c> answers it: the total, the group it is part of, and what it adds.</summary>
/// <param name="Publisher">The source publisher where the reporter is <c>unstated</c>: then part of the group (docs/decisions/0093); else null.</param>
/// <param name="SharePercent">Share of the group's mineral categories (reporter, flow, period, and publisher where given; all goods and other goods left out); shares in a group add up to at most 100. Null with an <c>hs</c> filter.</param>
/// <param name="Basket">The HS codes added: with reporter, flow and kind of period, what makes a series.</param>
public sealed record CategoryTotalRow(
    string Category,
    string CategoryName,
    string Reporter,
    string Exporter,
    string Importer,
    string? Publisher,
    string PeriodStart,
    string PeriodEnd,
    PeriodKind PeriodKind,
    string PeriodLabel,
    decimal? ValueUsd,
    DerivedQualifier Qualifier,
    decimal? SharePercent,
    IReadOnlyList<string> Basket,
    IReadOnlyList<FigureRow> Components,
    IReadOnlyList<FigureRow> NamedWithoutValue)
{
    public static CategoryTotalRow From(CategoryTotal t) => new(
        t.Category.Id, t.Category.Name, t.Reporter, t.Exporter, t.Importer, t.Publisher is "" ? null : t.Publisher,
        Period.Format(t.PeriodStart), Period.Format(t.PeriodEnd), t.PeriodKind, t.PeriodLabel, t.ValueUsd, t.Qualifier, t.SharePercent, t.Basket,
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
            .CacheOutput(Data.DataVersionOutputCache.Policy)
            .WithSummary("The mineral categories with their HS codes and processing stages.");

        api.MapGet("/figures", GetFigures)
            .WithName(nameof(GetFigures))
            .CacheOutput(Data.DataVersionOutputCache.Policy)
            .WithSummary("The published figures matching the filters, each with its source, a page at a time.");

        api.MapGet("/growth", GetGrowth)
            .WithName(nameof(GetGrowth))
            .CacheOutput(Data.DataVersionOutputCache.Policy)
            .WithSummary("Like-for-like growth: same reporter, flow, HS code and months, one year apart; a page at a time.")
            .WithRequestTimeout(RequestLimits.Heavy);

        api.MapGet("/totals", GetTotals)
            .WithName(nameof(GetTotals))
            .CacheOutput(Data.DataVersionOutputCache.Policy)
            .WithSummary("Category totals per group (reporter, flow, period, publisher where unstated), with shares; a page at a time.")
            .WithRequestTimeout(RequestLimits.Heavy);

        // Not cached: an extract may be hundreds of megabytes, and it streams.
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

    /// <summary>One page of figures, latest period first; the next page is in the <c>Link</c> header.</summary>
    public static async Task<Results<Ok<List<FigureRow>>, ValidationProblem>> GetFigures(
        [AsParameters] FigureQuery query, [AsParameters] PageQuery page, FigureService service, HttpContext http, CancellationToken cancellationToken)
    {
        if (!TryParse(query, page, out var filter, out var limit, out var position, out var errors))
        {
            return Invalid(errors);
        }
        var result = await service.GetFiguresAsync(filter, position, limit, cancellationToken);
        PageQuery.NextLink(http, result.Next);
        return TypedResults.Ok(result.Items.Select(FigureRow.From).ToList());
    }

    /// <summary>One page of growth rates, in the figures' order; the next page is in the <c>Link</c> header.</summary>
    public static async Task<Results<Ok<List<GrowthRateRow>>, ValidationProblem>> GetGrowth(
        [AsParameters] FigureQuery query, [AsParameters] PageQuery page, FigureService service, HttpContext http, CancellationToken cancellationToken)
    {
        var parsed = TryParse(query, page, out var filter, out var limit, out var position, out var errors);
        if (parsed && position.Order != FigureOrder.Default)
        {
            PageQuery.BadCursor(errors);
            parsed = false;
        }
        if (!parsed)
        {
            return Invalid(errors);
        }
        var result = await service.GetGrowthAsync(filter, position, limit, cancellationToken);
        PageQuery.NextLink(http, result.Next);
        return TypedResults.Ok(result.Items.Select(GrowthRateRow.From).ToList());
    }

    /// <summary>One page of category totals, latest period first, then by group; the next page is in the <c>Link</c> header.</summary>
    public static async Task<Results<Ok<List<CategoryTotalRow>>, ValidationProblem>> GetTotals(
        [AsParameters] FigureQuery query, [AsParameters] PageQuery page, FigureService service, HttpContext http, CancellationToken cancellationToken)
    {
        var parsed = query.TryParse(out var filter, out var errors);
        parsed &= page.TryParse(FigureService.TotalsOrder, errors, out var limit, out var after);
        if (!parsed)
        {
            return Invalid(errors);
        }
        var result = await service.GetCategoryTotalsAsync(filter, after, limit, cancellationToken);
        PageQuery.NextLink(http, result.Next);
        return TypedResults.Ok(result.Items.Select(CategoryTotalRow.From).ToList());
    }

    /// <summary>Every row of the view, in the pages' order, streamed from the database as it is read.</summary>
    public static Results<PushStreamHttpResult, ValidationProblem> GetFiguresCsv(
        [AsParameters] FigureQuery query, FigureService service)
    {
        if (!query.TryParse(out var filter, out var errors))
        {
            return Invalid(errors);
        }
        return TypedResults.Stream(
            stream => service.WriteCsvAsync(filter, stream),
            FigureCsv.ContentType,
            FigureCsv.FileName(filter));
    }

    private static bool TryParse(FigureQuery query, PageQuery page, out FigureFilter filter, out int limit, out FigurePosition position,
        out Dictionary<string, string[]> errors)
    {
        var parsed = query.TryParse(out filter, out errors);
        parsed &= page.TryParseLimit(errors, out limit);
        position = FigurePosition.Start(FigureOrder.Default);
        if (page.Cursor is not null && !FigureOrder.TryReadCursor(page.Cursor, out position))
        {
            PageQuery.BadCursor(errors);
            parsed = false;
        }
        return parsed;
    }

    private static async Task<Results<Ok<T>, ValidationProblem>> WithFilter<T>(FigureQuery query, Func<FigureFilter, Task<T>> run) =>
        query.TryParse(out var filter, out var errors) ? TypedResults.Ok(await run(filter)) : Invalid(errors);

    private static ValidationProblem Invalid(Dictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(errors, detail: $"Check the query parameters: {string.Join(", ", errors.Keys)}.");
}
