using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using CsvHelper;
using Microsoft.Extensions.DependencyInjection;
using MineralTrade.Web.Features.Dashboard;
using MineralTrade.Web.Features.Figures;
using MineralTrade.Web.Features.Languages;
using MineralTrade.Web.Features.Market;
using MineralTrade.Web.Features.Mirror;
using MineralTrade.Web.Features.Products;

namespace MineralTrade.IntegrationTests;

/// <summary>
/// The product page's, /compare's and the market panels' charts each have the CSV of what they draw (issue 18, point
/// 10): a line per point or bar, the same numbers as the chart's data table, from the model the page draws; the address
/// reproduces it; imported text is safe in a spreadsheet; a bad code, chart or page is a problem naming it. On main
/// before this these charts had no CSV of their own (/api/charts/ knew only the overview's charts).
/// </summary>
public partial class PageChartCsvTests(PageChartCsvTests.PairsStore pairs, MarketStore market) : IClassFixture<PageChartCsvTests.PairsStore>, IClassFixture<MarketStore>
{
    private const string Header = "chart,series,label,period,value,unit,qualifier,reporter,source,note";

    private static string Line(ChartRow r) =>
        string.Join("|", r.Chart, r.Series, r.Label, r.Period, r.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), r.Unit, r.Qualifier, r.Reporter, r.Source, r.Note);

    private static async Task<List<ChartRow>> GetAsync(ImportApp app, string address)
    {
        var response = await app.CreateClient().GetAsync(address);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        Assert.StartsWith(Header + "\r\n", Encoding.UTF8.GetString(bytes[3..]), StringComparison.Ordinal);
        return Read(bytes);
    }

    private static List<ChartRow> Read(byte[] bytes) => [.. CsvReader.Create(new MemoryStream(bytes), SiteCsv<ChartRow>.ReaderOptions).GetRecords<ChartRow>()];

    /// <summary>Rows as the endpoint writes them (formula-like cells escaped), read back.</summary>
    private static async Task<List<string>> WrittenAsync(IEnumerable<ChartRow> rows)
    {
        using var written = new MemoryStream();
        await SiteCsv<ChartRow>.WriteAsync(written, rows);
        return [.. Read(written.ToArray()).Select(Line)];
    }

    public static TheoryData<string, string> ProductChartsAndViews()
    {
        var data = new TheoryData<string, string>();
        foreach (var chart in ProductChartRows.Charts)
        {
            foreach (var view in new[] { "2603", "2603?exporter=PK&importer=CN", "TOTAL", "740311", "2530" })
            {
                data.Add(chart, view);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(ProductChartsAndViews))]
    public async Task ProductChart_GivesWhatItDraws_FromTheProductView(string chart, string view)
    {
        var code = view.Split('?')[0];
        var flow = view.Contains("exporter", StringComparison.Ordinal) ? ("PK", "CN") : ((string?)null, (string?)null);
        var rows = await GetAsync(pairs.App, $"/api/products/{code}/charts/{chart}.csv{(view.Contains('?', StringComparison.Ordinal) ? view[view.IndexOf('?', StringComparison.Ordinal)..] : "")}");

        var model = (await pairs.App.Services.GetRequiredService<ProductService>().GetProductAsync(code, flow.Item1, flow.Item2))!;
        Assert.Equal(await WrittenAsync(ProductChartRows.Of(model, chart)), rows.Select(Line));
        var drawn = chart == ProductChartRows.Mirror
            ? 2 * Math.Min(model.Pairs.Count, ProductChartRows.MaxPairsCharted)
            : model.Charts.Where(c => ProductChartRows.Series(c.Kind) == chart).Sum(c => c.Series.Sum(s => s.Points.Count(p => p?.ValueUsd is not null)));
        Assert.Equal(drawn, rows.Count);
        Assert.All(rows, r => Assert.False(string.IsNullOrEmpty(r.Source) || string.IsNullOrEmpty(r.Reporter), $"{r.Series} {r.Period}: no source or reporter"));
    }

    [Theory]
    [InlineData("2603", "series-annual")]
    [InlineData("TOTAL", "series-month")]
    [InlineData("TOTAL", "series-fiscal-year")]
    public async Task SeriesChart_IsItsDataTable_CellForCell(string code, string chart)
    {
        var rows = await GetAsync(pairs.App, $"/api/products/{code}/charts/{chart}.csv");
        var html = await pairs.App.CreateClient().GetStringAsync($"/products/{code}");

        var panel = Regex.Match(html, $"data-chart=\"{chart}\".*?</section>", RegexOptions.Singleline).Value;
        var series = ColumnHeads().Matches(panel).Skip(1).Select(m => Text(m.Groups[1].Value)).ToList();
        var cells = TableRows().Matches(panel).SelectMany(m => Cells().Matches(m.Groups[2].Value)
                .Select((c, i) => (Period: Text(m.Groups[1].Value), Series: series[i], Value: Text(c.Groups[1].Value))))
            .Where(c => c.Value != "—")
            .Order().ToList();
        Assert.NotEmpty(cells);
        Assert.Equal(cells, rows.Select(r => (r.Period, r.Series, Money.Usd(r.Value, EnumNames<DerivedQualifier>.Parse(r.Qualifier), Language.English))).Order());
    }

    [Fact]
    public async Task ProductMirrorChart_IsThePairsTable_TwoBarsAPair_WithTheGap()
    {
        var rows = await GetAsync(pairs.App, "/api/products/2603/charts/mirror.csv");
        var html = WebUtility.HtmlDecode(await pairs.App.CreateClient().GetStringAsync("/products/2603"));

        // 2023 and 2024: China's customs' CIF against Pakistan's FOB, as the table lists them.
        Assert.Equal(
            [("2023", "CN-GACC", 12_500_000m), ("2023", "PK-PBS", 11_800_000m), ("2024", "CN-GACC", 14_000_000m), ("2024", "PK-PBS", 13_100_000m)],
            rows.Select(r => (r.Period, r.Reporter, r.Value)).Order());
        Assert.All(rows.Where(r => r.Reporter == "CN-GACC"), r => Assert.Equal(MirrorChartRows.FirstSeries, r.Series));
        Assert.All(rows, r => Assert.StartsWith("Gap: +", r.Note, StringComparison.Ordinal));
        Assert.Equal(rows.Count / 2, Regex.Count(html, "data-testid=\"mirror-pair\""));
        Assert.Contains("href=\"/api/products/2603/charts/mirror.csv?exporter=PK&importer=CN\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("?hs=2603")]
    [InlineData("?hs=2603&page=2")]
    [InlineData("?reporter=CN-GACC&reporter=PK-PBS")]
    public async Task ComparePairs_AreThePagesPairs_TwoBarsAPair(string query)
    {
        var rows = await GetAsync(pairs.App, "/api/charts/pairs.csv" + query);

        Assert.True(FigureFilter.TryParse(Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(query), out var filter, out _));
        var page = query.Contains("page=2", StringComparison.Ordinal) ? 2 : 1;
        var model = await pairs.App.Services.GetRequiredService<MirrorService>().GetPageAsync(filter, page, MirrorPage.ComparePageSize);
        Assert.Equal(await WrittenAsync(MirrorChartRows.Of(MirrorChartRows.Pairs, model.Pairs, withCode: true)), rows.Select(Line));
        Assert.Equal(2 * model.Pairs.Count, rows.Count);
        Assert.Equal(page == 1, rows.Count > 0);
        Assert.All(rows, r => Assert.StartsWith("HS ", r.Label, StringComparison.Ordinal));
    }

    [Fact]
    public async Task MarketCharts_SuppliersDrawn_AndPakistansPriceAgainstTheMarket()
    {
        var suppliers = await GetAsync(market.App, "/api/products/2603/charts/suppliers.csv");
        var price = await GetAsync(market.App, "/api/products/2603/charts/price.csv");

        // The ten largest and Pakistan, twelfth or lower: the bars drawn, as the page lists them.
        Assert.Equal(11, suppliers.Count);
        // Labelled as its bar: rank, then the partner's name and code ("1. Chile (CL)").
        var pk = Assert.Single(suppliers, r => r.Label!.EndsWith("(PK)", StringComparison.Ordinal));
        Assert.StartsWith("12 or lower. Pakistan", pk.Label, StringComparison.Ordinal);
        Assert.Equal(("2025", "CN-GACC", "usd"), (pk.Period, pk.Reporter, pk.Unit));
        Assert.Contains("0.92%", pk.Note, StringComparison.Ordinal);
        Assert.All(suppliers, r => Assert.Equal("China's imports, 2025", r.Series));

        // $2,000/t against $2,500/t in 2025, the same price in 2024.
        Assert.Equal(
            [("2024", "All suppliers, average", 2000m), ("2024", "Pakistan", 2000m), ("2025", "All suppliers, average", 2500m), ("2025", "Pakistan", 2000m)],
            price.Select(r => (r.Period, r.Series, r.Value)).Order());
        Assert.All(price, r => Assert.Equal(("usd_per_t", "CN-GACC"), (r.Unit, r.Reporter)));
        Assert.All(price, r => Assert.False(string.IsNullOrEmpty(r.Source)));

        var view = await market.App.Services.GetRequiredService<MarketService>().GetViewAsync("2603");
        Assert.Equal(await WrittenAsync(MarketChartRows.Of(view, MarketChartRows.Suppliers)), suppliers.Select(Line));
        Assert.Equal(await WrittenAsync(MarketChartRows.Of(view, MarketChartRows.Price)), price.Select(Line));
    }

    [Fact]
    public async Task AProductWithoutThatChart_GivesTheHeaderAlone()
    {
        // Chromium ores: no price comparison (Pakistan's figure has no weight), so no price chart.
        Assert.Empty(await GetAsync(market.App, "/api/products/2610/charts/price.csv"));
        Assert.Empty(await GetAsync(pairs.App, "/api/products/2603/charts/series-month.csv"));
    }

    [Fact]
    public async Task ImportedText_IsSafeInASpreadsheet()
    {
        var series = Assert.Single(await GetAsync(pairs.App, "/api/products/2530/charts/series-annual.csv"), r => r.Reporter == "CN-GACC");
        var mirror = await GetAsync(pairs.App, "/api/products/2530/charts/mirror.csv");
        var compare = await GetAsync(pairs.App, "/api/charts/pairs.csv?hs=2530");

        Assert.Equal("'@SUM(A1)", series.Source);
        Assert.Equal(2, mirror.Count);
        Assert.All(mirror.Concat(compare), r => Assert.Equal("'@SUM(A1)", r.Source));
        Assert.All(mirror.Concat(compare), r => Assert.DoesNotContain("<img", r.Label + r.Note, StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheAddress_ReproducesTheFile_NamedForTheChartAndTheView()
    {
        var client = pairs.App.CreateClient();
        var first = await client.GetAsync("/api/products/2603/charts/series-annual.csv?exporter=PK&importer=CN");
        var again = await client.GetAsync("/api/products/2603/charts/series-annual.csv?exporter=PK&importer=CN");
        var compare = await client.GetAsync("/api/charts/pairs.csv?hs=2603&page=2");
        var suppliers = await market.App.CreateClient().GetAsync("/api/products/2603/charts/suppliers.csv");

        Assert.Equal(await first.Content.ReadAsByteArrayAsync(), await again.Content.ReadAsByteArrayAsync());
        Assert.Equal("mineraltrade-series-annual_hs2603_pk-to-cn.csv", FileName(first));
        Assert.Equal("mineraltrade-pairs_hs2603_page-2.csv", FileName(compare));
        Assert.Equal("mineraltrade-suppliers_hs2603.csv", FileName(suppliers));
    }

    private static string? FileName(HttpResponseMessage response) => response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName;

    [Theory]
    [InlineData("/api/products/2603/charts/by-category.csv", "chart")]
    [InlineData("/api/products/2603/charts/pairs.csv", "chart")]
    [InlineData("/api/charts/series-annual.csv", "chart")]
    [InlineData("/api/charts/suppliers.csv", "chart")]
    [InlineData("/api/products/copper/charts/series-annual.csv", "code")]
    [InlineData("/api/products/%3Cimg%20src%3Dx%3E/charts/mirror.csv", "code")]
    [InlineData("/api/products/2603/charts/series-annual.csv?exporter=Pakistan", "exporter")]
    [InlineData("/api/products/2603/charts/suppliers.csv?category=gold", "category")]
    [InlineData("/api/charts/pairs.csv?page=0", "page")]
    [InlineData("/api/charts/pairs.csv?page=abc&hs=copper", "page")]
    public async Task BadInput_IsAProblemNamingTheParameter(string address, string parameter)
    {
        var response = await pairs.App.CreateClient().GetAsync(address);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains($"\"{parameter}\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACodeTheStoreDoesNotHold_IsANotFoundProblem()
    {
        var response = await pairs.App.CreateClient().GetAsync("/api/products/9999/charts/series-annual.csv");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private static string Text(string html) => WebUtility.HtmlDecode(Regex.Replace(html, "<[^>]+>", "")).Trim();

    [GeneratedRegex("<th scope=\"col\">(.*?)</th>", RegexOptions.Singleline)]
    private static partial Regex ColumnHeads();

    [GeneratedRegex("<tr><th scope=\"row\">(.*?)</th>(.*?)</tr>", RegexOptions.Singleline)]
    private static partial Regex TableRows();

    [GeneratedRegex("<td class=\"num\">(.*?)</td>", RegexOptions.Singleline)]
    private static partial Regex Cells();

    /// <summary>
    /// The seed, <c>tests/data/comtrade-both-sides.csv</c> (mirror pairs of 2603, 2608, 740311, 2610) and two reporters'
    /// 2016 figures of HS 2530 whose product and publisher a spreadsheet would run as formulas (they pair).
    /// </summary>
    public sealed class PairsStore : IAsyncLifetime
    {
        public ImportApp App { get; } = new();

        public async Task InitializeAsync()
        {
            var response = await App.PostAsync(await File.ReadAllBytesAsync(MirrorStore.PathOf(MirrorStore.BothSides)), $"?fileName={MirrorStore.BothSides}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            const string Hostile =
                "reporter,exporter,importer,period_start,period_end,hs_code,product,value_usd,qualifier,source_publisher,source_date,source_url,note,quantity,quantity_unit,coverage\n"
                + "CN-GACC,PK,CN,2016-01,2016-12,2530,\"=HYPERLINK(\"\"http://x\"\")\",1000000,exact,@SUM(A1),,,<img src=x onerror=alert(1)>,,,goods\n"
                + "PK-PBS,PK,CN,2016-01,2016-12,2530,\"=HYPERLINK(\"\"http://x\"\")\",900000,exact,@SUM(A1),,,<img src=x onerror=alert(1)>,,,goods\n";
            response = await App.PostAsync(Encoding.UTF8.GetBytes(Hostile), "?fileName=hostile.csv");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        public async Task DisposeAsync() => await App.DisposeAsync();
    }
}
