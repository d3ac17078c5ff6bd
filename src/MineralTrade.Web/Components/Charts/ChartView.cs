using MineralTrade.Web.Components.Filters;
using MineralTrade.Web.Features.Dashboard;
using MineralTrade.Web.Features.Figures;

namespace MineralTrade.Web.Components.Charts;

/// <summary>
/// The view a page's charts are drawn from, cascaded to each chart: what a downloaded chart says about itself, its
/// file name, and the page's own CSV (decision 0104).
/// </summary>
public sealed record ChartView(FigureFilter Filter, Flow? Flow)
{
    public string Words => OverviewText.View(Filter, Flow);

    public string CsvUrl => FilterBar.CsvUrlFor(Filter);

    /// <summary><c>mineraltrade-by-category_copper_zinc</c>: the chart and the view, as the CSV's name says the view.</summary>
    public string FileName(string chart) => Path.GetFileNameWithoutExtension(FigureCsv.FileName(Filter, chart));
}
