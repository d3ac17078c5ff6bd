using Microsoft.AspNetCore.Http.HttpResults;
using MineralTrade.Web.Features.Market;
using MineralTrade.Web.Infrastructure;

namespace MineralTrade.Web.Features.Figures;

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
            .WithSummary("The published figures matching the filters, each with its source, a page at a time, latest period first or in the order 'sort' names.");

        api.MapGet("/growth", GetGrowth)
            .WithName(nameof(GetGrowth))
            .CacheOutput(Data.DataVersionOutputCache.Policy)
            .WithSummary("Like-for-like growth: same reporter, flow, HS code and months, one year apart; with window=ytd or 12m, year-to-date or 12-month sums; a page at a time.")
            .WithRequestTimeout(RequestLimits.Heavy);

        api.MapGet("/totals", GetTotals)
            .WithName(nameof(GetTotals))
            .CacheOutput(Data.DataVersionOutputCache.Policy)
            .WithSummary("Category totals per group (reporter, flow, period, publisher where unstated), with shares; a page at a time.")
            .WithRequestTimeout(RequestLimits.Heavy);

        // Not cached: an extract may be hundreds of megabytes, and it streams.
        api.MapGet("/figures.csv", GetFiguresCsv)
            .WithName(nameof(GetFiguresCsv))
            .WithSummary("The rows of /api/figures for the same query string (filters and sort), as a CSV download.")
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
    public static Task<Results<Ok<List<FigureRow>>, ValidationProblem>> GetFigures(
        [AsParameters] FigureQuery query, [AsParameters] PageQuery page, [AsParameters] SortQuery sort, FigureService service, HttpContext http, CancellationToken cancellationToken) =>
        ListAsync(query, page, FigureOrder.AnySort, http, (filter, from, limit) => service.GetFiguresAsync(filter, from, limit, cancellationToken), FigureRow.From,
            (Dictionary<string, string[]> errors, ref FigurePosition position) => sort.TryPlace(page.Cursor, errors, ref position));

    /// <summary>
    /// One page of growth rates, in the figures' order; with <c>window=ytd|12m</c>, one page of year-to-date or 12-month
    /// rates, latest month first (docs/decisions/0066). The next page is in the <c>Link</c> header.
    /// </summary>
    public static async Task<Results<Ok<List<GrowthRateRow>>, Ok<List<WindowGrowthRow>>, ValidationProblem>> GetGrowth(
        [AsParameters] FigureQuery query, [AsParameters] PageQuery page, [AsParameters] WindowQuery window, FigureService service, WindowGrowthService windows,
        HttpContext http, CancellationToken cancellationToken)
    {
        var parsed = query.TryParse(out var filter, out var errors);
        parsed &= window.TryParse(errors, out var kind);
        if (kind is null && !errors.ContainsKey(WindowQuery.Parameter))
        {
            return await ListAsync(query, page, FigureOrder.Default, http, (f, from, limit) => service.GetGrowthAsync(f, from, limit, cancellationToken), GrowthRateRow.From)
                switch
                {
                    { Result: Ok<List<GrowthRateRow>> rows } => rows,
                    { Result: var problem } => (ValidationProblem)problem,
                };
        }
        parsed &= page.TryParse(WindowGrowthService.Order, errors, out var pageLimit, out var after);
        if (!parsed || kind is not { } asked)
        {
            return QueryProblem.Invalid(errors);
        }
        var result = await windows.GetPageAsync(filter, asked, after, pageLimit, cancellationToken);
        PageQuery.NextLink(http, result.Next);
        return TypedResults.Ok(result.Items.Select(WindowGrowthRow.From).ToList());
    }

    /// <summary>One page of category totals, latest period first, then by group; the next page is in the <c>Link</c> header.</summary>
    public static async Task<Results<Ok<List<CategoryTotalRow>>, ValidationProblem>> GetTotals(
        [AsParameters] FigureQuery query, [AsParameters] PageQuery page, [AsParameters] IncludeQuery include, FigureService service, HttpContext http,
        CancellationToken cancellationToken)
    {
        var parsed = query.TryParse(out var filter, out var errors);
        parsed &= page.TryParse(FigureService.TotalsOrder, errors, out var limit, out var after);
        parsed &= include.TryParse(errors, out var components);
        if (!parsed)
        {
            return QueryProblem.Invalid(errors);
        }
        var result = await service.GetCategoryTotalsAsync(filter, after, limit, cancellationToken);
        PageQuery.NextLink(http, result.Next);
        return TypedResults.Ok(result.Items.Select(t => CategoryTotalRow.From(t, components)).ToList());
    }

    /// <summary>Every row of the view, in the pages' order (the sort of the address), streamed from the database as it is read.</summary>
    public static Results<PushStreamHttpResult, ValidationProblem> GetFiguresCsv(
        [AsParameters] FigureQuery query, [AsParameters] SortQuery sort, FigureService service)
    {
        var parsed = query.TryParse(out var filter, out var errors);
        if (!(sort.TryParse(errors, out var order) && parsed))
        {
            return QueryProblem.Invalid(errors);
        }
        return TypedResults.Stream(
            stream => service.WriteCsvAsync(filter, order, stream),
            FigureCsv.ContentType,
            FigureCsv.FileName(filter));
    }

    /// <summary>
    /// A filtered list's page (docs/decisions/0094): the filter and the page parsed, every bad parameter named in one
    /// answer; then the page read from <paramref name="list"/>'s position (moved by <paramref name="place"/>, a list's own
    /// parameter such as the figures' sort), as rows, the next page in the <c>Link</c> header.
    /// </summary>
    private static async Task<Results<Ok<List<TRow>>, ValidationProblem>> ListAsync<TPosition, TItem, TRow>(FigureQuery query, PageQuery page,
        IKeyset<TPosition> list, HttpContext http, Func<FigureFilter, TPosition, int, Task<Page<TItem>>> read, Func<TItem, TRow> row,
        Place<TPosition>? place = null)
    {
        var parsed = query.TryParse(out var filter, out var errors);
        parsed &= page.TryParse(list, errors, out var limit, out var position);
        parsed &= place is null || place(errors, ref position);
        if (!parsed)
        {
            return QueryProblem.Invalid(errors);
        }
        var result = await read(filter, position, limit);
        PageQuery.NextLink(http, result.Next);
        return TypedResults.Ok(result.Items.Select(row).ToList());
    }

    /// <summary>Moves a list's start by a parameter of its own, naming the parameter in <paramref name="errors"/> if it is bad.</summary>
    private delegate bool Place<TPosition>(Dictionary<string, string[]> errors, ref TPosition position);
}
