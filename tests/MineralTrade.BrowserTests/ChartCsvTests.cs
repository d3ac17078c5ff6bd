using System.Text.Json;
using CsvHelper;
using Microsoft.Playwright;
using MineralTrade.Web.Components.Charts;
using MineralTrade.Web.Features.Dashboard;
using MineralTrade.Web.Features.Figures;

namespace MineralTrade.BrowserTests;

/// <summary>
/// Each chart's CSV link gives the numbers that chart draws (issue 18, point 10): for every overview chart, every
/// point or bar of its options is a line of the file its link downloads, in the same series, with the same value and
/// the qualifier its look says (hatched, dotted, hollow); nothing more, but the share the Value added bars are labelled
/// with. On main before this, every chart's link was the view's figures (/api/figures.csv).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ChartCsvTests(DashboardServer server)
{
    private const string DrawnCharts =
        """
        () => [...document.querySelectorAll('.apex-chart')].map(el => {
            let n = el.nextElementSibling;
            while (n && !n.matches('.chart-downloads')) n = n.nextElementSibling;
            return [el.id, el.dataset.options, n?.querySelector('a[data-testid=chart-csv]')?.getAttribute('href') ?? ''];
        })
        """;

    [Theory]
    [InlineData("/")]
    [InlineData("/?category=copper&category=aluminium")]
    [InlineData("/?reporter=PK-SBP&period=fiscal-year")]
    public async Task EachChartsCsv_HoldsWhatItDraws_AsDrawn(string path)
    {
        var (page, errors) = await server.NewPageAsync();
        await page.GotoAsync(path);

        var query = path.Contains('?', StringComparison.Ordinal) ? path[path.IndexOf('?', StringComparison.Ordinal)..] : "";
        await AssertEachChartsCsvHoldsWhatItDrawsAsync(page, name => $"/api/charts/{name}.csv{query}");
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }

    /// <summary>
    /// For every chart of the page: its CSV link is <paramref name="href"/> of its name (its id without <c>chart-</c>),
    /// and each point or bar drawn is a line of the file, in the same series, with the same value and the qualifier
    /// its look says; nothing more, but the share the Value added bars are labelled with; a source on every line.
    /// </summary>
    internal static async Task AssertEachChartsCsvHoldsWhatItDrawsAsync(IPage page, Func<string, string> href)
    {
        var charts = await page.EvaluateAsync<string[][]>(DrawnCharts);
        Assert.NotEmpty(charts);
        foreach (var (id, options, link) in charts.Select(c => (c[0], c[1], c[2])))
        {
            var name = id.Replace("chart-", "", StringComparison.Ordinal);
            Assert.Equal(href(name), link);
            var response = await page.APIRequest.GetAsync(link);
            Assert.Equal(200, response.Status);
            var body = await response.BodyAsync();
            Assert.Equal([0xEF, 0xBB, 0xBF], body[..3]);
            var rows = CsvReader.Create(new MemoryStream(body), SiteCsv<ChartRow>.ReaderOptions).GetRecords<ChartRow>().ToList();

            using var json = JsonDocument.Parse(ChartJson.Json(options));
            var drawn = json.RootElement.GetProperty("series").EnumerateArray()
                .SelectMany(s => s.GetProperty("data").EnumerateArray()
                    .Where(p => p.ValueKind == JsonValueKind.Object && p.TryGetProperty("y", out var y) && y.ValueKind == JsonValueKind.Number)
                    .Select(p => (Series: s.GetProperty("name").GetString()!, Y: p.GetProperty("y").GetDecimal(),
                        Mark: p.TryGetProperty("mark", out var m) ? m.GetString() : null)))
                .ToList();
            var ofSeries = rows.Where(r => r.Series != ChartRows.ShareSeries).ToList();
            Assert.True(drawn.Count == ofSeries.Count, $"{page.Url} {name}: {drawn.Count} points drawn, {ofSeries.Count} lines in its CSV");
            // The growth bars are drawn on a symmetric log axis (decision 0101): their y is not the rate.
            if (name != ChartRows.Growth)
            {
                Assert.Equal(drawn.Select(d => (d.Series, d.Y)).Order(), ofSeries.Select(r => (r.Series, r.Value)).Order());
            }
            foreach (var (series, y, mark) in drawn.Where(d => d.Mark is not null))
            {
                Assert.Contains(ofSeries, r => r.Series == series && (name == ChartRows.Growth || r.Value == y) && r.Qualifier == mark);
            }
            Assert.Equal(name.StartsWith(ChartRows.ValueAdded, StringComparison.Ordinal) ? ofSeries.Count / 2 : 0, rows.Count - ofSeries.Count);
            Assert.All(rows, r => Assert.False(string.IsNullOrEmpty(r.Source), $"{name}: {r.Series} {r.Period} has no source"));
        }
    }

    [Fact]
    public async Task ValueAdded_AllProductsKnown_ItsLinkFollowsTheToggle_AndDownloadsUnderTheChartsName()
    {
        var (page, errors) = await server.NewPageAsync();
        await page.GotoAsync("/");
        var link = page.Locator("[data-chart='value-added'] a[data-testid='chart-csv']");
        await Assertions.Expect(link).ToHaveAttributeAsync("href", "/api/charts/value-added.csv");

        await page.Locator("[data-testid='all-products'][data-interactive='yes']").CheckAsync();
        await Assertions.Expect(link).ToHaveAttributeAsync("href", "/api/charts/value-added-all-known.csv");

        var download = await page.RunAndWaitForDownloadAsync(() => link.ClickAsync());
        Assert.Equal("mineraltrade-value-added-all-known_all.csv", download.SuggestedFilename);
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }
}
