using System.Text.Json;
using Microsoft.AspNetCore.Components;
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
}
