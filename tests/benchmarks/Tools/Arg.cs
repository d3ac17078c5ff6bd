using System.Globalization;
using Microsoft.Playwright;

namespace MineralTrade.Benchmarks;

internal static class Arg
{
    public static int Int(string text) => int.Parse(text, CultureInfo.InvariantCulture);

    public static string Ms(double ms) => ms.ToString("0", CultureInfo.InvariantCulture);

    public static double Median(IReadOnlyList<double> sorted) =>
        sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;

    /// <summary>Debian's Chromium with the flags the brief names; Playwright's own download is not reachable here.</summary>
    public static Task<IBrowser> LaunchChromiumAsync(IPlaywright playwright, params string[] extraArgs) =>
        playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Environment.GetEnvironmentVariable("MINERALTRADE_CHROMIUM") is { Length: > 0 } c ? c : "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", .. extraArgs],
        });
}
