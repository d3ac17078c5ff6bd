using Microsoft.Playwright;

namespace MineralTrade.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class OverviewTests(DashboardServer server)
{
    private static readonly string[] s_charts = ["by-category", "by-year", "growth", "value-added", "target"];

    [Fact]
    public async Task Overview_DrawsEveryChart_OneBarPerCategoryWithAValue()
    {
        var (page, errors) = await server.NewPageAsync();
        await page.GotoAsync("/");
        await Charts.WaitForAsync(page, errors, s_charts);
        var categoriesInTable = await page.Locator("[data-chart='by-category'] details.data-table tbody tr").CountAsync();
        var bars = await page.Locator("[data-chart='by-category'] .apexcharts-bar-area").CountAsync();
        Assert.True(categoriesInTable > 1, $"expected several categories with a value, found {categoriesInTable}");
        Assert.Equal(categoriesInTable, bars);
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }
}
