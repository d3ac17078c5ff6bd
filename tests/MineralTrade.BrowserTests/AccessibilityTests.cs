using System.Text.Json;
using MineralTrade.Tests;

namespace MineralTrade.BrowserTests;

/// <summary>
/// axe-core (npm, pinned in this project's package.json) with the WCAG 2.1 A and AA rules, on every page at a
/// desktop and a phone width, once the charts are drawn: zero violations, on every routed page.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(DashboardServer server)
{
    private static readonly string s_axe = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "axe.min.js"));

    public static TheoryData<string, int> Pages()
    {
        var data = new TheoryData<string, int>();
        // Every routed page and view (tests/Shared/RoutedPages.cs), as issue 18's point 13 asks: a page added is checked.
        foreach (var path in RoutedPages.Addresses())
        {
            data.Add(path, 1366);
            data.Add(path, 390);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_HasNoWcag21AaViolations(string path, int width)
    {
        // axe is injected as a script of the test's own: the app's CSP (script-src 'self') rightly refuses it otherwise.
        var context = await server.Browser.NewContextAsync(new() { BaseURL = server.BaseAddress.ToString(), ViewportSize = new() { Width = width, Height = 900 }, BypassCSP = true });
        var page = await context.NewPageAsync();
        await page.GotoAsync(path);
        // Once every chart of the page is drawn.
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('.apex-chart')].every(e => e.querySelector('svg.apexcharts-svg'))", null, new() { Timeout = 30_000 });
        // Once the circuit has rendered (it replaces the head's title for a moment while it starts).
        await page.WaitForLoadStateAsync(Microsoft.Playwright.LoadState.NetworkIdle);
        await page.WaitForFunctionAsync("() => document.title.length > 0");
        await page.AddScriptTagAsync(new() { Content = s_axe });

        var json = await page.EvaluateAsync<string>(
            """
            async () => JSON.stringify((await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }))
                .violations.map(v => `${v.id} (${v.impact}): ${v.nodes.map(n => n.target.join(' ')).join(' | ')}`))
            """);
        var violations = JsonSerializer.Deserialize<string[]>(json)!;

        Assert.True(violations.Length == 0, $"{path} at {width} px:{Environment.NewLine}{string.Join(Environment.NewLine, violations)}");
    }
}
