using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using MineralTrade.Tests;
using MineralTrade.Web.Data;
using MineralTrade.Web.Features.Backups;
using MineralTrade.Web.Features.Imports;
using MineralTrade.Web.Infrastructure;
using Npgsql;

namespace MineralTrade.IntegrationTests;

/// <summary>The <c>restore</c> command, and the restore drill of docs/operations.md.</summary>
public sealed class RestoreTests : IAsyncLifetime
{
    // The generated figures (WriteManyAsync: China's imports by month from 1900): none before the imports here.
    private const string Url = "/api/figures?reporter=CN-GACC&to=1901&limit=5";

    private readonly ImportApp _app = new();
    private readonly string _directory = Directory.CreateTempSubdirectory("mineraltrade-restore-").FullName;

    private string Store => new SqliteConnectionStringBuilder(_app.Store.ConnectionString).DataSource;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }

    /// <summary>Backed up during an import, restored while the site runs: whole, the counts of the backup, no cached answer from before.</summary>
    [SqliteFact]
    public async Task Drill_BackupDuringAnImport_RestoredWhileTheSiteRuns()
    {
        var client = _app.CreateClient();
        Assert.Equal("[]", await client.GetStringAsync(Url));
        var big = Path.Combine(_directory, "big.csv");
        await ComtradeFile.WriteManyAsync(big, 30_000);
        var import = Task.Run(() => _app.Services.GetRequiredService<ImportService>().ImportAsync(big, "big.csv", "cli", dryRun: false));
        string? backup = null;
        for (var i = 0; !import.IsCompleted || backup is null; i++)
        {
            var path = Path.Combine(_directory, $"during-{i}.db");
            await _app.Services.GetRequiredService<StoreBackup>().BackupAsync(path, CancellationToken.None);
            backup = import.IsCompleted && backup is not null ? backup : path;
        }
        Assert.NotNull((await import).Summary?.ImportId);
        var afterImport = BackupTests.Count(Store);
        var cached = await client.GetStringAsync(Url);
        Assert.Equal(cached, await client.GetStringAsync(Url));
        var expected = BackupTests.Count(backup);

        var (exit, output, error) = await RunAsync(backup);

        Assert.True(exit == 0, error);
        Assert.Equal("ok", BackupTests.Scalar(Store, "PRAGMA integrity_check"));
        Assert.Equal(expected, BackupTests.Count(Store));
        Assert.Contains($"restored, {expected.Figures:N0} figures, {expected.Imports} imports in the history", output);
        var kept = Assert.Single(Directory.GetFiles(Path.GetDirectoryName(Store)!, $"{Path.GetFileNameWithoutExtension(Store)}.before-restore-*.db"));
        Assert.Contains(kept, output);
        Assert.Equal(afterImport, BackupTests.Count(kept));
        File.Delete(kept);
        using var answer = await client.GetAsync(Url);
        Assert.Null(answer.Headers.Age);
        Assert.Equal(expected == afterImport ? cached : "[]", await answer.Content.ReadAsStringAsync());
        // The site goes on: the next import goes in and shows. (A backup that began as the import ended already holds
        // its figures: then the same file changes nothing and writes no history entry, but is still taken.)
        var again = await _app.Services.GetRequiredService<ImportService>().ImportAsync(big, "again.csv", "cli", dryRun: false);
        Assert.True(again.Succeeded, string.Join("; ", again.Problems));
        Assert.Equal(expected == afterImport, again.Summary!.ImportId is null);
        Assert.Equal(afterImport.Figures, BackupTests.Count(Store).Figures);
        Assert.NotEqual("[]", await client.GetStringAsync(Url));
    }

    [SqliteTheory]
    [InlineData("text", "is not an SQLite store")]
    [InlineData("empty", "is not a MineralTrade store")]
    [InlineData("newer", "was made by another version of MineralTrade (migration 29991231000000_FromTheFuture is unknown to this one)")]
    [InlineData("damaged", "is damaged")]
    public async Task Restore_OfWhatIsNotAStoreThisBuildKnows_IsRefused_AndChangesNothing(string kind, string reason)
    {
        var source = Path.Combine(_directory, kind + ".db");
        if (kind == "text")
        {
            await File.WriteAllTextAsync(source, "Reporter,Period\nCN-GACC,2025\n");
        }
        else
        {
            await _app.Services.GetRequiredService<StoreBackup>().BackupAsync(source, CancellationToken.None);
            if (kind == "damaged")
            {
                // The figures' first page overwritten: SQLite's integrity check finds it.
                var page = (long)BackupTests.Scalar(source, "SELECT rootpage FROM sqlite_master WHERE name = 'Figures'")!;
                var pageSize = (long)BackupTests.Scalar(source, "PRAGMA page_size")!;
                await using var file = new FileStream(source, FileMode.Open, FileAccess.Write);
                file.Position = (page - 1) * pageSize;
                await file.WriteAsync(Enumerable.Repeat((byte)0x5A, 64).ToArray());
            }
            else
            {
                using var connection = new SqliteConnection($"Data Source={source};Pooling=False");
                connection.Open();
                using var command = connection.CreateCommand();
                command.CommandText = kind == "empty" ? "DROP TABLE Figures" : "INSERT INTO __EFMigrationsHistory VALUES ('29991231000000_FromTheFuture', '99.0.0')";
                command.ExecuteNonQuery();
            }
        }
        var before = await _app.SnapshotAsync();

        var (exit, output, error) = await RunAsync(source);

        Assert.Equal(CommandLine.Exit.Refused, exit);
        Assert.Empty(output);
        Assert.StartsWith($"restore: {source} ", error);
        Assert.Contains(reason, error);
        Assert.Equal(before, await _app.SnapshotAsync());
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(Store)!, $".{Path.GetFileName(Store)}.restore-*"));
    }

    /// <summary>A store of the first schema, empty: migrated to this build's, and seeded, as a start would.</summary>
    [SqliteFact]
    public async Task Restore_OfAnOlderSchema_IsMigratedAndSeeded()
    {
        await _app.SnapshotAsync(); // the site's store made and seeded: what the restored one should hold
        var old = Path.Combine(_directory, "old.db");
        await using (var db = new MineralTradeDbContext(new DbContextOptionsBuilder<MineralTradeDbContext>().UseSqlite($"Data Source={old};Pooling=False").Options))
        {
            var first = db.Database.GetMigrations().First();
            await db.GetService<IMigrator>().MigrateAsync(first);
        }
        var expected = BackupTests.Count(Store);

        var (exit, output, error) = await RunAsync(old);

        Assert.True(exit == 0, error);
        await using var store = await _app.Services.GetRequiredService<IDbContextFactory<MineralTradeDbContext>>().CreateDbContextAsync();
        Assert.Empty(await store.Database.GetPendingMigrationsAsync());
        Assert.Contains($"schema {store.Database.GetMigrations().Last()}", output);
        Assert.Equal(expected, BackupTests.Count(Store));
    }

    /// <summary>On a machine without a store yet (the backup is all there is), as a process.</summary>
    [SqliteFact]
    public async Task Process_Restore_OntoANewMachine_MakesTheStore()
    {
        var backup = Path.Combine(_directory, "backup.db");
        await _app.Services.GetRequiredService<StoreBackup>().BackupAsync(backup, CancellationToken.None);
        var store = Path.Combine(_directory, "new-machine", "App_Data", "mineraltrade.db");

        var (exit, output, error) = await AppProcess.RunAsync(new() { ["ConnectionStrings:MineralTrade"] = $"Data Source={store}" }, TimeSpan.FromMinutes(3), "restore", backup);

        Assert.True(exit == 0, error);
        Assert.Contains("there was no store before it", output);
        Assert.Equal(BackupTests.Count(backup), BackupTests.Count(store));
        Assert.Equal("wal", BackupTests.Scalar(store, "PRAGMA journal_mode"));
    }

    /// <summary>PostgreSQL: refused while a node is connected; once the nodes are stopped, restored, migrated and the replaced store kept.</summary>
    [PostgreSqlFact]
    public async Task Process_Restore_OnPostgreSql_WaitsForTheNodesToStop()
    {
        var dump = Path.Combine(_directory, "backup.dump");
        await _app.Services.GetRequiredService<StoreBackup>().BackupAsync(dump, CancellationToken.None);
        var big = Path.Combine(_directory, "big.csv");
        await ComtradeFile.WriteManyAsync(big, 2_000);
        Assert.NotNull((await _app.Services.GetRequiredService<ImportService>().ImportAsync(big, "big.csv", "cli", dryRun: false)).Summary?.ImportId);
        await using var node = await new NpgsqlConnection(_app.Store.ConnectionString).OpenAndReturnAsync();

        var refused = await AppProcess.RunAsync(_app.Store.Settings, TimeSpan.FromMinutes(3), "restore", dump);

        Assert.Equal(CommandLine.Exit.Busy, refused.Exit);
        Assert.Contains("other session(s) are connected to the database", refused.Error);
        await node.CloseAsync();
        NpgsqlConnection.ClearAllPools();

        var (exit, output, error) = await AppProcess.RunAsync(_app.Store.Settings, TimeSpan.FromMinutes(3), "restore", dump);

        Assert.True(exit == 0, error);
        var kept = Assert.Single(Directory.GetFiles(_directory, "mineraltrade.before-restore-*.dump"));
        Assert.Contains(kept, output);
        await using var db = await _app.Services.GetRequiredService<IDbContextFactory<MineralTradeDbContext>>().CreateDbContextAsync();
        Assert.Equal(0, await db.Figures.CountAsync(f => f.PeriodStart < 190200));
        Assert.Contains("restored", output);
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }

    private async Task<(int Exit, string Output, string Error)> RunAsync(string source)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await RestoreCommand.RunAsync(_app.Services, [source], output, error, CancellationToken.None);
        return (exit, output.ToString(), error.ToString());
    }
}

internal static class NpgsqlConnectionExtensions
{
    public static async Task<NpgsqlConnection> OpenAndReturnAsync(this NpgsqlConnection connection)
    {
        await connection.OpenAsync();
        return connection;
    }
}
