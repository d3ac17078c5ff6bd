using MineralTrade.Tests;

namespace MineralTrade.BrowserTests;

/// <summary>
/// One name for a period (decision 0102): the State Bank's July–September 2025 is its first quarter of fiscal 2025-26
/// on every page that shows it, in text, tables and the charts' options (axes and tooltips), never "Q3 2025".
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PeriodNameTests(DashboardServer server)
{
    [Theory]
    [InlineData("/products/TOTAL")]
    [InlineData("/figures?reporter=PK-SBP")]
    [InlineData("/?reporter=PK-SBP")]
    [InlineData("/?reporter=PK-SBP&reporter=CN-GACC&hs=TOTAL")]
    public async Task TheStateBanksJulyToSeptember2025_IsItsFirstFiscalQuarter_Everywhere(string path)
    {
        var (page, errors) = await server.NewPageAsync(1366, 900);
        await page.GotoAsync(path);
        await page.WaitForLoadStateAsync(Microsoft.Playwright.LoadState.NetworkIdle);

        // The page as served and as drawn: text, tables, and each chart's options (its axis labels and tooltips), read
        // as words: "FY" is an abbreviation explained in its own markup.
        var html = PageWords.Of(await page.ContentAsync());

        Assert.Contains("Q1 FY2025-26", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Q3 2025", html, StringComparison.Ordinal);
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }
}
