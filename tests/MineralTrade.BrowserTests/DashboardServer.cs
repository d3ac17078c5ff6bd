using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace MineralTrade.BrowserTests;

/// <summary>
/// The whole application on a real port (Kestrel) over an SQLite file of its own, seeded as at a first start, and
/// Debian's Chromium driven by Playwright. One per test class collection: starting Chromium is the slow part.
/// </summary>
public sealed class DashboardServer : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string BrowserVariable = "MINERALTRADE_CHROMIUM";

    private static readonly string[] s_candidates = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

    private readonly string _databasePath = Path.Combine(Path.GetTempPath(), $"mineraltrade-browser-{Guid.NewGuid():N}.db");
    private IPlaywright? _playwright;

    /// <summary>The browser of the running collection (there is one), whose pages close after each test.</summary>
    private static IBrowser? s_browser;

    public DashboardServer() => UseKestrel(0);

    public IBrowser Browser { get; private set; } = default!;

    public Uri BaseAddress { get; private set; } = default!;

    protected override void ConfigureWebHost(IWebHostBuilder builder) =>
        builder.ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:MineralTrade"] = $"Data Source={_databasePath}",
            // A circuit's exception reaches the browser's console, where the tests read it.
            ["DetailedErrors"] = "true",
            // Every page comes from one address, Chromium on loopback. Each test's pages close when it ends
            // (ClosePagesAfterEachTestAttribute), but a test may open many: what these tests check is what a page
            // shows, not the app's limit of open pages per address (its own tests do, docs/security.md).
            ["RequestLimits:CircuitsPerClient"] = "100000",
            // Nor its rates: one address runs the whole suite, faster than any reader (346 tests in 14 minutes on a quiet
            // machine), and a burst of chart pages and their CSVs ran out of the heavy requests' bucket (429 in
            // ChartDrawingTests and ChartCsvTests, the 13th session's first CI); the limits' own tests are integration tests.
            ["RequestLimits:Requests:Burst"] = "100000",
            ["RequestLimits:Requests:Tokens"] = "100000",
            ["RequestLimits:Heavy:Burst"] = "100000",
            ["RequestLimits:Heavy:Tokens"] = "100000",
            ["RequestLimits:HeavyQueuePerClient"] = "10000",
        }));

    /// <summary>Chromium from <see cref="BrowserVariable"/> or the usual Debian paths; Playwright's own download is not used.</summary>
    public static string FindChromium()
    {
        var path = Environment.GetEnvironmentVariable(BrowserVariable) is { Length: > 0 } configured ? configured : s_candidates.FirstOrDefault(File.Exists);
        return path is not null && File.Exists(path)
            ? path
            : throw new InvalidOperationException(
                $"No Chromium found (looked at ${BrowserVariable} and {string.Join(", ", s_candidates)}). Install Debian's: apt-get install chromium " +
                $"(or set {BrowserVariable} to a Chromium or Chrome binary). Do not run 'playwright install': its download is not reachable here.");
    }

    public async Task InitializeAsync()
    {
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address.Replace("://[::]", "://127.0.0.1", StringComparison.Ordinal).Replace("://0.0.0.0", "://127.0.0.1", StringComparison.Ordinal));
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = FindChromium(),
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        s_browser = Browser;
    }

    /// <summary>
    /// Closes every page the browser has open, and with them their circuits. The tests of the collection run one at a
    /// time, so when one ends every open page is its own.
    /// </summary>
    public static async Task CloseAllPagesAsync()
    {
        if (s_browser is not { IsConnected: true } browser)
        {
            return;
        }
        foreach (var context in browser.Contexts.ToArray())
        {
            await context.CloseAsync();
        }
    }

    /// <summary>
    /// A fresh page at the given size that records every console error and uncaught exception; of this server, or of
    /// another store's (<see cref="ImportedStore"/>) where <paramref name="baseAddress"/> names it.
    /// </summary>
    public async Task<(IPage Page, List<string> Errors)> NewPageAsync(int width = 1280, int height = 900, string? baseAddress = null)
    {
        var context = await Browser.NewContextAsync(new() { BaseURL = baseAddress ?? BaseAddress.ToString(), ViewportSize = new() { Width = width, Height = height }, AcceptDownloads = true });
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                lock (errors) errors.Add($"{message.Text} ({message.Location})");
            }
        };
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                lock (errors) errors.Add($"{response.Status} {response.Url}");
            }
        };
        page.PageError += (_, error) =>
        {
            lock (errors) errors.Add(error);
        };
        return (page, errors);
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }
        _playwright?.Dispose();
        await DisposeAsync();
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(_databasePath + suffix);
        }
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<DashboardServer>
{
    public const string Name = "browser";
}
