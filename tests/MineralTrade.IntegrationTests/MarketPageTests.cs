using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MineralTrade.Tests;
using MineralTrade.Web.Data;
using MineralTrade.Web.Features.Market;

namespace MineralTrade.IntegrationTests;

/// <summary>
/// The product page's "Pakistan in China's market" panels on the store of <c>tests/data/comtrade-china-market.csv</c>
/// (made-up values, hand-checked): what a reader sees in the prerendered page, the same numbers as <c>/api/suppliers</c>.
/// </summary>
public partial class MarketPageTests(MarketStore store) : IClassFixture<MarketStore>
{
    private async Task<string> PageTextAsync(string path)
    {
        var response = await store.App.CreateClient().GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return PageWords.Of(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task CopperOres_RankShareAndPriceOfPakistan_AndChinasShareOfItsExports()
    {
        var html = await PageTextAsync("/products/2603");

        Assert.Contains("data-testid=\"product-market\"", html);
        Assert.Contains("2025: China's customs recorded $11 M of imports of HS 2603 from Pakistan, rank 12 or lower of 13 suppliers held and 0.92% of China's imports from the world ($1.2 bn, China's own figure).", html);
        // The ten largest and Pakistan, twelfth, below a row that says one supplier between is in the CSV.
        Assert.Equal(["CL", "PE", "MN", "KZ", "MX", "AU", "ER", "TR", "LA", "PH", "PK"], SupplierRows().Matches(html).Select(m => m.Groups[1].Value));
        Assert.Contains("… 1 more between (in the CSV)", html);
        Assert.Contains("The 10 largest of 13 suppliers are drawn and listed, and Pakistan below them", html);
        Assert.Contains("2025: China paid $2,000/t for Pakistan's HS 2603, 80% of the $2,500/t it paid its suppliers on average (the world figure's value over its net weight).", html);
        // 2024: $8 M over 4,000 t against $1,000 M over 500,000 t: the same price.
        Assert.Matches("data-year=\"2024\">\\s*<th scope=\"row\">2024</th>\\s*<td class=\"num\">\\$2,000/t</td>\\s*<td class=\"num\">\\$2,000/t</td>\\s*<td class=\"num\" data-testid=\"against\">100%</td>", html);
        // Pakistan's own figures: $10 M of $25 M; China's side ($11 M) beside, not in the share.
        Assert.Contains("2025: China took 40% of Pakistan's exports of HS 2603 ($10 M of $25 M, Pakistan's own figures).", html);
        Assert.Contains("href=\"/api/suppliers.csv?hs=2603&year=2025\"", html);
    }

    [Fact]
    public async Task ChromiumOres_OnlyChinasSideOfPakistansExportsToChina_TheMirrorCaveat_NoShare()
    {
        var html = await PageTextAsync("/products/2610");

        Assert.Contains("2025: Pakistan's own figure for its exports of HS 2610 to China is not held; China's customs recorded", html);
        Assert.Contains("Where only China's side is held", html);
        // Pakistan's side of China's imports is the seed's press figure, without a weight: no price, and why.
        Assert.Contains("2025: no price comparison for HS 2610 (Pakistan: no quantity known); none is estimated.", html);
        Assert.DoesNotContain("data-chart=\"price\"", html);
    }

    [Fact]
    public async Task ACodeWithChinasFigureFromPakistanAlone_NoMarketPanel()
    {
        // The seed's chapter 74: China's imports from Pakistan, no other supplier and no world figure: no rank or share to give.
        var html = await PageTextAsync("/products/74");

        Assert.DoesNotContain("data-testid=\"product-market\"", html);
    }

    [Fact]
    public async Task Overview_AgainstWhat_PakistanAmongChinasSuppliersOfTheMainMinerals_WhateverTheFilter()
    {
        foreach (var path in new[] { "/", "/?category=zinc" })
        {
            var html = await PageTextAsync(path);

            Assert.Equal(["2603", "7403", "2601", "2610", "2608", "2606"], StandingRows().Matches(html).Select(m => m.Groups[1].Value));
            Assert.Matches("(?s)data-hs=\"2603\">.*?data-testid=\"standing-rank\">12 or lower of 13</td>\\s*<td class=\"num\" data-testid=\"standing-share\">0.92%</td>", html);
            // Chromium ores: the seed's $89.43 M press figure, fourth behind South Africa, Turkey and Albania; the world's
            // $2,000 M leaves $10.57 M unaccounted, less than Pakistan's: the rank is exact. 89.43 / 2000 = 4.47%.
            Assert.Matches("(?s)data-hs=\"2610\">.*?data-testid=\"standing-rank\">4 of 4</td>\\s*<td class=\"num\" data-testid=\"standing-share\">4.47%</td>", html);
            Assert.Contains("href=\"/products/2603\"", html);
        }
    }

    [Fact]
    public async Task TheMarketReads_SeekTheMarketIndex_NeverScanTheFigures()
    {
        if (store.App.Store.Provider != DatabaseProvider.Sqlite)
        {
            return;
        }
        var factory = store.App.Services.GetRequiredService<IDbContextFactory<MineralTradeDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        var pakistan = new SupplierRequest("2603", "WORLD", "PK-PBS", WindowKind.Year);

        var query = MarketService.Exports(db, pakistan, PeriodWindow.Year(2025)).CreateDbCommand();
        await db.Database.OpenConnectionAsync();
        query.CommandText = "EXPLAIN QUERY PLAN " + query.CommandText;
        await using var reader = await query.ExecuteReaderAsync();
        var plan = new List<string>();
        while (await reader.ReadAsync())
        {
            plan.Add(reader.GetString(3));
        }
        // Pakistan's exports fix the code, the exporter and the importers: the product index seeks them as tightly as the market's.
        Assert.Contains(plan, p => p.StartsWith("SEARCH f USING INDEX IX_Figures_Market (HsCode=? AND Importer=? AND Reporter=? AND PeriodKind=?", StringComparison.Ordinal)
            || p.StartsWith("SEARCH f USING INDEX IX_Figures_Product (HsCode=? AND Exporter=? AND Importer=?", StringComparison.Ordinal));
        Assert.DoesNotContain(plan, p => p.StartsWith("SCAN", StringComparison.Ordinal));
    }

    [GeneratedRegex("data-testid=\"supplier\" data-partner=\"([A-Z]{2})\"")]
    private static partial Regex SupplierRows();

    [GeneratedRegex("data-testid=\"standing\" data-hs=\"([0-9]+)\"")]
    private static partial Regex StandingRows();
}
