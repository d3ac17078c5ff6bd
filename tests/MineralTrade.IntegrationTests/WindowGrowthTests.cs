using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using MineralTrade.Web.Features.Figures;
using MineralTrade.Web.Features.Market;

namespace MineralTrade.IntegrationTests;

/// <summary>
/// Year to date and 12 months (docs/decisions/0066) on the store of <c>tests/data/comtrade-china-market.csv</c> (made-up
/// values, hand-checked): China's monthly imports of copper ores from the world, Chile and Pakistan (no March 2025).
/// </summary>
public class WindowGrowthTests(MarketStore store) : IClassFixture<MarketStore>
{
    private static async Task<List<WindowGrowthRow>> RowsAsync(HttpClient client, string query)
    {
        var response = await client.GetAsync("/api/growth" + query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<List<WindowGrowthRow>>(MarketStore.Json))!;
    }

    [Fact]
    public async Task YearToDate_January_October2026_AgainstTheSameMonthsOf2025_LikeForLike()
    {
        var rows = await RowsAsync(store.App.CreateClient(), "?window=ytd&hs=2603");

        // One row a series (China's customs, one partner each), latest month first.
        Assert.Equal(["WORLD", "CL", "PK"], rows.Select(r => r.Exporter).Order(Comparer<string>.Create((a, b) => Rank(a) - Rank(b))));
        Assert.All(rows, r => Assert.Equal(("CN-GACC", "CN", "ytd", "2026-01", "2026-10", 10, "Jan–Oct 2026", "Jan–Oct 2025"),
            (r.Reporter, r.Importer, r.Window, r.PeriodStart, r.PeriodEnd, r.Months, r.PeriodLabel, r.PreviousPeriodLabel)));
        // The world: 10 × $110 M against 10 × $100 M; exact to the dollar, so the range is the rate's own rounding.
        var world = rows.Single(r => r.Exporter == "WORLD");
        Assert.Equal((1_100_000_000m, 1_000_000_000m, 10.0m, DerivedQualifier.Exact), (world.ValueUsd, world.PreviousValueUsd, world.GrowthPercent, world.Qualifier));
        Assert.Equal((9.9m, 10.1m), (world.LowPercent, world.HighPercent));
        Assert.Equal(["UN Comtrade+"], world.Sources);
        Assert.Equal((10, 10), (world.FigureIds.Count, world.PreviousFigureIds.Count));
        // Chile: 10 × 30 against 10 × 25.
        Assert.Equal((300_000_000m, 20.0m), rows.Where(r => r.Exporter == "CL").Select(r => (r.ValueUsd, r.GrowthPercent)).Single());
        // Pakistan: no March 2025, so no rate; the month is named and 2025's nine months are a lower bound.
        var pakistan = rows.Single(r => r.Exporter == "PK");
        Assert.Equal((15_000_000m, DerivedQualifier.Exact, 9_000_000m, DerivedQualifier.AtLeast, (decimal?)null),
            (pakistan.ValueUsd, pakistan.ValueQualifier, pakistan.PreviousValueUsd, pakistan.PreviousValueQualifier, pakistan.GrowthPercent));
        Assert.Equal(["2025-03"], pakistan.MissingMonths);
        Assert.Equal("Year to date, Jan–Oct 2026: $15 M; no rate: no figure for Mar 2025.", pakistan.Text);
    }

    private static int Rank(string exporter) => exporter switch { "WORLD" => 0, "CL" => 1, _ => 2 };

    [Fact]
    public async Task TwelveMonths_NovemberToOctober_AcrossTheNewYear()
    {
        var rows = await RowsAsync(store.App.CreateClient(), "?window=12m&hs=2603&exporter=CL");

        // 2 × 25 + 10 × 30 = 350 against 2 × 20 + 10 × 25 = 290: +20.69%.
        var chile = Assert.Single(rows);
        Assert.Equal(("12m", "2025-11", "2026-10", 350_000_000m, 290_000_000m, 20.7m), (chile.Window, chile.PeriodStart, chile.PeriodEnd, chile.ValueUsd, chile.PreviousValueUsd, chile.GrowthPercent));
        // Pakistan has no figure for November and December 2024, nor March 2025.
        var pakistan = Assert.Single(await RowsAsync(store.App.CreateClient(), "?window=12m&hs=2603&exporter=PK"));
        Assert.Equal(["2024-11", "2024-12", "2025-03"], pakistan.MissingMonths);
        Assert.Null(pakistan.GrowthPercent);
    }

