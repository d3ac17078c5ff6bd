using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MineralTrade.Web.Data;
using MineralTrade.Web.Data.Summaries;
using MineralTrade.Web.Features.Figures;
using Npgsql;
using NpgsqlTypes;

namespace MineralTrade.Web.Features.Imports;

/// <summary>
/// Loads a file into the store, all or nothing, in one transaction: every row is read, checked and staged in a
/// temporary table first; only a file without a single problem is then merged into the figures, set-based
/// (docs/decisions/0020-all-or-nothing-import.md). Memory stays flat whatever the file's size. The SQL runs on SQLite
/// and PostgreSQL alike; only the staging differs (a prepared insert, or PostgreSQL's binary COPY), and the store's
/// write lock orders imports from several nodes (docs/decisions/0070). The columns are the figure's own, read from the
/// model (<see cref="FigureColumns"/>). The seed file goes the same way at start-up, as the truth for its own figures
/// (docs/decisions/0042-seed-is-the-truth.md).
/// </summary>
public sealed class ImportService(IDbContextFactory<MineralTradeDbContext> dbFactory, IOptions<ImportOptions> options, ILogger<ImportService> logger)
{
    /// <summary>Who the seeding is in the history; the one importer whose file is the truth for its figures.</summary>
    public const string Seed = "seed";

    // The seed's own figures: those its history entries brought (a constant, so no parameter is needed).
    private const string SeedOwned = $" AND f.\"ImportId\" IN (SELECT \"Id\" FROM \"Imports\" WHERE \"ImportedBy\" = '{Seed}')";

