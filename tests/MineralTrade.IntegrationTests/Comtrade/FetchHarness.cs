using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MineralTrade.ComtradeStandIn;
using MineralTrade.Web.Data;
using MineralTrade.Web.Features.Comtrade;

namespace MineralTrade.IntegrationTests.Comtrade;

/// <summary>
/// The application over a store of its own, its <c>Comtrade:BaseUrl</c> on a stand-in of the API (in-process, on
/// loopback), fast settings (no pause, short back-offs), and a narrow tracked set so that a run is a few calls: China's
/// imports from Pakistan of chapters 25, 26 and 74 and all goods, monthly, and Pakistan's exports of two headings to the
/// world, from 2026 (the stand-in releases January to March 2026). Every log line of the app is kept in <see cref="Logs"/>.
/// </summary>
public sealed class FetchHarness : IAsyncDisposable
{
    public const string Key = "sk-test-5f2c9e71a04b4d38b6e0c1aa9d7e2f31";

    private FetchHarness(StandIn standIn, FetchApp app)
    {
        StandIn = standIn;
        App = app;
    }

    public StandIn StandIn { get; }

    public FetchApp App { get; }

    public ConcurrentQueue<string> Logs => App.Logs;

    public static async Task<FetchHarness> StartAsync(string? key = Key, Dictionary<string, string?>? settings = null, StandInOptions? standIn = null,
        TestStore? store = null)
    {
        var server = await StandIn.StartAsync(standIn ?? new StandInOptions { FirstYear = 2026, LastMonth = 202603, LastYear = 2025, Partners = 3 });
        return new FetchHarness(server, new FetchApp(Settings(server.BaseUrl, key, settings), store));
    }

    /// <summary>Another application over the same store and stand-in: a restart, or a second node.</summary>
    public FetchApp OtherNode(Dictionary<string, string?>? settings = null) => new(Settings(StandIn.BaseUrl, Key, settings), App.Store);

    public static Dictionary<string, string?> Settings(Uri baseUrl, string? key, Dictionary<string, string?>? more)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Comtrade:BaseUrl"] = baseUrl.ToString(),
            ["Comtrade:SubscriptionKey"] = key,
            ["Comtrade:PauseMilliseconds"] = "0",
            ["Comtrade:BackoffMilliseconds"] = "50",
            ["Comtrade:MaxBackoffSeconds"] = "5",
            ["Comtrade:TimeoutSeconds"] = "3",
            ["Comtrade:Retries"] = "3",
            ["Comtrade:Track:0:Name"] = "China's imports from Pakistan",
            ["Comtrade:Track:0:Reporter"] = "156",
            ["Comtrade:Track:0:Flow"] = "M",
            ["Comtrade:Track:0:Partner"] = "586",
            ["Comtrade:Track:0:Codes:0"] = "TOTAL",
            ["Comtrade:Track:0:Codes:1"] = "AG2",
            ["Comtrade:Track:0:Codes:2"] = "AG4",
            ["Comtrade:Track:0:Codes:3"] = "AG6",
            ["Comtrade:Track:0:Chapters:0"] = "25",
            ["Comtrade:Track:0:Chapters:1"] = "26",
            ["Comtrade:Track:0:Chapters:2"] = "74",
            ["Comtrade:Track:0:Frequencies:0"] = "M",
            ["Comtrade:Track:0:FromYear"] = "2026",
            ["Comtrade:Track:1:Name"] = "Pakistan's exports of two headings to the world",
            ["Comtrade:Track:1:Reporter"] = "586",
            ["Comtrade:Track:1:Flow"] = "X",
            ["Comtrade:Track:1:Partner"] = "0",
            ["Comtrade:Track:1:Codes:0"] = "2603",
            ["Comtrade:Track:1:Codes:1"] = "2610",
            ["Comtrade:Track:1:FromYear"] = "2026",
        };
        foreach (var (name, value) in more ?? [])
        {
            settings[name] = value;
        }
        return settings;
    }

    public Task<FetchReport> FetchAsync(bool dryRun = false) => App.FetchAsync(dryRun);

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        await StandIn.DisposeAsync();
    }
}

/// <summary>The application with the fetch's settings; every log line it writes is kept.</summary>
public sealed class FetchApp : MineralTradeApp
{
    private readonly Dictionary<string, string?> _settings;

    public FetchApp(Dictionary<string, string?> settings, TestStore? store = null) : base(store ?? TestStore.Create(), ownsStore: store is null) =>
        _settings = settings;

    public ConcurrentQueue<string> Logs { get; } = new();

    protected override Dictionary<string, string?> Settings
    {
        get
        {
            var settings = base.Settings;
            foreach (var (name, value) in _settings)
            {
                settings[name] = value;
            }
            return settings;
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(new KeepingLoggerProvider(Logs)));
    }

    public Task<FetchReport> FetchAsync(bool dryRun = false) => Services.GetRequiredService<FetchService>().RunAsync("cli", dryRun, CancellationToken.None);

    public async Task<T> QueryAsync<T>(Func<MineralTradeDbContext, Task<T>> query)
    {
        await using var db = await Services.GetRequiredService<IDbContextFactory<MineralTradeDbContext>>().CreateDbContextAsync();
        return await query(db);
    }

    /// <summary>What a reader can see of the store, and its data version: a run that changes nothing leaves all three as they were.</summary>
    public async Task<(string Figures, string Imports, long Version)> SnapshotAsync()
    {
        var client = CreateClient();
        return (await client.GetStringAsync("/api/figures.csv"), await client.GetStringAsync("/api/imports"),
            await DataVersion.ReadAsync(Services.GetRequiredService<IDbContextFactory<MineralTradeDbContext>>()));
    }

    private sealed class KeepingLoggerProvider(ConcurrentQueue<string> lines) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new Keeping(categoryName, lines);

        public void Dispose()
        {
        }

        private sealed class Keeping(string category, ConcurrentQueue<string> lines) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                lines.Enqueue($"{logLevel} {category}: {formatter(state, exception)} {exception}");
        }
    }
}
