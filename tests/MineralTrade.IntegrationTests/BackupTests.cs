using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using MineralTrade.Tests;
using MineralTrade.Web.Data;
using MineralTrade.Web.Features.Backups;
using MineralTrade.Web.Features.Imports;
using MineralTrade.Web.Infrastructure;

namespace MineralTrade.IntegrationTests;

/// <summary>The <c>backup</c> command and the command line around it (docs/operations.md).</summary>
public sealed class BackupTests : IAsyncLifetime
{
    private readonly ImportApp _app = new();
    private readonly string _directory = Directory.CreateTempSubdirectory("mineraltrade-backup-").FullName;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task Process_Backup_WritesACopy_AndExits_WithoutStartingTheSite()
    {
        _ = _app.Services;
        var destination = Path.Combine(_directory, "store-copy");

        var (exit, output, error) = await AppProcess.RunAsync(_app.Store.Settings, TimeSpan.FromMinutes(3), "backup", destination);

        Assert.True(exit == 0, error);
        Assert.StartsWith($"{destination}: ", output);
        if (_app.Store.Provider == DatabaseProvider.Sqlite)
        {
            var store = Count(new SqliteConnectionStringBuilder(_app.Store.ConnectionString).DataSource);
            Assert.Contains($", {store.Figures:N0} figures, checked", output);
            Assert.Equal(store, Count(destination));
        }
        else
        {
            Assert.Contains("TABLE DATA public Figures", await PgRestoreListAsync(destination));
        }
    }

    [Fact]
    public async Task Process_UnknownCommand_ExitsTwoWithTheUsage()
    {
        var (exit, output, error) = await AppProcess.RunAsync(_app.Store.Settings, TimeSpan.FromMinutes(2), "frobnicate", "x.db");

        Assert.Equal(CommandLine.Exit.Usage, exit);
        Assert.Empty(output);
        Assert.StartsWith("unknown command 'frobnicate'\nusage: MineralTrade.Web", error);
    }

    [Fact]
    public async Task Backup_IntoAFolder_NamesTheFileByTheTime_AndNeverReplacesAFile()
    {
        var (exit, output, error) = await RunAsync(_directory);
        Assert.True(exit == 0, error);
        var written = Assert.Single(Directory.GetFiles(_directory));
        Assert.Matches(@"^mineraltrade-\d{8}T\d{6}Z\.(db|dump)$", Path.GetFileName(written));
        Assert.StartsWith(written, output);
        var before = await File.ReadAllBytesAsync(written);

        (exit, output, error) = await RunAsync(written);

        Assert.Equal(CommandLine.Exit.Usage, exit);
        Assert.Empty(output);
        Assert.Contains("exists: a backup never replaces a file", error);
        Assert.Equal(before, await File.ReadAllBytesAsync(written));
        Assert.Single(Directory.GetFiles(_directory));
    }

    [Fact]
    public async Task Backup_IntoAFolderThatDoesNotExist_ExitsTwo_AndWritesNothing()
    {
        var (exit, _, error) = await RunAsync(Path.Combine(_directory, "nowhere", "copy.db"));

        Assert.Equal(CommandLine.Exit.Usage, exit);
        Assert.Contains("no such folder", error);
        Assert.Empty(Directory.GetFileSystemEntries(_directory));
    }

    // pg_dump's snapshot is PostgreSQL's to prove; this is SQLite's online backup beside the import's write.
    [SqliteFact]
    public async Task Backup_DuringAnImport_IsWholeAndConsistent_BeforeOrAfterIt()
    {
        var big = Path.Combine(_directory, "big.csv");
        await ComtradeFile.WriteManyAsync(big, 60_000);
        var store = new SqliteConnectionStringBuilder(_app.Store.ConnectionString).DataSource;
        _ = _app.Services;
        var before = Count(store);
        var backup = _app.Services.GetRequiredService<StoreBackup>();

        var import = Task.Run(() => _app.Services.GetRequiredService<ImportService>().ImportAsync(big, "big.csv", "cli", dryRun: false));
        var copies = new List<string>();
        var duringTheImport = 0;
        while (!import.IsCompleted)
        {
            var copy = Path.Combine(_directory, $"copy-{copies.Count}.db");
            await backup.BackupAsync(copy, CancellationToken.None);
            copies.Add(copy);
            duringTheImport += import.IsCompleted ? 0 : 1;
        }
        Assert.NotNull((await import).Summary);
        var after = Count(store);

        Assert.True(duringTheImport > 0, "no backup was taken while the import ran");
        Assert.Equal(before.Figures + 60_000, after.Figures);
        Assert.All(copies, copy =>
        {
            Assert.Equal("ok", Scalar(copy, "PRAGMA integrity_check"));
            Assert.Contains(Count(copy), new[] { before, after });
            // A file of its own: no write-ahead log to carry beside it.
            Assert.Equal("delete", Scalar(copy, "PRAGMA journal_mode"));
        });
        Assert.Empty(Directory.GetFiles(_directory, ".*partial*"));
    }

    [Fact]
    public async Task Scheduled_EveryInterval_KeepsTheNewest()
    {
        var folder = Path.Combine(_directory, "scheduled");
        await using var app = new ImportApp(settings: new() { ["Backup:Directory"] = folder, ["Backup:Interval"] = "00:00:02", ["Backup:Keep"] = "2" });
        _ = app.Services;
        string[] Backups() => Directory.Exists(folder) ? [.. Directory.GetFiles(folder, "mineraltrade-*").Order()] : [];
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (Backups().Length == 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }
        var first = Backups()[0];

        // Two more, and the first deleted: two kept.
        while (Backups().Contains(first) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        var kept = Backups();
        Assert.DoesNotContain(first, kept);
        Assert.InRange(kept.Length, 1, 2);
        Assert.All(kept, f => Assert.Matches(@"mineraltrade-\d{8}T\d{6}Z\.(db|dump)$", f));
    }

    private async Task<(int Exit, string Output, string Error)> RunAsync(string destination)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await BackupCommand.RunAsync(_app.Services, [destination], output, error, CancellationToken.None);
        return (exit, output.ToString(), error.ToString());
    }

    internal static (long Figures, long Imports) Count(string database) =>
        ((long)Scalar(database, "SELECT COUNT(*) FROM Figures")!, (long)Scalar(database, "SELECT COUNT(*) FROM Imports")!);

    internal static object? Scalar(string database, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={database};Pooling=False;Mode=ReadOnly");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    private static async Task<string> PgRestoreListAsync(string dump)
    {
        var bin = Directory.GetDirectories("/usr/lib/postgresql").Order().Last();
        using var process = Process.Start(new ProcessStartInfo(Path.Combine(bin, "bin", "pg_restore"), ["--list", dump]) { RedirectStandardOutput = true })!;
        var list = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return list;
    }
}