    // The store takes one writer at a time: imports of this process queue here, for a bounded time (docs/decisions/0041).
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);

    public async Task<ImportResult> ImportAsync(string path, string fileName, string importedBy, bool dryRun, CancellationToken cancellationToken = default)
    {
        var (sha256, rejected) = await ScanAsync(path, cancellationToken);
        if (rejected is not null)
        {
            return rejected;
        }
        var wait = TimeSpan.FromSeconds(options.Value.WaitSeconds);
        if (!await _oneAtATime.WaitAsync(wait, cancellationToken))
        {
            return ImportResult.Waited($"another import is running in this process and did not finish within {wait.TotalSeconds} s");
        }
        try
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            await db.Database.OpenConnectionAsync(cancellationToken);
            var connection = db.Database.GetDbConnection();
            if (connection is SqliteConnection sqlite)
            {
                // SQLite's busy timeout (30 s by default): how long BEGIN IMMEDIATE waits for another process's writer.
                sqlite.DefaultTimeout = (int)wait.TotalSeconds;
                // The staged rows go to a temporary file, not to memory (a setting SQLite takes only outside a transaction).
                await ExecuteAsync(connection, null, "PRAGMA temp_store = FILE", cancellationToken);
            }
            try
            {
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                var result = await MergeAsync(db, path, fileName, sha256, importedBy, dryRun, wait, logger, cancellationToken);
                if (result.Summary?.ImportId is not null)
                {
                    await transaction.CommitAsync(cancellationToken);
                }
                return result;
            }
            finally
            {
                // After a failure too, once the transaction is gone (PostgreSQL refuses commands in a failed one).
                await ExecuteAsync(connection, null, "DROP TABLE IF EXISTS import_rows", CancellationToken.None);
            }
        }
        catch (Exception e) when (IsBusy(e))
        {
            return ImportResult.Waited($"another program is writing to the store and did not finish within {wait.TotalSeconds} s");
        }
        finally
        {
            _oneAtATime.Release();
        }
    }

    /// <summary>
    /// The import in the caller's transaction on <paramref name="db"/>'s connection, which the caller commits when the
    /// summary has an import id: the seeding, inside EF's seeding transaction with the store's write lock already taken.
    /// </summary>
    public static async Task<ImportResult> ImportAsync(MineralTradeDbContext db, string path, string fileName, string importedBy, CancellationToken cancellationToken)
    {
        var (sha256, rejected) = await ScanAsync(path, cancellationToken);
        return rejected ?? await MergeAsync(db, path, fileName, sha256, importedBy, dryRun: false, lockWait: null, NullLogger.Instance, cancellationToken);
    }

    /// <summary>The history's keyset order, newest first (docs/decisions/0094's paging; the history grows with every import).</summary>
    public static readonly KeysetOrder<Import> HistoryOrder = new KeysetOrder<Import>().By(i => i.Id, descending: true);

    /// <summary>One page of the imports that changed the store, the seeding included, newest first, after the key <paramref name="after"/> (none: the first page).</summary>
    public async Task<Page<Import>> GetHistoryAsync(IReadOnlyList<object?> after, int limit, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var imports = db.Imports.AsNoTracking();
        imports = after.Count > 0 ? HistoryOrder.After(imports, after) : imports;
        var rows = await HistoryOrder.Sort(imports).Take(limit + 1).ToListAsync(cancellationToken);
        return rows.Count > limit ? new Page<Import>(rows[..limit], Cursor.Write(HistoryOrder.KeyOf(rows[limit - 1]))) : new Page<Import>(rows, null);
    }

    /// <summary>How many imports the history holds.</summary>
    public async Task<int> CountHistoryAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Imports.CountAsync(cancellationToken);
    }

    private static async Task<(string Sha256, ImportResult? Rejected)> ScanAsync(string path, CancellationToken cancellationToken)
    {
        var encoding = new ImportProblems();
        var sha256 = await FileScan.Sha256AndEncodingAsync(path, encoding, cancellationToken);
        return (sha256, encoding.Count > 0 ? ImportResult.Rejected(encoding) : null);
    }

    /// <summary>
    /// Stages, checks and merges in the current transaction. Writes nothing when the file has a problem, for a dry run,
    /// or when it would change nothing.
    /// </summary>
    private static async Task<ImportResult> MergeAsync(MineralTradeDbContext db, string path, string fileName, string sha256, string importedBy,
        bool dryRun, TimeSpan? lockWait, ILogger logger, CancellationToken cancellationToken)
    {
        var importedAt = DateTime.UtcNow;
        var connection = db.Database.GetDbConnection();
        var tx = db.Database.CurrentTransaction!.GetDbTransaction();
        var columns = FigureColumns.Of(db.Model);
        // Equal keys: NULL matches NULL in a column that may be empty; the others compare with '=', which an index serves.
        var match = string.Join(" AND ", columns.Key.Select(c => columns.IsNullable(c) ? $"f.{Q(c)} IS NOT DISTINCT FROM r.{Q(c)}" : $"f.{Q(c)} = r.{Q(c)}"));

        // A pooled PostgreSQL session keeps a temporary table that a failed import left behind.
        await ExecuteAsync(connection, tx, "DROP TABLE IF EXISTS import_rows", cancellationToken);
        using var reader = ImportReader.Open(path, fileName, DateOnly.FromDateTime(importedAt));
        var rows = await StageAsync(connection, tx, columns, reader, cancellationToken);
        await FindDuplicatesAsync(connection, tx, match, reader.Problems, cancellationToken);
        if (rows == 0 && reader.Skipped == 0 && reader.Problems.Count == 0)
        {
            reader.Problems.Add(2, null, "the file has a header and no rows: there is nothing to import");
        }
        if (reader.Problems.Count > 0 || reader.Format is not { } format)
        {
            return ImportResult.Rejected(reader.Problems);
        }
        // From here to the commit, one writer at a time across every node: the counts must still hold at the merge
        // (the seeding holds the lock already).
        if (lockWait is { } wait)
        {
            await StoreWriteLock.AcquireAsync(db.Database, wait, cancellationToken);
        }

        // A UN Comtrade+ row's note and date say which file brought it and when: re-importing the same data from
        // another file or on another day changes nothing, so they only count for native files.
        var compared = format == ImportFormat.Native ? columns.Content : columns.Content.Except(columns.Provenance);
        var differs = string.Join(" OR ", compared.Select(c => $"f.{Q(c)} IS DISTINCT FROM r.{Q(c)}"));
        // The seed changes only its own figures, and removes those its file no longer has; an import's figures stay.
        var seed = importedBy == Seed;
        var owned = seed ? SeedOwned : "";
        var gone = $"FROM \"Figures\" AS f WHERE NOT EXISTS (SELECT 1 FROM import_rows r WHERE {match}){owned}";
        var added = await CountAsync(connection, tx, $"SELECT COUNT(*) FROM import_rows r WHERE NOT EXISTS (SELECT 1 FROM \"Figures\" f WHERE {match})", cancellationToken);
        var changed = await CountAsync(connection, tx, $"SELECT COUNT(*) FROM import_rows r WHERE EXISTS (SELECT 1 FROM \"Figures\" f WHERE {match}{owned} AND ({differs}))", cancellationToken);
        var removed = seed ? await CountAsync(connection, tx, "SELECT COUNT(*) " + gone, cancellationToken) : 0;
        var summary = new ImportSummary(fileName, sha256, format, dryRun, rows, added, changed, removed, rows - added - changed,
            reader.Skipped, reader.SkippedReasons, null, importedAt, importedBy);
        // A file that changes nothing leaves no history entry: the history lists changes (docs/decisions/0040).
        if (dryRun || summary.NothingChanged)
        {
            return new ImportResult(summary, 0, []);
        }

        var import = new Import
        {
            FileName = fileName.Length > 260 ? fileName[..260] : fileName,
            Sha256 = sha256,
            Format = format,
            Added = added,
            Changed = changed,
            Removed = removed,
            Unchanged = summary.Unchanged,
            Skipped = summary.Skipped,
            ImportedAt = importedAt,
            ImportedBy = importedBy,
        };
        db.Imports.Add(import);
        await db.SaveChangesAsync(cancellationToken);

        // The summaries of what the import touches, in its transaction: pages never see one without the other
        // (docs/decisions/0090). Removed figures are touched before they go.
        await using var summaries = await SummaryRefresh.BeginAsync(connection, tx, cancellationToken);
        if (logger.IsEnabled(LogLevel.Debug))
        {
            // Where the summaries' time goes, step by step (docs/performance.md: the import's cost is mostly theirs).
            summaries.Trace = step => logger.LogDebug("Summaries of import {ImportId}: {Step}", import.Id, step);
        }
        if (removed > 0)
        {
            await summaries.TouchRemovedAsync(gone, cancellationToken);
            await ExecuteAsync(connection, tx, "DELETE " + gone, cancellationToken);
        }
        var stored = List(columns.Stored);
        var updated = columns.Content.Select(c => $"{Q(c)} = r.{Q(c)}").Append("\"ImportId\" = @import");
        await ExecuteAsync(connection, tx,
            $"UPDATE \"Figures\" AS f SET {string.Join(", ", updated)} FROM import_rows AS r WHERE {match}{owned} AND ({differs})",
            cancellationToken, import.Id);
        await ExecuteAsync(connection, tx,
            $"INSERT INTO \"Figures\" ({stored}, \"ImportId\") SELECT {List(columns.Stored, "r.")}, @import "
            + $"FROM import_rows AS r WHERE NOT EXISTS (SELECT 1 FROM \"Figures\" f WHERE {match}) ORDER BY r.\"Line\"",
            cancellationToken, import.Id);
        await ExecuteAsync(connection, tx, "DROP TABLE IF EXISTS import_rows", cancellationToken);
        await summaries.TouchImportAsync(import.Id, cancellationToken);
        await summaries.CompleteAsync(cancellationToken);
        return new ImportResult(summary with { ImportId = import.Id }, 0, []);
    }

    /// <summary>The store's write lock stayed taken: SQLite's busy or locked, PostgreSQL's lock timeout.</summary>
    private static bool IsBusy(Exception e) =>
        e is SqliteException { SqliteErrorCode: SQLitePCL.raw.SQLITE_BUSY or SQLitePCL.raw.SQLITE_LOCKED }
        || e is PostgresException { SqlState: PostgresErrorCodes.LockNotAvailable };

    /// <summary>
    /// Reads the file row by row into the temporary table <c>import_rows</c>, which has the figures' own column types;
    /// returns the rows staged. SQLite: one prepared insert a row. PostgreSQL: one binary COPY for the whole file.
    /// </summary>
    private static async Task<int> StageAsync(DbConnection connection, DbTransaction tx, FigureColumns columns, ImportReader reader, CancellationToken cancellationToken)
    {
        var stored = List(columns.Stored);
        await ExecuteAsync(connection, tx, $"CREATE TEMP TABLE import_rows AS SELECT 0 AS \"Line\", {stored} FROM \"Figures\" WHERE 1 = 0", cancellationToken);
        var rows = connection is NpgsqlConnection npgsql
            ? await CopyAsync(npgsql, columns, reader, cancellationToken)
            : await InsertAsync((SqliteConnection)connection, (SqliteTransaction)tx, columns, reader, cancellationToken);
        await ExecuteAsync(connection, tx, $"CREATE INDEX import_rows_key ON import_rows ({List(columns.Key)})", cancellationToken);
        if (connection is NpgsqlConnection)
        {
            // Autovacuum never sees a temporary table: without statistics the merge would be planned for an empty one.
            await ExecuteAsync(connection, tx, "ANALYZE import_rows", cancellationToken);
        }
        return rows;
    }

    private static async Task<int> InsertAsync(SqliteConnection connection, SqliteTransaction tx, FigureColumns columns, ImportReader reader, CancellationToken cancellationToken)
    {
        await using var insert = connection.CreateCommand();
        insert.Transaction = tx;
        insert.CommandText = $"INSERT INTO import_rows (\"Line\", {List(columns.Stored)}) VALUES ($Line, {string.Join(", ", columns.Stored.Select(c => "$" + c))})";
        var line = insert.Parameters.Add("$Line", SqliteType.Integer);
        // Untyped: each is bound as its value (integer, real, text), as the model converts it for SQLite (money as REAL).
        var parameters = columns.Stored.Select(c => insert.Parameters.Add(new SqliteParameter { ParameterName = "$" + c })).ToArray();
        var rows = 0;
        foreach (var (number, figure) in reader.Rows())
        {
            cancellationToken.ThrowIfCancellationRequested();
            line.Value = number;
            var values = columns.Values(figure);
            for (var i = 0; i < values.Length; i++)
            {
                // Dates as EF's SQLite provider writes them: ISO text.
                parameters[i].Value = values[i] switch
                {
                    null => DBNull.Value,
                    DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    var value => value,
                };
            }
            await insert.ExecuteNonQueryAsync(cancellationToken);
            rows++;
        }
        return rows;
    }

    private static async Task<int> CopyAsync(NpgsqlConnection connection, FigureColumns columns, ImportReader reader, CancellationToken cancellationToken)
    {
        await using var copy = await connection.BeginBinaryImportAsync(
            $"COPY import_rows (\"Line\", {List(columns.Stored)}) FROM STDIN (FORMAT BINARY)", cancellationToken);
        var rows = 0;
        foreach (var (number, figure) in reader.Rows())
        {
            await copy.StartRowAsync(cancellationToken);
            await copy.WriteAsync((int)number, NpgsqlDbType.Integer, cancellationToken);
            foreach (var value in columns.Values(figure))
            {
                await (value switch
                {
                    null => copy.WriteNullAsync(cancellationToken),
                    int n => copy.WriteAsync(n, NpgsqlDbType.Integer, cancellationToken),
                    decimal d => copy.WriteAsync(d, NpgsqlDbType.Numeric, cancellationToken),
                    DateOnly date => copy.WriteAsync(date, NpgsqlDbType.Date, cancellationToken),
                    var text => copy.WriteAsync((string)text, NpgsqlDbType.Text, cancellationToken),
                });
            }
            rows++;
        }
        await copy.CompleteAsync(cancellationToken);
        return rows;
    }

    private static string Q(string column) => $"\"{column}\"";

    /// <summary>Quoted column names, comma-separated, each after <paramref name="prefix"/> (a table alias).</summary>
    private static string List(IEnumerable<string> columns, string prefix = "") => string.Join(", ", columns.Select(c => prefix + Q(c)));

    /// <summary>The same figure twice in one file is a mistake in the file: each later line is reported against the first.</summary>
    private static async Task FindDuplicatesAsync(DbConnection connection, DbTransaction tx, string match, ImportProblems problems, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = $"SELECT r.\"Line\", MIN(f.\"Line\") FROM import_rows r JOIN import_rows f ON {match} AND f.\"Line\" < r.\"Line\" GROUP BY r.\"Line\" ORDER BY r.\"Line\"";
        await using var duplicates = await command.ExecuteReaderAsync(cancellationToken);
        while (await duplicates.ReadAsync(cancellationToken))
        {
            problems.Add(Convert.ToInt64(duplicates.GetValue(0), CultureInfo.InvariantCulture), null,
                $"the same figure as line {Convert.ToInt64(duplicates.GetValue(1), CultureInfo.InvariantCulture)} (same reporter, exporter, importer, period, HS code and source)");
        }
    }

    private static async Task<int> CountAsync(DbConnection connection, DbTransaction tx, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction? tx, string sql, CancellationToken cancellationToken, int? importId = null)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        if (importId is { } id)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@import";
            parameter.Value = id;
            command.Parameters.Add(parameter);
        }
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
