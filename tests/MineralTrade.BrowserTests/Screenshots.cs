using Microsoft.Playwright;

namespace MineralTrade.BrowserTests;

/// <summary>
/// Screenshots go to the test output; with MINERALTRADE_SCREENSHOTS set to a folder (docs/screenshots for the README),
/// there too. A test run leaves the repository as it was unless asked.
/// </summary>
internal static class Screenshots
{
    public const string FolderVariable = "MINERALTRADE_SCREENSHOTS";

    /// <param name="from">Where the picture starts: the page's top, or an element's.</param>
    public static async Task SaveAsync(IPage page, string name, ILocator? from = null, int? height = null)
    {
        var folders = new List<string> { Path.Combine(AppContext.BaseDirectory, "screenshots") };
        if (Environment.GetEnvironmentVariable(FolderVariable) is { Length: > 0 } folder)
        {
            folders.Add(folder);
        }
        var options = new PageScreenshotOptions { FullPage = true };
        if (from is not null || height is not null)
        {
            var top = from is null ? 0 : (await from.BoundingBoxAsync())!.Y + await page.EvaluateAsync<float>("() => window.scrollY") - 8;
            var size = page.ViewportSize!;
            options.Clip = new() { X = 0, Y = top, Width = size.Width, Height = height ?? size.Height };
        }
        var png = await page.ScreenshotAsync(options);
        foreach (var f in folders)
        {
            Directory.CreateDirectory(f);
            await File.WriteAllBytesAsync(Path.Combine(f, name), png);
        }
    }
}
