using System.Net;
using System.Text;
using CsvHelper;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using MineralTrade.Web.Features.Dashboard;
using MineralTrade.Web.Features.Figures;

namespace MineralTrade.IntegrationTests;

/// <summary>
/// Each overview chart's CSV is the numbers that chart draws (issue 18, point 10): its bars and points (sums, growth
/// rates, shares, the goal's paths) with series, period, qualifier, reporter and source, not the view's figures; the
/// address alone reproduces it; its cells are safe in a spreadsheet. On main before this the link gave /api/figures.csv.
/// </summary>
public class ChartCsvTests(ChartCsvTests.HostileStore store) : IClassFixture<ChartCsvTests.HostileStore>
{
    private const string Header = "chart,series,label,period,value,unit,qualifier,reporter,source,note";

    private static readonly string[] s_qualifiers = ["exact", "at_least", "at_most", "approximate"];

    private static string Line(ChartRow r) =>
        string.Join("|", r.Chart, r.Series, r.Label, r.Period, r.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), r.Unit, r.Qualifier, r.Reporter, r.Source, r.Note);

    private async Task<List<ChartRow>> GetAsync(string chart, string query = "")
    {
        var response = await store.App.CreateClient().GetAsync($"/api/charts/{chart}.csv{query}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        Assert.StartsWith(Header + "\r\n", Encoding.UTF8.GetString(bytes[3..]), StringComparison.Ordinal);
        return [.. CsvReader.Create(new MemoryStream(bytes), SiteCsv<ChartRow>.ReaderOptions).GetRecords<ChartRow>()];
    }

    public static TheoryData<string, string> ChartsAndViews()
    {
        var data = new TheoryData<string, string>();
        foreach (var chart in ChartRows.Charts)
        {
            foreach (var query in new[] { "", "?category=copper&category=aluminium", "?reporter=PK-SBP&period=fiscal-year" })
            {
                data.Add(chart, query);
            }
        }
        return data;
    }

    /// <summary>Every chart, in three views: as many lines as it draws bars or points (a share too), each as drawn.</summary>
    [Theory]
    [MemberData(nameof(ChartsAndViews))]
    public async Task EachChart_GivesWhatItDraws_ForTheViewOfItsAddress(string chart, string query)
    {
        var rows = await GetAsync(chart, query);

        Assert.True(FigureFilter.TryParse(QueryHelpers.ParseQuery(query), out var filter, out _));
        var model = await store.App.Services.GetRequiredService<DashboardService>().GetOverviewAsync(filter);
        // Written as the endpoint writes them (the apostrophe before a formula-like cell included), then read back.
        using var written = new MemoryStream();
        await SiteCsv<ChartRow>.WriteAsync(written, ChartRows.Of(model, chart));
        written.Position = 0;
        Assert.Equal(CsvReader.Create(written, SiteCsv<ChartRow>.ReaderOptions).GetRecords<ChartRow>().Select(Line), rows.Select(Line));
        var expected = chart switch
        {
            ChartRows.ByCategory => model.ByCategory.Count,
            ChartRows.Growth => model.Growth.Count,
            ChartRows.ValueAdded => 3 * model.ValueAdded.SameProducts.Count,
            ChartRows.ValueAddedAllKnown => 3 * model.ValueAdded.AllKnown.Count,
            ChartRows.Target => (model.Target?.Known.Count ?? 0) + (model.Target?.Paths.Sum(p => p.Points.Count) ?? 0),
            _ => model.ByYear.Where(s => ChartRows.Time(s.Kind) == chart).Sum(s => s.Points.Count),
        };
        Assert.Equal(expected, rows.Count);
        Assert.All(rows, r => Assert.Contains(r.Qualifier, s_qualifiers));
    }

    [Fact]
    public async Task ByCategory_OnTheSeed_IsOneSumABar_WithItsQualifierAndSources_NotTheFigures()
    {
        var rows = await GetAsync(ChartRows.ByCategory);

        var copper = Assert.Single(rows, r => r.Label == "Copper");
        Assert.Equal(("Value, US$", "2025", "usd", "CN-GACC"), (copper.Series, copper.Period, copper.Unit, copper.Reporter));
        // $1.14 bn of copper and articles and more than $11 M of ores: a lower bound, as its bar is hatched.
        Assert.Equal((1_151_000_000m, "at_least"), (copper.Value, copper.Qualifier));
        Assert.Contains("China Economic Net", copper.Source, StringComparison.Ordinal);
        Assert.All(rows, r => Assert.Equal("2025", r.Period));
    }

    /// <summary>
    /// Issue 18's walk-through: By year's legend and its CSV said "Chromium ore: 2610, unstated (Profit (Pakistan
    /// Today)), full years". The series says it in words, as the tooltip does; the reporter column keeps the code, the
    /// filter's value, as every other CSV; the source column says whose figures.
    /// </summary>
    [Fact]
    public async Task ByYear_OfTheUnstatedReporter_NamesItInWords_AndTheReporterColumnKeepsTheCode()
    {
        var rows = await GetAsync(ChartRows.Time(PeriodKind.Annual), "?reporter=unstated");

        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.DoesNotContain("unstated", r.Series, StringComparison.OrdinalIgnoreCase));
        Assert.All(rows, r => Assert.Equal("unstated", r.Reporter));
        var chromium = rows.Where(r => r.Series.StartsWith("Chromium ore: 2610, Reporter not stated (Profit", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(chromium);
        Assert.All(chromium, r => Assert.StartsWith("Profit", r.Source, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Growth_IsTheRatesDrawn_InPercent_WithWhatEachIsAgainst()
    {
        var rows = await GetAsync(ChartRows.Growth);

        var aluminium = Assert.Single(rows, r => r.Label!.EndsWith("(2606)", StringComparison.Ordinal));
        Assert.Equal((4782.8m, "percent", "exact", "CN-GACC", "2025"), (aluminium.Value, aluminium.Unit, aluminium.Qualifier, aluminium.Reporter, aluminium.Period));
        Assert.StartsWith("against 2024: ", aluminium.Note, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Target_IsBothPathsFromTheStatedBaseline_AndTheKnownSums()
    {
        var rows = await GetAsync(ChartRows.Target);

        var paths = rows.Where(r => r.Series.StartsWith("Path to ", StringComparison.Ordinal)).GroupBy(r => r.Series).ToList();
        Assert.Equal(2, paths.Count);
        Assert.All(paths, p =>
        {
            Assert.Equal(2_000_000_000m, p.First().Value);
            Assert.Equal("2030", p.Last().Period);
            Assert.All(p, r => Assert.Equal("approximate", r.Qualifier));
        });
        Assert.Contains(rows, r => r.Series.StartsWith("Known: ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheAddress_ReproducesTheFile_NamedForTheChartAndTheView()
    {
        var client = store.App.CreateClient();
        var first = await client.GetAsync("/api/charts/growth.csv?category=copper");
        var again = await client.GetAsync("/api/charts/growth.csv?category=copper");

        Assert.Equal(await first.Content.ReadAsByteArrayAsync(), await again.Content.ReadAsByteArrayAsync());
        Assert.Equal("mineraltrade-growth_copper.csv", first.Content.Headers.ContentDisposition?.FileNameStar ?? first.Content.Headers.ContentDisposition?.FileName);
    }

    [Theory]
    [InlineData("by-year")]
    [InlineData("figures")]
    [InlineData("%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E")]
    public async Task AChartWithoutACsv_IsAProblemNamingChart(string chart)
    {
        var response = await store.App.CreateClient().GetAsync($"/api/charts/{chart}.csv");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("\"chart\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportedText_IsSafeInASpreadsheet()
    {
        var rows = await GetAsync(ChartRows.Growth, "?hs=2530");

        var rate = Assert.Single(rows);
        Assert.Equal("'=HYPERLINK(\"http://x\") (2530)", rate.Label);
        Assert.Equal("'@SUM(A1)", rate.Source);
        Assert.Equal(100m, rate.Value);
    }

    /// <summary>The seed and two years of HS 2530 whose product and publisher a spreadsheet would run as formulas.</summary>
    public sealed class HostileStore : IAsyncLifetime
    {
        public ImportApp App { get; } = new();

        public async Task InitializeAsync()
        {
            const string File =
                "reporter,exporter,importer,period_start,period_end,hs_code,product,value_usd,qualifier,source_publisher,source_date,source_url,note,quantity,quantity_unit,coverage\n"
                + "CN-GACC,PK,CN,2016-01,2016-12,2530,\"=HYPERLINK(\"\"http://x\"\")\",1000000,exact,@SUM(A1),,,<img src=x onerror=alert(1)>,,,goods\n"
                + "CN-GACC,PK,CN,2017-01,2017-12,2530,\"=HYPERLINK(\"\"http://x\"\")\",2000000,exact,@SUM(A1),,,<img src=x onerror=alert(1)>,,,goods\n";
            var response = await App.PostAsync(Encoding.UTF8.GetBytes(File), "?fileName=hostile.csv");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        public async Task DisposeAsync() => await App.DisposeAsync();
    }
}
