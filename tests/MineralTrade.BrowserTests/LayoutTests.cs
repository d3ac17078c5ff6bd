using System.Globalization;
using Microsoft.Playwright;

namespace MineralTrade.BrowserTests;

/// <summary>Pages that fit the screen they are read on: no table cut in its box at a desktop width, no panel stretched empty, the numbers in view on a phone.</summary>
[Collection(BrowserCollection.Name)]
public sealed class LayoutTests(DashboardServer server)
{
    private static void NoErrors(List<string> errors) => Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));

    [Fact]
    public async Task FiguresTable_AtADesktopWidth_FitsItsBox_NoColumnCut()
    {
        var (page, errors) = await server.NewPageAsync(1366, 900);
        await page.GotoAsync("/figures");
        var box = page.Locator("#rows .table-scroll");
        await box.WaitForAsync();

        var widths = await box.EvaluateAsync<double[]>("b => [b.scrollWidth, b.clientWidth]");

        Assert.True(widths[0] <= widths[1] + 1, $"the table is {widths[0]} px wide in a {widths[1]} px box");
        NoErrors(errors);
    }

    [Fact]
    public async Task FiguresTable_OnAPhone_ShowsEachRowsPeriodAndValue_WithoutScrolling()
    {
        var (page, errors) = await server.NewPageAsync(390, 844);
        await page.GotoAsync("/figures");
        // Measured once the circuit is up: it renders the table again, and a header between the two has no box.
        await page.Locator("form.filters[data-interactive='yes']").WaitForAsync();
        await page.Locator("#rows tbody tr").First.WaitForAsync();

        var value = await page.GetByRole(Microsoft.Playwright.AriaRole.Columnheader, new() { Name = "Value, US$" }).BoundingBoxAsync();

        Assert.NotNull(value);
        Assert.True(value.X + value.Width <= 390, $"the Value column ends at {value.X + value.Width} px on a 390 px screen");
        NoErrors(errors);
    }

    [Fact]
    public async Task Overview_AtADesktopWidth_NoPanelIsStretchedPastItsContent()
    {
        var (page, errors) = await server.NewPageAsync(1366, 900);
        await page.GotoAsync("/");
        await Charts.WaitForAsync(page, errors);

        // Each panel's height against where its last element ends: a grid row stretched short panels to a tall neighbour's height.
        var empty = await page.Locator(".charts > .panel").EvaluateAllAsync<double[]>(
            "panels => panels.map(p => p.getBoundingClientRect().bottom - p.lastElementChild.getBoundingClientRect().bottom)");

        Assert.NotEmpty(empty);
        Assert.All(empty, gap => Assert.True(gap < 40, $"a panel is empty for {gap.ToString("0", CultureInfo.InvariantCulture)} px below its content"));
        NoErrors(errors);
    }
}
