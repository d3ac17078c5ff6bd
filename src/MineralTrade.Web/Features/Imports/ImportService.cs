using System.Data.Common;
using System.Globalization;
using System.Reflection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Options;
using MineralTrade.Web.Data;
using MineralTrade.Web.Features.Figures;
using Npgsql;
using NpgsqlTypes;

namespace MineralTrade.Web.Features.Imports;

/// <summary>
/// Loads a file into the store, all or nothing, in one transaction: every row is read, checked and staged in a
/// temporary table first; only a file without a single problem is then merged into the figures, set-based
/// (docs/decisions/0020-all-or-nothing-import.md). Memory stays flat whatever the file's size. The SQL runs on SQLite
/// and PostgreSQL alike; only the staging differs (a prepared insert, or PostgreSQL's binary COPY), and the store's
/// write lock orders imports from several nodes (docs/decisions/0070).
/// </summary>
public sealed class ImportService(IDbContextFactory<MineralTradeDbContext> dbFactory, IOptions<ImportOptions> options)
{
    // What makes a figure the same figure (Seeder.NaturalKey): who reported which flow, when, for what code, from what source.
    private static readonly string[] s_key = ["Reporter", "Exporter", "Importer", "PeriodStart", "PeriodEnd", "HsCode", "SourcePublisher", "SourceUrl"];

    private static readonly string[] s_columns =
    [
        "Reporter", "Exporter", "Importer", "PeriodStart", "PeriodEnd", "PeriodKind", "HsCode", "Product", "Category", "Stage",
        "ValueUsd", "Quantity", "QuantityUnit", "Qualifier", "SourcePublisher", "SourceDate", "SourceUrl", "SourceKind", "Note",
    ];

    // What a figure says. A Comtrade row's note and date say which file brought it and when: re-importing the same
    // data from another file or on another day changes nothing, so they only count for native files.
    private static readonly string[] s_compared = ["Product", "ValueUsd", "Quantity", "QuantityUnit", "Qualifier", "SourceKind"];
    private static readonly string[] s_provenance = ["SourceDate", "Note"];

    // Equal keys: NULL matches NULL in a column that may be empty; the others compare with '=', which an index serves.
    private static readonly string s_keyMatch = string.Join(" AND ", s_key.Select(c => Nullable(c) ? $"f.{Q(c)} IS NOT DISTINCT FROM r.{Q(c)}" : $"f.{Q(c)} = r.{Q(c)}"));

    private static readonly string s_columnList = string.Join(", ", s_columns.Select(Q));

