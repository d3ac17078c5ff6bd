using System.Text.Json;
using Microsoft.Playwright;

namespace MineralTrade.BrowserTests;

/// <summary>
/// axe-core (npm, pinned in this project's package.json) with the WCAG 2.1 A and AA rules: one rule set for every
/// accessibility check. The page's context needs <c>BypassCSP</c>: the app's CSP (script-src 'self') rightly refuses
/// a script of the test's own otherwise.
/// </summary>
internal static class Axe
{
    private static readonly string s_script = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "axe.min.js"));

    /// <summary>Each violation as "rule (impact): targets", over the document or the element <paramref name="within"/> selects.</summary>
    public static async Task<string[]> ViolationsAsync(IPage page, string? within = null)
    {
        await page.AddScriptTagAsync(new() { Content = s_script });
        var json = await page.EvaluateAsync<string>(
            """
            async within => JSON.stringify((await axe.run(within ? document.querySelector(within) : document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }))
                .violations.map(v => `${v.id} (${v.impact}): ${v.nodes.map(n => n.target.join(' ')).join(' | ')}`))
            """, within);
        return JsonSerializer.Deserialize<string[]>(json)!;
    }
}
