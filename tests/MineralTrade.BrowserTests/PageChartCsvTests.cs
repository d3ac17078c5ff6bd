using MineralTrade.Web.Features.Market;

namespace MineralTrade.BrowserTests;

/// <summary>
/// The product page's, /compare's and the market panels' charts each link the CSV of what they draw (issue 18, point
/// 10): every point or bar of a chart's options is a line of the file its link downloads, same series, value and
/// qualifier (<see cref="ChartCsvTests.AssertEachChartsCsvHoldsWhatItDrawsAsync"/>), and the file is named for the chart
/// and its view. On main before this these charts had no CSV link.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PageChartCsvTests(DashboardServer server, BothSidesTests.BothSidesStore pairs, MarketPanelTests.MarketStore market)
    : IClassFixture<BothSidesTests.BothSidesStore>, IClassFixture<MarketPanelTests.MarketStore>
{
    /// <summary>A product page's charts: its series and comparisons for the flow shown; the market panels' for the code alone.</summary>
    private static string ProductCsv(string code, string name) =>
        $"/api/products/{code}/charts/{name}.csv" + (MarketChartRows.Charts.Contains(name) ? "" : "?exporter=PK&importer=CN");

    [Theory]
    [InlineData("pairs", "/products/2603")]
    [InlineData("market", "/products/2603?exporter=PK&importer=CN")]
    [InlineData("seed", "/products/TOTAL")]
    [InlineData("seed", "/products/74")]
    public async Task ProductCharts_EachCsvHoldsWhatItDraws(string store, string path)
    {
        var (page, errors) = await server.NewPageAsync(baseAddress: store switch { "pairs" => pairs.BaseAddress, "market" => market.BaseAddress, _ => null });
        await page.GotoAsync(path);

        await ChartCsvTests.AssertEachChartsCsvHoldsWhatItDrawsAsync(page, name => ProductCsv(path.Split('/')[^1].Split('?')[0], name));
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }

    [Theory]
    [InlineData("/compare", "/api/charts/pairs.csv")]
    [InlineData("/compare?hs=2603&hs=2608", "/api/charts/pairs.csv?hs=2603&hs=2608")]
    public async Task ComparePairs_CsvHoldsWhatItDraws(string path, string csv)
    {
        var (page, errors) = await server.NewPageAsync(baseAddress: pairs.BaseAddress);
        await page.GotoAsync(path);

        await ChartCsvTests.AssertEachChartsCsvHoldsWhatItDrawsAsync(page, name => name == "pairs" ? csv : $"no CSV link expected for {name}");
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }

    [Theory]
    [InlineData("pairs", "/products/2603", "series-annual", "mineraltrade-series-annual_hs2603_pk-to-cn.csv")]
    [InlineData("pairs", "/products/2603", "mirror", "mineraltrade-mirror_hs2603_pk-to-cn.csv")]
    [InlineData("pairs", "/compare?hs=2603", "pairs", "mineraltrade-pairs_hs2603.csv")]
    [InlineData("market", "/products/2603", "suppliers", "mineraltrade-suppliers_hs2603.csv")]
    [InlineData("market", "/products/2603", "price", "mineraltrade-price_hs2603.csv")]
    public async Task ACharts_Csv_DownloadsUnderTheChartsName(string store, string path, string chart, string file)
    {
        var (page, errors) = await server.NewPageAsync(baseAddress: store == "pairs" ? pairs.BaseAddress : market.BaseAddress);
        await page.GotoAsync(path);

        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator($"[data-chart='{chart}'] a[data-testid='chart-csv']").ClickAsync());
        Assert.Equal(file, download.SuggestedFilename);
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }
}
