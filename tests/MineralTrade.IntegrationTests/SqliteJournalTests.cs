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
    public async Task ACheckpointThatMeetsAnother_WaitsForIt_AndEmptiesTheLog()
    {
        var file = Path.Combine(_directory, "meet.db");
        var store = $"Data Source={file};Pooling=False";
        await using var writer = Open(store, "PRAGMA journal_mode = WAL; CREATE TABLE t (x); INSERT INTO t VALUES (1)");
        await using var reader = Open(store, "BEGIN; SELECT * FROM t");
        Run(writer, "INSERT INTO t VALUES (2)");
        // Another checkpoint (SQLite's own when a connection closes, another process's): it holds the checkpoint and
        // write locks while it waits for the reader, whose snapshot is behind the log.
        var other = Task.Run(() =>
        {
            using var connection = Open(store, "PRAGMA busy_timeout = 20000");
            Run(connection, "PRAGMA wal_checkpoint(FULL)");
        });
        await using (var probe = Open(store, ""))
        {
            // Until the other checkpoint holds the write lock (raw: Microsoft.Data.Sqlite would wait for it).
            while (SQLitePCL.raw.sqlite3_exec(probe.Handle, "BEGIN IMMEDIATE; ROLLBACK") == SQLitePCL.raw.SQLITE_OK)
            {
                await Task.Delay(10);
            }
        }

        var ours = SqliteJournal.CheckpointAsync(store, Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance);
        await Task.Delay(300);
        Run(reader, "COMMIT");
        await other;

        Assert.True(await ours);
        Assert.Equal(0, new FileInfo(file + "-wal").Length);
    }

    private static SqliteConnection Open(string connectionString, string sql)
    {
        var connection = new SqliteConnection(connectionString);
        connection.Open();
        Run(connection, sql);
        return connection;
    }

    private static void Run(SqliteConnection connection, string sql)
    {
        if (sql.Length > 0)
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            command.ExecuteNonQuery();
        }
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
