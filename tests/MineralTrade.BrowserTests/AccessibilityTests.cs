using System.Text.Json;

namespace MineralTrade.BrowserTests;

/// <summary>
/// axe-core (npm, pinned in this project's package.json) with the WCAG 2.1 A and AA rules, on every page at a
/// desktop and a phone width, once the charts are drawn: zero violations.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(DashboardServer server)
{
    private static readonly string s_axe = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "axe.min.js"));

    public static TheoryData<string, int> Pages()
    {
        var data = new TheoryData<string, int>();
        foreach (var path in new[] { "/", "/figures", "/about", "/?category=copper&category=zinc&reporter=CN-GACC&from=2023", "/products", "/products/2603", "/compare" })
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
        var errors = new List<string>();
        await page.GotoAsync(path);
        if (path == "/" || path.StartsWith("/?", StringComparison.Ordinal))
        {
            await Charts.WaitForAsync(page, errors, "by-category");
        }
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
