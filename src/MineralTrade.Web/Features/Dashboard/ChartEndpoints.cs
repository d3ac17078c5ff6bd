using Microsoft.AspNetCore.Http.HttpResults;
using MineralTrade.Web.Data;
using MineralTrade.Web.Features.Figures;
using MineralTrade.Web.Infrastructure;

namespace MineralTrade.Web.Features.Dashboard;

/// <summary>Each overview chart's own numbers as CSV: what its "CSV" link downloads (issue 18, point 10).</summary>
public static class ChartEndpoints
{
    public const string ChartParameter = "chart";

    public static IEndpointRouteBuilder MapChartEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Charts");

        // As small as the chart it draws: cached per data version like the other bounded answers.
        api.MapGet("/charts/{chart}.csv", GetChartCsv)
            .WithName(nameof(GetChartCsv))
            .CacheOutput(DataVersionOutputCache.Policy)
            .WithSummary("The numbers one overview chart draws for the filters of the query string (sums, growth rates, shares, the goal's paths), with series, period, qualifier, reporter and source, as a CSV download.")
            .Produces(StatusCodes.Status200OK, contentType: FigureCsv.ContentType)
            .WithRequestTimeout(RequestLimits.Heavy);

        return app;
    }

    /// <summary>The rows of <paramref name="chart"/> for the overview of the query's filters, from the model the page draws.</summary>
    public static async Task<Results<PushStreamHttpResult, ValidationProblem>> GetChartCsv(
        string chart, [AsParameters] FigureQuery query, DashboardService dashboard, CancellationToken cancellationToken)
    {
        var parsed = query.TryParse(out var filter, out var errors);
        if (!ChartRows.Charts.Contains(chart))
        {
            errors[ChartParameter] = [$"{ChartParameter}: '{(chart.Length > 40 ? chart[..40] + "…" : chart)}' is not a chart with a CSV. Allowed: {string.Join(", ", ChartRows.Charts)}."];
            parsed = false;
        }
        if (!parsed)
        {
            return QueryProblem.Invalid(errors);
        }
        var model = await dashboard.GetOverviewAsync(filter, cancellationToken);
        return TypedResults.Stream(
            stream => ChartRow.WriteAsync(stream, ChartRows.Of(model, chart)),
            FigureCsv.ContentType,
            ChartRow.FileName(filter, chart));
    }
}
