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
}
