using MineralTrade.Web.Features.Dashboard;
using MineralTrade.Web.Features.Figures;

namespace MineralTrade.Web.Components.Charts;

/// <summary>
/// The view a page's charts are drawn from, cascaded to each chart: what a downloaded chart says about itself, its
/// file name, the page's own CSV and each chart's (decision 0104).
/// </summary>
public sealed record ChartView(FigureFilter Filter, Flow? Flow)
{
    public string Words => OverviewText.View(Filter, Flow);

    /// <summary><c>/api/charts/growth.csv?category=copper</c>: the numbers one chart draws, for this view.</summary>
    public string ChartCsvUrl(string chart) => $"/api/charts/{chart}.csv" + (Filter.ToQueryString() is { Length: > 0 } q ? "?" + q : "");

    /// <summary><c>mineraltrade-by-category_copper_zinc</c>: the chart and the view, as the CSV's name says the view.</summary>
    public string FileName(string chart) => Path.GetFileNameWithoutExtension(FigureCsv.FileName(Filter, chart));
}
