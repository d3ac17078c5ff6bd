using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MineralTrade.Web.Data;
using Npgsql;

namespace MineralTrade.Web.Features.Imports;

/// <summary>
/// Loads a file into the store, all or nothing, in one transaction (docs/decisions/0020-all-or-nothing-import.md): the
/// file is scanned (hash, encoding), then staged, checked and merged (<see cref="ImportMerge"/>). Memory stays flat
/// whatever the file's size. Imports of this process take turns here, and the store's write lock orders those of
/// several nodes (docs/decisions/0041, 0070). The seed file goes the same way at start-up, as the truth for its own
/// figures (docs/decisions/0042-seed-is-the-truth.md).
/// </summary>
public sealed class ImportService(IDbContextFactory<MineralTradeDbContext> dbFactory, IOptions<ImportOptions> options, ILogger<ImportService> logger)
{
    /// <summary>Who the seeding is in the history; the one importer whose file is the truth for its figures.</summary>
    public const string Seed = "seed";

    // The store takes one writer at a time: imports of this process queue here, for a bounded time (docs/decisions/0041).
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);

    public Task<ImportResult> ImportAsync(string path, string fileName, string importedBy, bool dryRun, CancellationToken cancellationToken = default) =>
        ImportAsync(path, fileName, ImportPart.By(importedBy), dryRun, cancellationToken);

    /// <summary>The same for a part of a larger load (<see cref="ImportPart"/>: a reporter-period the API fetch brings).</summary>
    public async Task<ImportResult> ImportAsync(string path, string fileName, ImportPart part, bool dryRun, CancellationToken cancellationToken = default)
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
            var outside = new StoreCommands(db.Database.GetDbConnection(), transaction: null);
            if (outside.Connection is SqliteConnection sqlite)
            {
                // SQLite's busy timeout (30 s by default): how long BEGIN IMMEDIATE waits for another process's writer.
                sqlite.DefaultTimeout = (int)wait.TotalSeconds;
                // The staged rows go to a temporary file, not to memory (a setting SQLite takes only outside a transaction).
                await outside.ExecuteAsync("PRAGMA temp_store = FILE", cancellationToken);
            }
            try
            {
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                var result = await ImportMerge.RunAsync(db, path, fileName, sha256, part, dryRun, wait, logger, cancellationToken);
                if (result.Summary is { DryRun: false } summary && (summary.ImportId is not null || part.BeforeCommit is not null))
                {
                    if (part.BeforeCommit is { } write)
                    {
                        await write(db, summary, cancellationToken);
                    }
                    await transaction.CommitAsync(cancellationToken);
                    if (outside.Connection is SqliteConnection)
                    {
                        // The import's writes into the database file, and the log emptied (docs/operations.md).
                        await SqliteJournal.CheckpointAsync(outside.Connection.ConnectionString, logger, CancellationToken.None);
                    }
                }
                return result;
            }
            finally
            {
                // After a failure too, once the transaction is gone (PostgreSQL refuses commands in a failed one).
                await outside.ExecuteAsync(ImportStaging.Drop, CancellationToken.None);
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
        return rejected ?? await ImportMerge.RunAsync(db, path, fileName, sha256, ImportPart.By(importedBy), dryRun: false, lockWait: null, NullLogger.Instance, cancellationToken);
    }

    private static async Task<(string Sha256, ImportResult? Rejected)> ScanAsync(string path, CancellationToken cancellationToken)
    {
        var encoding = new ImportProblems();
        var sha256 = await FileScan.Sha256AndEncodingAsync(path, encoding, cancellationToken);
        return (sha256, encoding.Count > 0 ? ImportResult.Rejected(encoding) : null);
    }

    /// <summary>The store's write lock stayed taken: SQLite's busy or locked, PostgreSQL's lock timeout.</summary>
    private static bool IsBusy(Exception e) =>
        e is SqliteException { SqliteErrorCode: SQLitePCL.raw.SQLITE_BUSY or SQLitePCL.raw.SQLITE_LOCKED }
        || e is PostgresException { SqlState: PostgresErrorCodes.LockNotAvailable };
}
