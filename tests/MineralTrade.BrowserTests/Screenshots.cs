using Microsoft.Playwright;

namespace MineralTrade.BrowserTests;

/// <summary>
/// Screenshots go to the test output; with MINERALTRADE_SCREENSHOTS set to a folder (docs/screenshots for the README),
/// there too. A test run leaves the repository as it was unless asked.
/// </summary>
internal static class Screenshots
{
    public const string FolderVariable = "MINERALTRADE_SCREENSHOTS";

    public static async Task SaveAsync(IPage page, string name)
    {
        var folders = new List<string> { Path.Combine(AppContext.BaseDirectory, "screenshots") };
        if (Environment.GetEnvironmentVariable(FolderVariable) is { Length: > 0 } folder)
        {
            folders.Add(folder);
        }
        var png = await page.ScreenshotAsync(new() { FullPage = true });
        foreach (var f in folders)
        {
            Directory.CreateDirectory(f);
            await File.WriteAllBytesAsync(Path.Combine(f, name), png);
        }
    }
}