    // The store takes one writer at a time: imports of this process queue here, for a bounded time (docs/decisions/0041).
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);

    public async Task<ImportResult> ImportAsync(string path, string fileName, string importedBy, bool dryRun, CancellationToken cancellationToken = default)
    {
        var encoding = new ImportProblems();
        var sha256 = await FileScan.Sha256AndEncodingAsync(path, encoding, cancellationToken);
        if (encoding.Count > 0)
        {
            return ImportResult.Rejected(encoding);
        }
        var wait = options.Value.WaitSeconds;
        if (!await _oneAtATime.WaitAsync(TimeSpan.FromSeconds(wait), cancellationToken))
        {
            return ImportResult.Waited($"another import is running in this process and did not finish within {wait} s");
        }
        try
        {
            var importedAt = DateTime.UtcNow;
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            await db.Database.OpenConnectionAsync(cancellationToken);
            var connection = db.Database.GetDbConnection();
            if (connection is SqliteConnection sqlite)
            {
                // SQLite's busy timeout (30 s by default): how long BEGIN IMMEDIATE waits for another process's writer.
                sqlite.DefaultTimeout = wait;
                // The staged rows go to a temporary file, not to memory, and go away with the connection's temp schema.
                await ExecuteAsync(connection, null, "PRAGMA temp_store = FILE", cancellationToken);
            }
            await ExecuteAsync(connection, null, "DROP TABLE IF EXISTS import_rows", cancellationToken);
            try
            {
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                var tx = transaction.GetDbTransaction();
                using var reader = ImportReader.Open(path, fileName, DateOnly.FromDateTime(importedAt));
                var rows = await StageAsync(connection, tx, reader, cancellationToken);
                await FindDuplicatesAsync(connection, tx, reader.Problems, cancellationToken);
                if (rows == 0 && reader.Skipped == 0 && reader.Problems.Count == 0)
                {
                    reader.Problems.Add(2, null, "the file has a header and no rows: there is nothing to import");
                }
                if (reader.Problems.Count > 0 || reader.Format is not { } format)
                {
                    return ImportResult.Rejected(reader.Problems);
                }
                // From here to the commit, one writer at a time across every node: the counts must still hold at the merge.
                await StoreWriteLock.AcquireAsync(db.Database, TimeSpan.FromSeconds(wait), cancellationToken);

                string[] compared = format == ImportFormat.Native ? [.. s_compared, .. s_provenance] : s_compared;
                var differs = string.Join(" OR ", compared.Select(c => $"f.{Q(c)} IS DISTINCT FROM r.{Q(c)}"));
                var added = await CountAsync(connection, tx, $"SELECT COUNT(*) FROM import_rows r WHERE NOT EXISTS (SELECT 1 FROM \"Figures\" f WHERE {s_keyMatch})", cancellationToken);
                var changed = await CountAsync(connection, tx, $"SELECT COUNT(*) FROM import_rows r WHERE EXISTS (SELECT 1 FROM \"Figures\" f WHERE {s_keyMatch} AND ({differs}))", cancellationToken);
                var summary = new ImportSummary(fileName, sha256, format, dryRun, rows, added, changed, rows - added - changed,
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
                    Format = EnumNames<ImportFormat>.Name(format),
                    Added = added,
                    Changed = changed,
                    Unchanged = summary.Unchanged,
                    Skipped = summary.Skipped,
                    ImportedAt = importedAt,
                    ImportedBy = importedBy,
                };
                db.Imports.Add(import);
                await db.SaveChangesAsync(cancellationToken);

                var updated = s_columns.Except(s_key).Select(c => $"{Q(c)} = r.{Q(c)}").Append("\"ImportId\" = @import");
                await ExecuteAsync(connection, tx,
                    $"UPDATE \"Figures\" AS f SET {string.Join(", ", updated)} FROM import_rows AS r WHERE {s_keyMatch} AND ({differs})",
                    cancellationToken, import.Id);
                await ExecuteAsync(connection, tx,
                    $"INSERT INTO \"Figures\" ({s_columnList}, \"ImportId\") SELECT {string.Join(", ", s_columns.Select(c => "r." + Q(c)))}, @import "
                    + $"FROM import_rows AS r WHERE NOT EXISTS (SELECT 1 FROM \"Figures\" f WHERE {s_keyMatch}) ORDER BY r.\"Line\"",
                    cancellationToken, import.Id);
                await transaction.CommitAsync(cancellationToken);
                return new ImportResult(summary with { ImportId = import.Id }, 0, []);
            }
            finally
            {
                await ExecuteAsync(connection, null, "DROP TABLE IF EXISTS import_rows", CancellationToken.None);
            }
        }
        catch (Exception e) when (IsBusy(e))
        {
            return ImportResult.Waited($"another program is writing to the store and did not finish within {wait} s");
        }
        finally
        {
            _oneAtATime.Release();
        }
    }

    /// <summary>The store's write lock stayed taken: SQLite's busy or locked, PostgreSQL's lock timeout.</summary>
    private static bool IsBusy(Exception e) =>
        e is SqliteException { SqliteErrorCode: SQLitePCL.raw.SQLITE_BUSY or SQLitePCL.raw.SQLITE_LOCKED }
        || e is Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.LockNotAvailable };

    /// <summary>
    /// Reads the file row by row into the temporary table <c>import_rows</c>, which has the figures' own column types;
    /// returns the rows staged. SQLite: one prepared insert a row. PostgreSQL: one binary COPY for the whole file.
    /// </summary>
    private static async Task<int> StageAsync(DbConnection connection, DbTransaction tx, ImportReader reader, CancellationToken cancellationToken)
    {
        await ExecuteAsync(connection, tx, $"CREATE TEMP TABLE import_rows AS SELECT 0 AS \"Line\", {s_columnList} FROM \"Figures\" WHERE 1 = 0", cancellationToken);
        var rows = connection is NpgsqlConnection npgsql
            ? await CopyAsync(npgsql, reader, cancellationToken)
            : await InsertAsync((SqliteConnection)connection, (SqliteTransaction)tx, reader, cancellationToken);
        await ExecuteAsync(connection, tx, $"CREATE INDEX import_rows_key ON import_rows ({string.Join(", ", s_key.Select(Q))})", cancellationToken);
        if (connection is NpgsqlConnection)
        {
            // Autovacuum never sees a temporary table: without statistics the merge would be planned for an empty one.
            await ExecuteAsync(connection, tx, "ANALYZE import_rows", cancellationToken);
        }
        return rows;
    }

    private static async Task<int> InsertAsync(SqliteConnection connection, SqliteTransaction tx, ImportReader reader, CancellationToken cancellationToken)
    {
        await using var insert = connection.CreateCommand();
        insert.Transaction = tx;
        insert.CommandText = $"INSERT INTO import_rows (\"Line\", {s_columnList}) VALUES ($Line, {string.Join(", ", s_columns.Select(c => "$" + c))})";
        var line = insert.Parameters.Add("$Line", SqliteType.Integer);
        var parameters = s_columns.Select(c => insert.Parameters.Add("$" + c, SqliteType.Text)).ToArray();
        var rows = 0;
        foreach (var (number, figure) in reader.Rows())
        {
            cancellationToken.ThrowIfCancellationRequested();
            line.Value = number;
            var values = Values(figure);
            for (var i = 0; i < values.Length; i++)
            {
                // As SQLite keeps them (MineralTradeDbContext): money as REAL, dates as ISO text.
                (parameters[i].Value, parameters[i].SqliteType) = values[i] switch
                {
                    null => (DBNull.Value, SqliteType.Text),
                    int n => (n, SqliteType.Integer),
                    decimal d => ((double)d, SqliteType.Real),
                    DateOnly date => (date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), SqliteType.Text),
                    var text => (text, SqliteType.Text),
                };
            }
            await insert.ExecuteNonQueryAsync(cancellationToken);
            rows++;
        }
        return rows;
    }

    private static async Task<int> CopyAsync(NpgsqlConnection connection, ImportReader reader, CancellationToken cancellationToken)
    {
        await using var copy = await connection.BeginBinaryImportAsync($"COPY import_rows (\"Line\", {s_columnList}) FROM STDIN (FORMAT BINARY)", cancellationToken);
        var rows = 0;
        foreach (var (number, figure) in reader.Rows())
        {
            await copy.StartRowAsync(cancellationToken);
            await copy.WriteAsync((int)number, NpgsqlDbType.Integer, cancellationToken);
            foreach (var value in Values(figure))
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

    /// <summary>A figure's columns, in the order of <see cref="s_columns"/>: enums in their published spelling.</summary>
    private static object?[] Values(Figure f) =>
    [
        f.Reporter, f.Exporter, f.Importer, f.PeriodStart, f.PeriodEnd, EnumNames<PeriodKind>.Name(f.PeriodKind), f.HsCode, f.Product,
        f.Category, EnumNames<Stage>.Name(f.Stage), f.ValueUsd, f.Quantity, f.QuantityUnit,
        EnumNames<Qualifier>.Name(f.Qualifier), f.SourcePublisher, f.SourceDate, f.SourceUrl, EnumNames<SourceKind>.Name(f.SourceKind), f.Note,
    ];

    private static string Q(string column) => $"\"{column}\"";

    private static bool Nullable(string column) =>
        new NullabilityInfoContext().Create(typeof(Figure).GetProperty(column)!).ReadState == NullabilityState.Nullable
        || System.Nullable.GetUnderlyingType(typeof(Figure).GetProperty(column)!.PropertyType) is not null;

    /// <summary>The same figure twice in one file is a mistake in the file: each later line is reported against the first.</summary>
    private static async Task FindDuplicatesAsync(DbConnection connection, DbTransaction tx, ImportProblems problems, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = $"SELECT r.\"Line\", MIN(f.\"Line\") FROM import_rows r JOIN import_rows f ON {s_keyMatch} AND f.\"Line\" < r.\"Line\" GROUP BY r.\"Line\" ORDER BY r.\"Line\"";
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
