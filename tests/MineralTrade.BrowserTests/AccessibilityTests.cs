using MineralTrade.Tests;

namespace MineralTrade.BrowserTests;

/// <summary>
/// axe-core (npm, pinned in this project's package.json) with the WCAG 2.1 A and AA rules, on every page at a
/// desktop and a phone width, once the charts are drawn: zero violations, on every routed page.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(DashboardServer server)
{
    // Every routed page and view (tests/Shared/RoutedPages.cs), as issue 18's point 13 asks: a page added is checked.
    [Theory]
    [MemberData(nameof(RoutedPages.AtEachWidth), MemberType = typeof(RoutedPages))]
    public async Task Page_HasNoWcag21AaViolations(string path, int width)
    {
        // BypassCSP: axe is a script of the test's own (Axe.cs).
        var context = await server.Browser.NewContextAsync(new() { BaseURL = server.BaseAddress.ToString(), ViewportSize = new() { Width = width, Height = 900 }, BypassCSP = true });
        var page = await context.NewPageAsync();
        await page.GotoAsync(path);
        // Once every chart of the page is drawn.
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('.apex-chart')].every(e => e.querySelector('svg.apexcharts-svg'))", null, new() { Timeout = 30_000 });
        // Once the circuit has rendered (it replaces the head's title for a moment while it starts).
        await page.WaitForLoadStateAsync(Microsoft.Playwright.LoadState.NetworkIdle);
        await page.WaitForFunctionAsync("() => document.title.length > 0");

        var violations = await Axe.ViolationsAsync(page);

        Assert.True(violations.Length == 0, $"{path} at {width} px:{Environment.NewLine}{string.Join(Environment.NewLine, violations)}");
    }
}
