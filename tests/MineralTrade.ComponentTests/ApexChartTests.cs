using System.Text.Json;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MineralTrade.Web.Components.Charts;
using MineralTrade.Web.Features.Dashboard;
using MineralTrade.Web.Features.Figures;
using MineralTrade.Web.Features.Market;

namespace MineralTrade.ComponentTests;

/// <summary>
/// The chart component only renders its element (decision 0103): options as JSON in data-options, what a download
/// says about itself in data-export-*, and the buttons. bUnit's strict JS interop fails any call to JavaScript.
/// </summary>
public sealed class ApexChartTests : BunitContext
{
    private static readonly int[] s_points = [1, 2];

    public ApexChartTests() => Services.AddLocalization(o => o.ResourcesPath = "Resources");

    private IRenderedComponent<ApexChart> RenderChart(object options, ChartView? view = null, string id = "chart-test") =>
        Render<ApexChart>(p =>
        {
            p.Add(c => c.Id, id).Add(c => c.Options, ChartJson.Serialize(options)).Add(c => c.Label, "A chart of test values")
                .Add(c => c.Title, "By category, 2025").Add(c => c.Sources, ["China Economic Net; Dawn", "Dawn"]);
            if (view is not null)
            {
                p.AddCascadingValue(view);
            }
        });

    [Fact]
    public void Options_AreInThePage_CamelCaseWithoutNulls_AndNoJavaScriptIsCalled()
    {
        var chart = RenderChart(new { Chart = new { Type = "bar", Stacked = (bool?)null }, Series = new[] { new { Name = "s", Data = s_points } } });

        var element = chart.Find("#chart-test.apex-chart");
        using var options = JsonDocument.Parse(ChartJson.Json(element.GetAttribute("data-options")!));
        Assert.Equal("bar", options.RootElement.GetProperty("chart").GetProperty("type").GetString());
        Assert.False(options.RootElement.GetProperty("chart").TryGetProperty("stacked", out _));
        Assert.Equal("s", options.RootElement.GetProperty("series")[0].GetProperty("name").GetString());
        Assert.Equal("A chart of test values", element.GetAttribute("aria-label"));
        Assert.Empty(JSInterop.Invocations);
        // Sent with backticks for quotes (decision 0126): not one quote to escape as `&quot;` in the page.
        Assert.DoesNotContain('"', element.GetAttribute("data-options")!);
    }

    [Fact]
    public void ChangedOptions_ChangeTheAttribute_TheModuleRedrawsFromIt()
    {
        var chart = RenderChart(new { yaxis = new { logarithmic = false } });

        chart.Render(p => p.Add(c => c.Options, ChartJson.Serialize(new { yaxis = new { logarithmic = true } })));

        Assert.Contains("`logarithmic`:true", chart.Find("#chart-test").GetAttribute("data-options"), StringComparison.Ordinal);
        Assert.Empty(JSInterop.Invocations);
    }

    [Fact]
    public void Downloads_CarryTheTitleTheViewInWordsTheSourcesAndTheChartsOwnCsv()
    {
        var view = new ChartView(new FigureFilter { Categories = ["copper", "zinc"], From = 2022 }, new Flow("PK", "CN"));
        var chart = RenderChart(new { chart = new { type = "bar" } }, view, "chart-by-category");

        var element = chart.Find("#chart-by-category");
        Assert.Equal("By category, 2025", element.GetAttribute("data-export-title"));
        Assert.Equal("Copper and Zinc; every reporter; 2022 onwards; PK → CN", element.GetAttribute("data-export-view"));
        Assert.Equal("Sources: China Economic Net; Dawn", element.GetAttribute("data-export-source"));
        Assert.Equal("mineraltrade-by-category_copper_zinc_2022-latest", element.GetAttribute("data-export-file"));
        Assert.Equal(["png", "svg"], chart.FindAll("button[data-export]").Select(b => b.GetAttribute("data-export")!));
        Assert.All(chart.FindAll("button[data-export]"), b => Assert.Equal("chart-by-category", b.GetAttribute("data-chart")));
        // The numbers this chart draws (issue 18, point 10), not the view's figures.
        Assert.Equal("/api/charts/by-category.csv?category=copper&category=zinc&from=2022", chart.Find(".chart-downloads a[download]").GetAttribute("href"));
    }

    [Fact]
    public void AChartWithoutACsvOfItsOwn_OffersNone()
    {
        var chart = RenderChart(new { chart = new { type = "bar" } }, new ChartView(new FigureFilter(), null));

        Assert.Empty(chart.FindAll(".chart-downloads a[download]"));
        Assert.Equal(2, chart.FindAll("button[data-export]").Count);
    }

