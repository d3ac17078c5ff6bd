using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MineralTrade.Web.Data;
using MineralTrade.Web.Features.Imports;
using MineralTrade.Web.Infrastructure;

namespace MineralTrade.Web.Features.Backups;

/// <summary>
/// Puts a backup back as the store (docs/operations.md, "Restore"). The backup is checked first (a MineralTrade store,
/// whole, of migrations this build knows) and the store it replaces is kept beside it. On SQLite the backup is copied,
/// migrated, seeded and summarised apart, then written over the store in one transaction while the site runs: readers
/// see the old store until the commit and the restored one after, an import waits its turn. On PostgreSQL the site's
/// nodes must be stopped (it refuses while another session is connected): <c>pg_restore</c> in one transaction, then
/// the migrations, the seed and the summaries. Either way the store gets a data version never used before (decision 0098).
/// </summary>
public sealed class StoreRestore(
    IDbContextFactory<MineralTradeDbContext> dbFactory, IOptions<DatabaseOptions> database, IOptions<ImportOptions> imports,
    PostgreSqlTools tools, IServiceProvider services, ILogger<StoreRestore> logger)
{
    private const string History = "__EFMigrationsHistory";

    /// <exception cref="BackupException">The backup is not a store this build can restore, or the store stayed busy.</exception>
    public async Task<RestoreResult> RestoreAsync(string source, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var known = db.Database.GetMigrations().ToHashSet();
        var live = db.Database.GetConnectionString()!;
        var kept = db.Database.IsNpgsql()
            ? await RestorePostgreSqlAsync(live, source, known, cancellationToken)
            : await RestoreSqliteAsync(live, source, known, cancellationToken);
        await using var restored = await dbFactory.CreateDbContextAsync(cancellationToken);
        return new RestoreResult(await restored.Figures.LongCountAsync(cancellationToken), await restored.Imports.CountAsync(cancellationToken),
            (await restored.Database.GetAppliedMigrationsAsync(cancellationToken)).Last(), kept);
    }

    private async Task<string?> RestoreSqliteAsync(string live, string source, HashSet<string> known, CancellationToken cancellationToken)
    {
        var store = new SqliteConnectionStringBuilder(live).DataSource;
        if (Path.GetFullPath(source) == Path.GetFullPath(store))
        {
            throw new BackupException($"{source} is the store itself", CommandLine.Exit.Usage);
        }
        var folder = Path.GetDirectoryName(Path.GetFullPath(store))!;
        var copy = Path.Combine(folder, $".{Path.GetFileName(store)}.restore-{Guid.NewGuid():N}");
        try
        {
            await using (var backup = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = source, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString()))
            {
                await CheckSqliteAsync(backup, source, known, cancellationToken);
                await StoreBackup.CopyAsync(backup, copy, cancellationToken);
            }
            await PrepareAsync(copy, store, cancellationToken);
            var kept = File.Exists(store) ? await KeepAsync(live, store, cancellationToken) : null;
            await using (var restored = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = copy, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString()))
            await using (var target = new SqliteConnection(new SqliteConnectionStringBuilder(live) { Pooling = false }.ToString()))
            {
                await restored.OpenAsync(cancellationToken);
                await target.OpenAsync(cancellationToken);
                // The site's readers and an import in progress hold the store: wait for them as an import would.
                await ExecuteAsync(target, $"PRAGMA busy_timeout = {imports.Value.WaitSeconds * 1000}", cancellationToken);
                try
                {
                    // One write transaction over the store: readers see the old store or the restored one, never a mix.
                    restored.BackupDatabase(target);
                }
                catch (SqliteException e) when (e.SqliteErrorCode is SQLitePCL.raw.SQLITE_BUSY or SQLitePCL.raw.SQLITE_LOCKED)
                {
                    throw new BackupException($"the store stayed busy (an import writing) for {imports.Value.WaitSeconds} s; nothing was changed, try again", CommandLine.Exit.Busy);
                }
                await ExecuteAsync(target, "PRAGMA journal_mode = WAL", cancellationToken);
            }
            await SqliteJournal.CheckpointAsync(live, logger, cancellationToken);
            return kept;
        }
        finally
        {
            File.Delete(copy);
            File.Delete(copy + "-journal");
        }
    }

    /// <summary>The copy made what this build's store is: migrated, seeded, summarised, with a new data version; the store's page size.</summary>
    private async Task PrepareAsync(string copy, string store, CancellationToken cancellationToken)
    {
        var connection = new SqliteConnectionStringBuilder { DataSource = copy, Pooling = false }.ToString();
        if (File.Exists(store))
        {
            // A store in WAL mode takes a backup of its own page size only.
            await using var live = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = store, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
            await using var restored = new SqliteConnection(connection);
            await live.OpenAsync(cancellationToken);
            await restored.OpenAsync(cancellationToken);
            var pageSize = (await ScalarsAsync(live, "PRAGMA page_size", cancellationToken))[0];
            if ((await ScalarsAsync(restored, "PRAGMA page_size", cancellationToken))[0] != pageSize)
            {
                await ExecuteAsync(restored, $"PRAGMA page_size = {pageSize}; VACUUM;", cancellationToken);
            }
        }
        var options = new DbContextOptionsBuilder<MineralTradeDbContext>().UseSqlite(connection).UseSeed(database.Value);
        await using var db = new MineralTradeDbContext(options.Options);
        await db.Database.MigrateAsync(cancellationToken);
        await SummaryCatchUp.EnsureAsync(db, cancellationToken);
        await DataVersion.ChangeAsync(db.Database, cancellationToken);
    }

    /// <summary>The store being replaced, backed up beside it (SQLite) or beside the backup (PostgreSQL): a wrong restore is undone by another.</summary>
    private static async Task<string> KeepAsync(string live, string store, CancellationToken cancellationToken)
    {
        var kept = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(store))!,
            $"{Path.GetFileNameWithoutExtension(store)}.before-restore-{DateTime.UtcNow.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture)}.db");
        await using var current = new SqliteConnection(new SqliteConnectionStringBuilder(live) { Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await current.OpenAsync(cancellationToken);
        await StoreBackup.CopyAsync(current, kept, cancellationToken);
        return kept;
    }

    private async Task<string> RestorePostgreSqlAsync(string live, string source, HashSet<string> known, CancellationToken cancellationToken)
    {
        var list = await tools.RunAsync("pg_restore", ["--list", source], live, cancellationToken);
        if (!list.Contains($"TABLE DATA public {History}", StringComparison.Ordinal) || !list.Contains("TABLE DATA public Figures", StringComparison.Ordinal))
        {
            throw new BackupException($"{source} is not a MineralTrade store (no figures or migration history in the dump)");
        }
        // The history's rows, as the dump's COPY block gives them: one migration id per line before its tab.
        var rows = await tools.RunAsync("pg_restore", ["--data-only", $"--table={History}", "--file=-", source], live, cancellationToken);
        Check(source, [.. rows.Split('\n').SkipWhile(l => !l.StartsWith("COPY ", StringComparison.Ordinal)).Skip(1)
            .TakeWhile(l => l != "\\.").Select(l => l.Split('\t')[0])], known);
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            var others = await db.Database.SqlQueryRaw<int>(
                "SELECT COUNT(*)::int AS \"Value\" FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend'").SingleAsync(cancellationToken);
            if (others > 0)
            {
                throw new BackupException($"{others} other session(s) are connected to the database (the site's nodes?): stop them, then restore", CommandLine.Exit.Busy);
            }
        }
        var kept = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(source))!,
            $"mineraltrade.before-restore-{DateTime.UtcNow.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture)}.dump");
        await tools.DumpAsync(live, kept, cancellationToken);
        await tools.RestoreAsync(live, source, cancellationToken);
        await services.MigrateDatabaseAsync();
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            await DataVersion.ChangeAsync(db.Database, cancellationToken);
        }
        return kept;
    }

    /// <summary>A store of this application whose every migration this build knows (a newer build's store could hold what this one cannot read).</summary>
    private static void Check(string source, List<string> migrations, HashSet<string> known)
    {
        if (migrations.Count == 0)
        {
            throw new BackupException($"{source} is not a MineralTrade store (its migration history is empty)");
        }
        if (migrations.FirstOrDefault(m => !known.Contains(m)) is { } unknown)
        {
            throw new BackupException($"{source} was made by another version of MineralTrade (migration {unknown} is unknown to this one): restore it with that version");
        }
    }

    /// <summary>An SQLite file, with the tables of a MineralTrade store, of known migrations, that passes SQLite's integrity check.</summary>
    private static async Task CheckSqliteAsync(SqliteConnection backup, string source, HashSet<string> known, CancellationToken cancellationToken)
    {
        try
        {
            await backup.OpenAsync(cancellationToken);
            var tables = await ScalarsAsync(backup, "SELECT name FROM sqlite_master WHERE type = 'table'", cancellationToken);
            if (!tables.Contains(History) || !tables.Contains("Figures"))
            {
                throw new BackupException($"{source} is not a MineralTrade store (it has no figures or no migration history)");
            }
            Check(source, await ScalarsAsync(backup, $"SELECT \"MigrationId\" FROM \"{History}\"", cancellationToken), known);
            if (await ScalarsAsync(backup, "PRAGMA integrity_check", cancellationToken) is not ["ok"] and var problems)
            {
                throw new BackupException($"{source} is damaged (SQLite's integrity check: {string.Join("; ", problems.Take(3))})");
            }
        }
        catch (SqliteException e) when (e.SqliteErrorCode is SQLitePCL.raw.SQLITE_NOTADB or SQLitePCL.raw.SQLITE_CANTOPEN)
        {
            throw new BackupException($"{source} is not an SQLite store");
        }
        catch (SqliteException e) when (e.SqliteErrorCode is SQLitePCL.raw.SQLITE_CORRUPT)
        {
            throw new BackupException($"{source} is damaged ({e.Message})");
        }
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<List<string>> ScalarsAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var values = new List<string>();
        while (await reader.ReadAsync(cancellationToken))
        {
            values.Add(Convert.ToString(reader.GetValue(0), CultureInfo.InvariantCulture)!);
        }
        return values;
    }
}

/// <summary>A restore done: what the store now holds, its newest migration, and where the store it replaced was kept (none on a new machine).</summary>
public sealed record RestoreResult(long Figures, int Imports, string Migration, string? Kept);
