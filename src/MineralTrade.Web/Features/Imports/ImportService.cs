using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Options;
using MineralTrade.Web.Data;
using MineralTrade.Web.Features.Figures;

namespace MineralTrade.Web.Features.Imports;

/// <summary>
/// Loads a file into the store, all or nothing, in one transaction: every row is read, checked and staged in a
/// temporary table first; only a file without a single problem is then merged into the figures, set-based
/// (docs/decisions/0020-all-or-nothing-import.md). Memory stays flat whatever the file's size.
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

    private static readonly string s_keyMatch = string.Join(" AND ", s_key.Select(c => $"f.{c} IS r.{c}"));

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
            var connection = (SqliteConnection)db.Database.GetDbConnection();
            // SQLite's busy timeout (30 s by default): how long BEGIN IMMEDIATE waits for another process's writer.
            connection.DefaultTimeout = wait;
            // The staged rows go to a temporary file, not to memory, and go away with the connection's temp schema.
            await ExecuteAsync(connection, null, "PRAGMA temp_store = FILE; DROP TABLE IF EXISTS temp.import_rows;", cancellationToken);
            try
            {
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                var tx = (SqliteTransaction)transaction.GetDbTransaction();
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

                string[] compared = format == ImportFormat.Native ? [.. s_compared, .. s_provenance] : s_compared;
                var differs = string.Join(" OR ", compared.Select(c => $"f.{c} IS NOT r.{c}"));
                var added = await CountAsync(connection, tx, $"SELECT COUNT(*) FROM temp.import_rows r WHERE NOT EXISTS (SELECT 1 FROM Figures f WHERE {s_keyMatch})", cancellationToken);
                var changed = await CountAsync(connection, tx, $"SELECT COUNT(*) FROM temp.import_rows r WHERE EXISTS (SELECT 1 FROM Figures f WHERE {s_keyMatch} AND ({differs}))", cancellationToken);
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

                var updated = s_columns.Except(s_key).Select(c => $"{c} = r.{c}").Append("ImportId = $import");
                await ExecuteAsync(connection, tx,
                    $"UPDATE Figures AS f SET {string.Join(", ", updated)} FROM temp.import_rows AS r WHERE {s_keyMatch} AND ({differs})",
                    cancellationToken, import.Id);
                await ExecuteAsync(connection, tx,
                    $"INSERT INTO Figures ({string.Join(", ", s_columns)}, ImportId) SELECT {string.Join(", ", s_columns.Select(c => "r." + c))}, $import "
                    + $"FROM temp.import_rows AS r WHERE NOT EXISTS (SELECT 1 FROM Figures f WHERE {s_keyMatch}) ORDER BY r.Line",
                    cancellationToken, import.Id);
                await transaction.CommitAsync(cancellationToken);
                return new ImportResult(summary with { ImportId = import.Id }, 0, []);
            }
            finally
            {
                await ExecuteAsync(connection, null, "DROP TABLE IF EXISTS temp.import_rows;", CancellationToken.None);
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

    /// <summary>Reads the file row by row into <c>temp.import_rows</c> with one prepared statement; returns the rows staged.</summary>
    private static async Task<int> StageAsync(SqliteConnection connection, SqliteTransaction tx, ImportReader reader, CancellationToken cancellationToken)
    {
        await ExecuteAsync(connection, tx,
            $"CREATE TEMP TABLE import_rows (Line INTEGER NOT NULL, {string.Join(", ", s_columns)})", cancellationToken);
        await using var insert = connection.CreateCommand();
        insert.Transaction = tx;
        insert.CommandText = $"INSERT INTO temp.import_rows (Line, {string.Join(", ", s_columns)}) VALUES ($Line, {string.Join(", ", s_columns.Select(c => "$" + c))})";
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
                parameters[i].Value = values[i] ?? DBNull.Value;
                parameters[i].SqliteType = values[i] switch { int => SqliteType.Integer, double => SqliteType.Real, _ => SqliteType.Text };
            }
            await insert.ExecuteNonQueryAsync(cancellationToken);
            rows++;
        }
        await ExecuteAsync(connection, tx, $"CREATE INDEX temp.import_rows_key ON import_rows ({string.Join(", ", s_key)})", cancellationToken);
        return rows;
    }

    /// <summary>A figure's columns as the store keeps them (see the configurations in Data/Configurations).</summary>
    private static object?[] Values(Figure f) =>
    [
        f.Reporter, f.Exporter, f.Importer, f.PeriodStart, f.PeriodEnd, EnumNames<PeriodKind>.Name(f.PeriodKind), f.HsCode, f.Product,
        f.Category, EnumNames<Stage>.Name(f.Stage), (double?)f.ValueUsd, (double?)f.Quantity, f.QuantityUnit,
        EnumNames<Qualifier>.Name(f.Qualifier), f.SourcePublisher, f.SourceDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        f.SourceUrl, EnumNames<SourceKind>.Name(f.SourceKind), f.Note,
    ];

    /// <summary>The same figure twice in one file is a mistake in the file: each later line is reported against the first.</summary>
    private static async Task FindDuplicatesAsync(SqliteConnection connection, SqliteTransaction tx, ImportProblems problems, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = $"SELECT r.Line, MIN(f.Line) FROM temp.import_rows r JOIN temp.import_rows f ON {s_keyMatch} AND f.Line < r.Line GROUP BY r.Line ORDER BY r.Line";
        await using var duplicates = await command.ExecuteReaderAsync(cancellationToken);
        while (await duplicates.ReadAsync(cancellationToken))
        {
            problems.Add(duplicates.GetInt64(0), null,
                $"the same figure as line {duplicates.GetInt64(1)} (same reporter, exporter, importer, period, HS code and source)");
        }
    }

    private static async Task<int> CountAsync(SqliteConnection connection, SqliteTransaction tx, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    private static async Task ExecuteAsync(SqliteConnection connection, SqliteTransaction? tx, string sql, CancellationToken cancellationToken, int? importId = null)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        if (importId is { } id)
        {
            command.Parameters.AddWithValue("$import", id);
        }
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