    [Fact]
    public async Task Pages_FollowTheLinkHeader_EveryRowOnce()
    {
        var client = store.App.CreateClient();
        var all = await RowsAsync(client, "?window=ytd");
        var paged = new List<WindowGrowthRow>();
        for (var next = "/api/growth?window=ytd&limit=1"; next is not null;)
        {
            var response = await client.GetAsync(next);
            paged.AddRange((await response.Content.ReadFromJsonAsync<List<WindowGrowthRow>>(MarketStore.Json))!);
            next = response.Headers.TryGetValues("Link", out var link) ? link.Single()[1..link.Single().IndexOf('>', StringComparison.Ordinal)] : null;
            Assert.True(paged.Count <= all.Count);
        }
        Assert.Equal(all.Select(r => (r.Reporter, r.Exporter, r.HsCode)), paged.Select(r => (r.Reporter, r.Exporter, r.HsCode)));
        Assert.True(all.Count >= 3);
    }

    [Theory]
    [InlineData("?window=year")]
    [InlineData("?window=month")]
    [InlineData("?window=ytd&window=12m")]
    [InlineData("?window=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E")]
    [InlineData("?window=ytd&cursor=not-a-cursor")]
    public async Task AnythingButYtdOr12m_IsAProblemNamingWindow(string query)
    {
        var response = await store.App.CreateClient().GetAsync("/api/growth" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var named = problem.RootElement.GetProperty("errors").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains(query.Contains("cursor", StringComparison.Ordinal) ? "cursor" : "window", named);
    }

    [Fact]
    public async Task WithoutAWindow_TheGrowthOfPublishedPeriods_AsBefore()
    {
        var response = await store.App.CreateClient().GetAsync("/api/growth?hs=2603&exporter=CL&period=annual");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rows = (await response.Content.ReadFromJsonAsync<List<GrowthRateRow>>(MarketStore.Json))!;
        Assert.Equal([("2025", "2024", 25.0m)], rows.Select(r => (r.PeriodLabel, r.PreviousPeriodLabel, r.GrowthPercent)));
    }

    [Fact]
    public async Task ProductPage_SaysWhichMonthIsMissing_InsteadOfARate()
    {
        var response = await store.App.CreateClient().GetAsync("/products/2603");
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Contains("data-testid=\"windows-panel\"", html);
        Assert.Contains("CN-GACC, PK → CN: Year to date, Jan–Oct 2026: $15 M; no rate: no figure for Mar 2025.", html);
        Assert.Matches("data-window=\"ytd\">\\s*<th scope=\"row\">CN-GACC: PK → CN</th>\\s*<td>year to date, Jan–Oct 2026</td>\\s*<td class=\"num\">\\$15 M</td>\\s*<td class=\"num\">Jan–Oct 2025: ≥ \\$9 M</td>", html);
        Assert.Contains("no rate: no figure for Nov 2024, Dec 2024, Mar 2025", html);
        Assert.Contains("href=\"/api/growth?window=12m&hs=2603&exporter=PK\"", html);
    }

    [Fact]
    public async Task OverviewCards_CarryTheirSeriesYearToDateAnd12Months()
    {
        var response = await store.App.CreateClient().GetAsync("/");
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        // The card of China's imports of copper ores from Pakistan in 2025 (its own annual figure), and its months.
        Assert.Matches("(?s)href=\"/products/2603[^\"]*\".*?data-testid=\"card-window\" data-window=\"ytd\">Year to date, Jan–Oct 2026: \\$15 M; no rate: no figure for Mar 2025.</span>", html);
        Assert.Contains("data-window=\"12m\">12 months to Oct 2026 (Nov 2025–Oct 2026): $17 M; no rate: no figure for Nov 2024, Dec 2024, Mar 2025.</span>", html);
    }

    [Fact]
    public async Task AnImportThatAddsTheMissingMonth_GivesTheRate_FromTheTouchedSummaries()
    {
        await using var app = new ImportApp();
        var file = await File.ReadAllLinesAsync(MirrorStore.PathOf(MarketStore.File));
        Assert.Equal(HttpStatusCode.OK, (await app.PostAsync(Encoding.UTF8.GetBytes(string.Join('\n', file) + "\n"), $"?fileName={MarketStore.File}")).StatusCode);
        // Pakistan's February 2025 line, as March: the month the file lacked.
        var february = file.Single(l => l.Contains(",202502,", StringComparison.Ordinal) && l.Contains(",PAK,Pakistan,", StringComparison.Ordinal) && l.StartsWith("C,M,", StringComparison.Ordinal));
        var march = february.Replace("20250201", "20250301", StringComparison.Ordinal).Replace(",2025,2,202502,", ",2025,3,202503,", StringComparison.Ordinal);
        Assert.NotEqual(february, march);
        Assert.Equal(HttpStatusCode.OK, (await app.PostAsync(Encoding.UTF8.GetBytes($"{file[0]}\n{march}\n"), "?fileName=march-2025.csv")).StatusCode);

        var pakistan = Assert.Single(await RowsAsync(app.CreateClient(), "?window=ytd&hs=2603&exporter=PK"));

        // 10 × $1.5 M against 10 × $1 M.
        Assert.Equal((15_000_000m, 10_000_000m, 50.0m), (pakistan.ValueUsd, pakistan.PreviousValueUsd, pakistan.GrowthPercent));
        Assert.Empty(pakistan.MissingMonths);
    }
}
