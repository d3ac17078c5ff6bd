using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using MineralTrade.Web.Data;
using MineralTrade.Web.Features.Figures;
using MineralTrade.Web.Features.Market;
using MineralTrade.Web.Features.Mirror;
using MineralTrade.Web.Features.Products;
using MineralTrade.Web.Infrastructure;

namespace MineralTrade.Web.Features.Dashboard;

/// <summary>
/// Each chart's own numbers as CSV: what its "CSV" link downloads (issue 18, point 10). The overview's and /compare's
/// charts under <c>/api/charts/</c> with the page's query, a product page's under <c>/api/products/{code}/charts/</c>.
/// </summary>
public static class ChartEndpoints
{
    public const string ChartParameter = "chart", CodeParameter = "code", PageParameter = "page";

    /// <summary>Where a product page's chart CSVs are: <c>/api/products/2603/charts</c>.</summary>
    public static string ProductPath(string code) => $"/api/products/{Uri.EscapeDataString(code)}/charts";

    /// <summary>The charts under <c>/api/charts/</c>: the overview's, and /compare's pairs.</summary>
    public static readonly IReadOnlyList<string> ViewCharts = [.. ChartRows.Charts, MirrorChartRows.Pairs];

    /// <summary>The charts of a product page: its series and comparisons, and the market panels'.</summary>
    public static readonly IReadOnlyList<string> ProductCharts = [.. ProductChartRows.Charts, .. MarketChartRows.Charts];

    public static IEndpointRouteBuilder MapChartEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Charts");

        // As small as the chart it draws: cached per data version like the other bounded answers.
        api.MapGet("/charts/{chart}.csv", GetChartCsv)
            .WithName(nameof(GetChartCsv))
            .CacheOutput(DataVersionOutputCache.Policy)
            .WithSummary("The numbers one chart of the overview (by-category, time-annual, growth, value-added, target...) or of /compare (pairs, with its page) draws for the filters of the query string, with series, period, qualifier, reporter and source, as a CSV download.")
            .Produces(StatusCodes.Status200OK, contentType: FigureCsv.ContentType)
            .WithRequestTimeout(RequestLimits.Heavy);

        api.MapGet("/products/{code}/charts/{chart}.csv", GetProductChartCsv)
            .WithName(nameof(GetProductChartCsv))
            .CacheOutput(DataVersionOutputCache.Policy)
            .WithSummary("The numbers one chart of a product page draws (series-annual... series-month, mirror, suppliers, price) for its code and flow (exporter, importer), as a CSV download.")
            .Produces(StatusCodes.Status200OK, contentType: FigureCsv.ContentType)
            .WithRequestTimeout(RequestLimits.Heavy);

        return app;
    }

    /// <summary>The rows of <paramref name="chart"/> for the overview (or /compare's page) of the query's filters, from the model the page draws.</summary>
    public static async Task<Results<PushStreamHttpResult, ValidationProblem>> GetChartCsv(
        string chart, [AsParameters] FigureQuery query, [FromQuery(Name = PageParameter)] string? page,
        DashboardService dashboard, MirrorService mirror, CancellationToken cancellationToken)
    {
        var parsed = query.TryParse(out var filter, out var errors) & Known(chart, ViewCharts, errors);
        var number = 1;
        if (chart == MirrorChartRows.Pairs && !MirrorPage.TryParsePage(page, out number, out var pageError))
        {
            errors[PageParameter] = [pageError];
            parsed = false;
        }
        if (!parsed)
        {
            return QueryProblem.Invalid(errors);
        }
        var rows = chart == MirrorChartRows.Pairs
            ? MirrorChartRows.Of(chart, (await mirror.GetPageAsync(filter, number, MirrorPage.ComparePageSize, cancellationToken)).Pairs, withCode: true)
            : ChartRows.Of(await dashboard.GetOverviewAsync(filter, cancellationToken), chart);
        return Csv(rows, ChartRow.FileName(filter, chart, number));
    }

    /// <summary>
    /// The rows of <paramref name="chart"/> for the product page of <paramref name="code"/> in the query's flow (its
    /// other filters, valid, are not read: the page does not read them either), from the model the page draws.
    /// </summary>
    public static async Task<Results<PushStreamHttpResult, ValidationProblem, ProblemHttpResult>> GetProductChartCsv(
        string code, string chart, [AsParameters] FigureQuery query, ProductService products, MarketService markets, CancellationToken cancellationToken)
    {
        var parsed = query.TryParse(out var filter, out var errors) & Known(chart, ProductCharts, errors);
        code = code.Equals(HsClassification.Total, StringComparison.OrdinalIgnoreCase) ? HsClassification.Total : code.Trim();
        if (!HsClassification.IsValidCode(code))
        {
            errors[CodeParameter] = [$"{CodeParameter}: '{Cut(code)}' is not an HS code (2 to 10 digits, or TOTAL)."];
            parsed = false;
        }
        if (!parsed)
        {
            return QueryProblem.Invalid(errors);
        }
        if (MarketChartRows.Charts.Contains(chart))
        {
            var market = await markets.GetViewAsync(code, cancellationToken);
            return Csv(MarketChartRows.Of(market, chart), ChartRow.FileName(ProductChartRows.Filter(code, null), chart));
        }
        if (await products.GetProductAsync(code, filter.Exporter, filter.Importer, cancellationToken) is not { } view)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such product",
                detail: $"{CodeParameter}: the store holds no figure for HS {code} or any code inside it.");
        }
        return Csv(ProductChartRows.Of(view, chart), ChartRow.FileName(ProductChartRows.Filter(code, view.Flow), chart));
    }

    private static bool Known(string chart, IReadOnlyList<string> charts, Dictionary<string, string[]> errors)
    {
        if (charts.Contains(chart))
        {
            return true;
        }
        errors[ChartParameter] = [$"{ChartParameter}: '{Cut(chart)}' is not a chart with a CSV here. Allowed: {string.Join(", ", charts)}."];
        return false;
    }

    private static string Cut(string text) => text.Length > 40 ? text[..40] + "…" : text;

    private static PushStreamHttpResult Csv(IEnumerable<ChartRow> rows, string fileName) =>
        TypedResults.Stream(stream => SiteCsv<ChartRow>.WriteAsync(stream, rows), FigureCsv.ContentType, fileName);
}
