using MineralTrade.Web.Features.Dashboard;
using MineralTrade.Web.Features.Figures;
using MineralTrade.Web.Features.Languages;
using MineralTrade.Web.Features.Market;
using MineralTrade.Web.Features.Mirror;
using MineralTrade.Web.Features.Products;

namespace MineralTrade.Web.Components.Charts;

/// <summary>
/// The view a page's charts are drawn from, cascaded to each chart: what a downloaded chart says about itself, its
/// file name, the page's own CSV and each chart's (decision 0104).
/// </summary>
/// <param name="Filter">The view as a filter: what the chart files are named after.</param>
public sealed record ChartView(FigureFilter Filter, Flow? Flow)
{
    public string Words { get; init; } = OverviewText.View(Filter, Flow);

    /// <summary>The charts of this view with a CSV of their own.</summary>
    public IReadOnlyList<string> Charts { get; init; } = ChartRows.Charts;

    /// <summary>Where the chart CSVs of this view are served: <c>/api/charts</c>, or a product's.</summary>
    public string CsvPath { get; init; } = "/api/charts";

    /// <summary>The query that reproduces the view (the page's filters), without the <c>?</c>.</summary>
    public string Query { get; init; } = Filter.ToQueryString();

    /// <summary>The page of /compare's comparisons drawn; 1 elsewhere.</summary>
    public int Page { get; init; } = 1;

    public bool HasCsv(string chart) => Charts.Contains(chart);

    /// <summary><c>/api/charts/growth.csv?category=copper</c>: the numbers one chart draws, for this view.</summary>
    public string ChartCsvUrl(string chart) => $"{CsvPath}/{chart}.csv" + (Query is { Length: > 0 } q ? "?" + q : "");

    /// <summary><c>mineraltrade-by-category_copper_zinc</c>: the chart and the view, as the CSV's name says the view.</summary>
    public string FileName(string chart) => Path.GetFileNameWithoutExtension(ChartRow.FileName(Filter, chart, Page));

    /// <summary>/compare's page of comparisons: its filters and page number.</summary>
    public static ChartView Compare(FigureFilter filter, int page) => new(filter, filter.Exporter is { } e && filter.Importer is { } i ? new Flow(e, i) : null)
    {
        Charts = ChartEndpoints.ViewCharts,
        Query = string.Join('&', new[] { filter.ToQueryString(), page > 1 ? $"page={page}" : "" }.Where(q => q.Length > 0)),
        Page = page,
    };

    /// <summary>A product page's series and comparisons: the code in the path, the flow shown in the query.</summary>
    public static ChartView Product(ProductView v) => new(ProductChartRows.Filter(v.Node.Code, v.Flow), v.Flow)
    {
        Words = v.Flow is { } flow
            ? s_texts.Format("WithFlow", Language.Current, ("product", Named(v.Node.Code)), ("flow", Bidi.Ltr(flow.Label, Language.Current)))
            : Named(v.Node.Code),
        Charts = ProductChartRows.Charts,
        CsvPath = ChartEndpoints.ProductPath(v.Node.Code),
        Query = new FigureFilter { Exporter = v.Flow?.Exporter, Importer = v.Flow?.Importer }.ToQueryString(),
    };

    /// <summary>A product page's market panels: China's suppliers and prices of the code, whatever flow the page shows.</summary>
    public static ChartView Market(MarketView m) => new(ProductChartRows.Filter(m.HsCode, null), null)
    {
        Words = s_texts.Format("Market", Language.Current, ("product", Named(m.HsCode))),
        Charts = MarketChartRows.Charts,
        CsvPath = ChartEndpoints.ProductPath(m.HsCode),
        Query = "",
    };

    private static readonly Texts s_texts = new(typeof(ChartView));

    // What a downloaded picture says it shows, in the page's language (the code as it is).
    private static string Named(string code) => code == HsClassification.Total
        ? s_texts["AllGoods", Language.Current]
        : s_texts.Format("Code", Language.Current, ("code", Bidi.Ltr(code, Language.Current)));
}
