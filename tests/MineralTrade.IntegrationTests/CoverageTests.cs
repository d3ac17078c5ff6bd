using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CsvHelper;
using MineralTrade.Web.Features.Figures;
using MineralTrade.Web.Features.Mirror;

namespace MineralTrade.IntegrationTests;

/// <summary>
/// What a figure counts (issue 18 point 8, docs/decisions/0067): the State Bank's figures whose statements say "goods and
/// services" say so in the API, the CSV and the pages, and are never set against China's customs goods as a mirror.
/// </summary>
public class CoverageTests(MineralTradeApp app) : IClassFixture<MineralTradeApp>
{
    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web);

    [Fact]
    public async Task Seed_StateBankOctober2023_SaysGoodsAndServices_InTheApiAndTheCsv()
    {
        var client = app.CreateClient();
        const string Query = "?hs=TOTAL&from=2023&to=2023&period=month";
        var rows = await client.GetFromJsonAsync<FigureRow[]>("/api/figures" + Query, s_json);
        var csv = CsvReader.Create(await client.GetStreamAsync("/api/figures.csv" + Query), FigureCsv.ReaderOptions).GetRecords<FigureRow>().ToList();

        foreach (var list in new[] { rows!.Where(r => r.PeriodStart == "2023-10").ToList(), csv.Where(r => r.PeriodStart == "2023-10").ToList() })
        {
            var stateBank = Assert.Single(list, r => r.Reporter == "PK-SBP");
            Assert.Equal(("goods_and_services", "All goods and services"), (stateBank.CoverageName, stateBank.Product));
            Assert.Equal("goods", Assert.Single(list, r => r.Reporter == "CN-GACC").CoverageName);
        }
    }

    [Fact]
    public async Task Seed_ChinasGoodsAgainstTheStateBanksGoodsAndServices_AreNotPaired_AndTheApiSaysWhy()
    {
        var answer = (await app.CreateClient().GetFromJsonAsync<MirrorAnswer>("/api/mirror?hs=TOTAL", s_json))!;

        Assert.DoesNotContain(answer.Pairs, p => p.PeriodStart is "2023-10" or "2022-09");
        Assert.All(answer.Pairs, p => Assert.Equal("goods", p.Coverage));
        // September 2022 and October 2023 (customs against the State Bank), and the State Bank against the Trade
        // Development Authority for three runs of months (goods and services, or not said).
        Assert.Equal(5, answer.NotPaired);
        Assert.Contains("goods and services", answer.NotPairedReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Compare_ListsWhatIsNotPaired_WithWhatEachFigureCounts_AndWhy()
    {
        var html = WebUtility.HtmlDecode(await app.CreateClient().GetStringAsync("/compare?hs=TOTAL"));

        Assert.Contains("data-testid=\"unpaired\"", html, StringComparison.Ordinal);
        Assert.Contains("Not paired: not the same coverage", html, StringComparison.Ordinal);
        Assert.Contains("$318.84 M, <em data-testid=\"coverage\">goods and services</em>", html, StringComparison.Ordinal);
        Assert.Contains("~ $368 M, <em data-testid=\"coverage\">goods</em>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"mirror-pair\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProductPage_AllGoods_SaysWhatEachTotalCounts_AndPairsNoUnlikeTotals()
    {
        var html = WebUtility.HtmlDecode(await app.CreateClient().GetStringAsync("/products/TOTAL"));

        Assert.Contains("data-testid=\"unpaired\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"mirror-pair\"", html, StringComparison.Ordinal);
        Assert.Contains("PK-SBP, goods and services", html, StringComparison.Ordinal);
        Assert.Contains("Counts: goods and services", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NativeImport_CoverageGoesInAndComesBackOut_AndAServicesFigureWithAnHsCodeIsRefused()
    {
        await using var importApp = new ImportApp();
        const string Header = "reporter,exporter,importer,period_start,period_end,hs_code,product,value_usd,qualifier,source_publisher,source_date,source_url,note,coverage\n";
        var good = await importApp.PostAsync(System.Text.Encoding.UTF8.GetBytes(Header
            + "PK-SBP,PK,AE,2024-01,2024-03,TOTAL,All goods and services,100,exact,Made-up bulletin,,,,goods_and_services\n"
            + "PK-PBS,PK,AE,2024-01,2024-03,TOTAL,All goods,90,exact,Made-up bulletin,,,,\n"), "?fileName=coverage.csv");
        Assert.True(good.StatusCode == HttpStatusCode.OK, await good.Content.ReadAsStringAsync());
        var bad = await importApp.PostAsync(System.Text.Encoding.UTF8.GetBytes(Header
            + "PK-SBP,PK,AE,2024-01,2024-03,2603,Copper ores,100,exact,Made-up bulletin,,,,goods_and_services\n"), "?fileName=bad-coverage.csv");

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("coverage", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var rows = await importApp.CreateClient().GetFromJsonAsync<FigureRow[]>("/api/figures?importer=AE", s_json);
        Assert.Equal([("PK-PBS", "unstated"), ("PK-SBP", "goods_and_services")], rows!.Select(r => (r.Reporter, r.CoverageName)).OrderBy(r => r.Reporter));
    }
}
