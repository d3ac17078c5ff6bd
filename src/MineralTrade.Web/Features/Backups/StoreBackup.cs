using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using MineralTrade.Web.Data;
using MineralTrade.Web.Infrastructure;

namespace MineralTrade.Web.Features.Backups;

/// <summary>
/// A copy of the store that is whole and consistent while the site runs and imports (docs/operations.md): SQLite's
/// online backup of one snapshot, or PostgreSQL's <c>pg_dump</c>. The copy is written beside its destination under
/// another name and renamed into place only once complete and checked, so a full disk or a stop leaves no file that
/// looks like a backup and is not one.
/// </summary>
public sealed class StoreBackup(IDbContextFactory<MineralTradeDbContext> dbFactory, PostgreSqlTools tools)
{
    /// <summary>The name a backup gets in a folder: the store's name and the time, which sorts by age.</summary>
    public static string FileName(DatabaseProvider provider, DateTime utc) =>
        $"mineraltrade-{utc.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture)}{(provider == DatabaseProvider.PostgreSql ? ".dump" : ".db")}";

    /// <summary>Backs the store up to <paramref name="destination"/>, a new file; returns what was written.</summary>
    /// <exception cref="BackupException">The destination exists, or the copy is not whole.</exception>
    public async Task<BackupResult> BackupAsync(string destination, CancellationToken cancellationToken)
    {
        if (File.Exists(destination))
        {
            throw new BackupException($"{destination} exists: a backup never replaces a file; name another or move it away", CommandLine.Exit.Usage);
        }
        var partial = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(destination))!, $".{Path.GetFileName(destination)}.partial-{Guid.NewGuid():N}");
        try
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            long? figures = null;
            if (db.Database.IsNpgsql())
            {
                await tools.DumpAsync(db.Database.GetConnectionString()!, partial, cancellationToken);
            }
            else
            {
                await using var source = new SqliteConnection(db.Database.GetConnectionString());
                await source.OpenAsync(cancellationToken);
                figures = await CopyAsync(source, partial, cancellationToken);
            }
            File.Move(partial, destination);
            return new BackupResult(destination, new FileInfo(destination).Length, figures);
        }
        finally
        {
            // And the copy's rollback journal, which a write that failed half-way leaves.
            File.Delete(partial);
            File.Delete(partial + "-journal");
        }
    }

    /// <summary>
    /// SQLite's online backup of <paramref name="source"/> into a new file: one read snapshot of the store (writers go on
    /// into the write-ahead log meanwhile), made a file of its own (no write-ahead log), checked, and synced to the
    /// disk. Returns the figures it holds.
    /// </summary>
    public static async Task<long> CopyAsync(SqliteConnection source, string path, CancellationToken cancellationToken)
    {
        await using (var copy = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString()))
        {
            await copy.OpenAsync(cancellationToken);
            cancellationToken.ThrowIfCancellationRequested();
            source.BackupDatabase(copy);
            await ExecuteAsync(copy, "PRAGMA journal_mode = DELETE", cancellationToken);
            if (await ScalarAsync(copy, "PRAGMA quick_check", cancellationToken) is not "ok" and var problem)
            {
                throw new BackupException($"the copy failed SQLite's check ({problem}); the store itself may need a look");
            }
            var figures = Convert.ToInt64(await ScalarAsync(copy, "SELECT COUNT(*) FROM \"Figures\"", cancellationToken), CultureInfo.InvariantCulture);
            await copy.CloseAsync();
            await using var file = new FileStream(path, FileMode.Open, FileAccess.ReadWrite);
            file.Flush(flushToDisk: true);
            return figures;
        }
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<object?> ScalarAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(cancellationToken);
    }
}

/// <summary>A backup written: where, its size in bytes, and the figures it holds (counted in the copy, SQLite only).</summary>
public sealed record BackupResult(string Path, long Bytes, long? Figures);

/// <summary>A backup or restore refused for a reason the operator can act on (said in the message, without a stack).</summary>
public sealed class BackupException(string message, int exit = CommandLine.Exit.Refused) : Exception(message)
{
    /// <summary>The command line's exit code for it.</summary>
    public int Exit { get; } = exit;
}
