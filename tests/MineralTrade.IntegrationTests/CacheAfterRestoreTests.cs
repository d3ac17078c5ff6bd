using System.Data.Common;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using MineralTrade.Tests;
using MineralTrade.Web.Data;
using MineralTrade.Web.Features.Backups;
using MineralTrade.Web.Features.Imports;

namespace MineralTrade.IntegrationTests;

/// <summary>
/// A cached answer never outlives the data it was computed from, whatever a restore brings back (decision 0098): the
/// restores here are done behind the application's back, as <c>sqlite3 .restore</c> or <c>pg_restore</c> would.
/// </summary>
public sealed class CacheAfterRestoreTests : IAsyncLifetime
{
    // PK-PBS's copper ores up to 2019: only what these tests import, latest first.
    private const string Url = "/api/figures?hs=2603&reporter=PK-PBS&to=2019&limit=2";

    private readonly HookedApp _app = new();
    private readonly string _directory = Directory.CreateTempSubdirectory("mineraltrade-restore-").FullName;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task CachedAnswer_AfterARestoreAndAnotherImport_IsTheStores()
    {
        var client = _app.CreateClient();
        var backup = await BackupAsync();
        await ImportAsync("a.csv", "1111", "1112");
        var a = await client.GetStringAsync(Url);
        Assert.Contains("1111", a);
        Assert.Equal(a, await client.GetStringAsync(Url));

        await RestoreBehindTheAppsBackAsync(backup);
        await ImportAsync("b.csv", "2221", "2222");

        using var response = await client.GetAsync(Url);
        var b = await response.Content.ReadAsStringAsync();
        Assert.Contains("2221", b);
        Assert.Contains("2222", b);
        Assert.DoesNotContain("1111", b);
        Assert.Null(response.Headers.Age);
    }

    [Fact]
    public async Task Answer_ComputedWhileAnImportCommitted_IsNotKept_ForARestoreToBringBack()
    {
        var client = _app.CreateClient();
        var backup = await BackupAsync();
        // The import commits after the answer read the data version and before it reads the figures.
        _app.BeforeFiguresRead.Once = () => ImportAsync("a.csv", "1111", "1112");
        Assert.Contains("1111", await client.GetStringAsync(Url));

        await RestoreBehindTheAppsBackAsync(backup);

        Assert.DoesNotContain("1111", await client.GetStringAsync(Url));
    }

    private async Task<string> BackupAsync()
    {
        var path = Path.Combine(_directory, "before.backup");
        await _app.Services.GetRequiredService<StoreBackup>().BackupAsync(path, CancellationToken.None);
        return path;
    }

    private async Task ImportAsync(string name, string value2019, string value2018)
    {
        var path = Path.Combine(_directory, name);
        await File.WriteAllBytesAsync(path, ComtradeFile.Bytes([
            ComtradeFile.Row(reporter: "PAK", flow: "X", partner: "CHN", period: "2019", cmd: "2603", value: value2019),
            ComtradeFile.Row(reporter: "PAK", flow: "X", partner: "CHN", period: "2018", cmd: "2603", value: value2018),
        ]));
        var result = await _app.Services.GetRequiredService<ImportService>().ImportAsync(path, name, "cli", dryRun: false);
        Assert.NotNull(result.Summary?.ImportId);
    }

    /// <summary>The store as the backup holds it, written while the application runs: its data version comes back too.</summary>
    private async Task RestoreBehindTheAppsBackAsync(string backup)
    {
        if (_app.Store.Provider == DatabaseProvider.PostgreSql)
        {
            await _app.Services.GetRequiredService<PostgreSqlTools>().RestoreAsync(_app.Store.ConnectionString, backup, CancellationToken.None);
            return;
        }
        await using var source = new SqliteConnection($"Data Source={backup};Mode=ReadOnly;Pooling=False");
        await using var live = new SqliteConnection(_app.Store.ConnectionString);
        await source.OpenAsync();
        await live.OpenAsync();
        source.BackupDatabase(live);
    }

    /// <summary>The application with a hook that runs once, just before a query reads the figures.</summary>
    private sealed class HookedApp() : MineralTradeApp(TestStore.Create(), ownsStore: true)
    {
        public FiguresReadHook BeforeFiguresRead { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.ConfigureDbContext<MineralTradeDbContext>(o => o.AddInterceptors(BeforeFiguresRead), ServiceLifetime.Singleton));
        }
    }

    private sealed class FiguresReadHook : DbCommandInterceptor
    {
        public Func<Task>? Once { get; set; }

        public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            if (command.CommandText.Contains("FROM \"Figures\"", StringComparison.Ordinal) && Once is { } action)
            {
                Once = null;
                await action();
            }
            return result;
        }
    }
}
