using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MineralTrade.Tests;
using MineralTrade.Web.Data;
using MineralTrade.Web.Features.Imports;

namespace MineralTrade.IntegrationTests;

/// <summary>SQLite's write-ahead log is kept small: the database file is the store (docs/operations.md).</summary>
public sealed class SqliteJournalTests : IAsyncLifetime
{
    private readonly TestStore _store;
    private readonly ImportApp _app;
    private readonly string _directory = Directory.CreateTempSubdirectory("mineraltrade-journal-").FullName;

    public SqliteJournalTests()
    {
        _store = TestStore.Create();
        _app = new ImportApp(store: _store);
    }

    private string Store => new SqliteConnectionStringBuilder(_app.Store.ConnectionString).DataSource;

    private long Wal => File.Exists(Store + "-wal") ? new FileInfo(Store + "-wal").Length : 0;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _store.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }

    [SqliteFact]
    public async Task IdleSitesFile_CopiedAlone_IsTheWholeStore()
    {
        var response = await _app.PostAsync(ComtradeFile.Bytes([ComtradeFile.Row(period: "2019", value: "19.5")]), "?fileName=one-row.csv");
        response.EnsureSuccessStatusCode();
        var live = BackupTests.Count(Store);

        var copy = Path.Combine(_directory, "cp.db");
        File.Copy(Store, copy);

        Assert.Equal("ok", BackupTests.Scalar(copy, "PRAGMA integrity_check"));
        Assert.Equal(live, BackupTests.Count(copy));
    }

    [SqliteFact]
    public async Task AfterALargeImport_TheLogIsEmpty()
    {
        var big = Path.Combine(_directory, "big.csv");
        await ComtradeFile.WriteManyAsync(big, 60_000);

        var result = await _app.Services.GetRequiredService<ImportService>().ImportAsync(big, "big.csv", "cli", dryRun: false);

        Assert.NotNull(result.Summary?.ImportId);
        Assert.Equal(0, Wal);
    }

    [SqliteFact]
    public async Task AtShutdown_TheLogIsEmptied()
    {
        await using (var db = await _app.Services.GetRequiredService<IDbContextFactory<MineralTradeDbContext>>().CreateDbContextAsync())
        {
            (await db.Figures.FirstAsync()).Note = "corrected";
            await db.SaveChangesAsync();
        }
        Assert.NotEqual(0, Wal);

        await _app.DisposeAsync();

        Assert.Equal(0, Wal);
    }

    [SqliteFact]
    public async Task StoresConnections_LimitTheLogsSize()
    {
        await using var db = await _app.Services.GetRequiredService<IDbContextFactory<MineralTradeDbContext>>().CreateDbContextAsync();

        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "PRAGMA journal_size_limit";

        Assert.Equal(SqliteJournal.SizeLimit, (long)(await command.ExecuteScalarAsync())!);
    }
}