    [Fact]
    public void ComparesAndMarketCharts_LinkTheirOwnCsv_ForTheirView_AndAnOverviewChartNameIsNotTheirs()
    {
        var pairs = RenderChart(new { chart = new { type = "bar" } }, ChartView.Compare(new FigureFilter { HsCodes = ["2603"] }, 2), "chart-pairs");
        var price = RenderChart(new { chart = new { type = "line" } }, ChartView.Market(new MarketView("2603", "Copper ores", null, [], [], [])), "chart-price");
        var elsewhere = RenderChart(new { chart = new { type = "bar" } }, ChartView.Market(new MarketView("2603", "Copper ores", null, [], [], [])), "chart-growth");

        Assert.Equal("/api/charts/pairs.csv?hs=2603&page=2", pairs.Find(".chart-downloads a[download]").GetAttribute("href"));
        Assert.Equal("mineraltrade-pairs_hs2603_page-2", pairs.Find("#chart-pairs").GetAttribute("data-export-file"));
        Assert.Equal("/api/products/2603/charts/price.csv", price.Find(".chart-downloads a[download]").GetAttribute("href"));
        Assert.Equal("HS 2603, China's imports from every supplier", price.Find("#chart-price").GetAttribute("data-export-view"));
        Assert.Empty(elsewhere.FindAll(".chart-downloads a[download]"));
    }

    [Fact]
    public void ALegendOfManySeries_StartsFolded()
    {
        var items = Enumerable.Range(0, 9).Select(i => new LegendItem($"Series {i}", "#000000", 0, "circle")).ToList();
        var chart = Render<ApexChart>(p => p.Add(c => c.Id, "chart-test").Add(c => c.Options, "{}").Add(c => c.Label, "x").Add(c => c.Title, "t").Add(c => c.Legend, items));

        var legend = chart.Find("details.chart-legend");
        Assert.False(legend.HasAttribute("open"));
        Assert.Equal(9, chart.FindAll(".chart-legend li").Count);
        Assert.Contains("9 series", legend.QuerySelector("summary")!.TextContent, StringComparison.Ordinal);
    }

    /// <summary>
    /// The chart components' own words in each language (issue 20): the download line and its labels, the key to the
    /// marks, the picture's source line, the legend's count, the data table's disclosure and its region, a product
    /// picture's view; codes and publishers as they are.
    /// </summary>
    [Theory]
    [InlineData("en", "Download:", "By category, 2025: download as PNG, with the view and sources", "a lower bound (≥)", "Sources: China Economic Net; Dawn", "Legend: 1 series", "Data table: By category, 2025", "Data table: By category, 2025, scrollable", "HS 2603, China's imports from every supplier")]
    [InlineData("zh-Hans", "下载：", "By category, 2025：下载PNG图片，含视图和来源", "下限（至少）", "来源：China Economic Net；Dawn", "图例：1个系列", "数据表：By category, 2025", "数据表：By category, 2025（可滚动）", "HS 2603，中国自所有供应国的进口")]
    [InlineData("ur", "ڈاؤن لوڈ:", "By category, 2025: PNG تصویر ڈاؤن لوڈ کریں، منظر اور ماخذ کے ساتھ", "کم از کم حد (کم از کم)", "ماخذ: \u2068China Economic Net\u2069؛ \u2068Dawn\u2069", "لیجنڈ: 1 سیریز", "ڈیٹا ٹیبل: By category, 2025", "ڈیٹا ٹیبل: By category, 2025، اسکرول کے قابل", "ایچ ایس \u20662603\u2069، تمام سپلائرز سے چین کی درآمدات")]
    public void TheChartsOwnWords_AreTheLanguages(string code, string download, string png, string bound, string source, string legend, string table, string region, string market)
    {
        using var _ = new PageCulture(code);
        var marked = ChartJson.Serialize(new { series = new[] { new { data = new[] { new { y = 1, mark = "at_least" } } } } });
        var chart = Render<ApexChart>(p => p.Add(c => c.Id, "chart-price").Add(c => c.Options, marked).Add(c => c.Label, "x").Add(c => c.Title, "By category, 2025")
            .Add(c => c.Sources, ["China Economic Net; Dawn", "Dawn"]).Add(c => c.Legend, [new LegendItem("s", "#000000", 0, "circle")])
            .AddCascadingValue(ChartView.Market(new MarketView("2603", "Copper ores", null, [], [], []))));
        var panel = Render<ChartPanel>(p => p.Add(c => c.Id, "t").Add(c => c.Title, "By category, 2025").Add(c => c.Summary, "s")
            .Add(c => c.Table, (RenderFragment)(b => b.AddMarkupContent(0, "<table></table>"))));

        Assert.Equal(download, chart.Find(".chart-downloads .muted").TextContent);
        Assert.Equal(png, chart.Find("button[data-export='png']").GetAttribute("aria-label"));
        Assert.Contains(bound, chart.Find("[data-testid='bounds-key']").TextContent, StringComparison.Ordinal);
        Assert.Equal(source, chart.Find("#chart-price").GetAttribute("data-export-source"));
        Assert.Equal(market, chart.Find("#chart-price").GetAttribute("data-export-view"));
        Assert.Equal(legend, chart.Find(".chart-legend summary").TextContent.Trim());
        Assert.Equal(table, panel.Find(".data-table summary").TextContent);
        Assert.Equal(region, panel.Find(".table-scroll").GetAttribute("aria-label"));
    }
}
