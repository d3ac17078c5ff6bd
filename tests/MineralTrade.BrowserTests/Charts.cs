using Microsoft.Playwright;

namespace MineralTrade.BrowserTests;

internal static class Charts
{
    public static readonly string[] All = ["by-category", "by-year", "growth", "value-added", "target"];

    /// <summary>Waits until each chart has drawn its SVG; on a timeout, says what the browser's console said.</summary>
    public static async Task WaitForAsync(IPage page, List<string> errors, params string[] charts)
    {
        foreach (var chart in charts.Length == 0 ? All : charts)
        {
            try
            {
                await page.Locator($"[data-chart='{chart}'] svg.apexcharts-svg").First.WaitForAsync(new() { Timeout = 15_000 });
            }
            catch (TimeoutException e)
            {
                throw new TimeoutException($"Chart '{chart}' was not drawn. Console errors: {string.Join(" | ", errors)}", e);
            }
        }
    }

    /// <summary>
    /// Hovers each of <paramref name="points"/> in turn, as a reader would, and counts the tooltips of
    /// <paramref name="chart"/> that show <paramref name="text"/>. Each hover waits for ApexCharts to show its tooltip. A
    /// chart drawn before the circuit is moved into the circuit's render when that arrives (decision 0103): hovers made
    /// meanwhile may show nothing, so a pass that found no such tooltip is made again, up to three times.
    /// </summary>
    public static async Task<int> TooltipsShowingAsync(IPage page, string chart, ILocator points, string text)
    {
        var tooltip = page.Locator($"[data-chart='{chart}'] .apexcharts-tooltip");
        var shown = 0;
        for (var pass = 1; pass <= 3 && shown == 0; pass++)
        {
            await points.First.WaitForAsync();
            var count = await points.CountAsync();
            for (var i = 0; i < count; i++)
            {
                try
                {
                    await points.Nth(i).HoverAsync(new() { Force = true, Timeout = 5_000 });
                    await page.Locator($"[data-chart='{chart}'] .apexcharts-tooltip.apexcharts-active").First.WaitForAsync(new() { Timeout = 3_000 });
                }
                catch (Exception e) when (e is TimeoutException or PlaywrightException)
                {
                    // The point left the page while it was hovered (the circuit's render took the chart over): the next pass.
                    continue;
                }
                shown += (await tooltip.AllTextContentsAsync()).Count(t => t.Contains(text, StringComparison.Ordinal));
            }
        }
        return shown;
    }
}
