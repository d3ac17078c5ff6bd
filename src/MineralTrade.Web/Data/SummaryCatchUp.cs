using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using MineralTrade.Web.Data.Summaries;

namespace MineralTrade.Web.Data;

/// <summary>
/// The start-up step after the migrations and the seeding (<see cref="DatabaseStartup.MigrateDatabaseAsync"/>):
/// rebuilds summaries computed by older rules, and summarises the imports (the seed's included) that were stored
/// without them (docs/decisions/0090).
/// </summary>
public static class SummaryCatchUp
{
    public static async Task EnsureAsync(MineralTradeDbContext db, CancellationToken cancellationToken = default)
    {
        var state = await db.SummaryStates.AsNoTracking().SingleAsync(cancellationToken);
        var lastImport = await db.Imports.MaxAsync(i => (int?)i.Id, cancellationToken) ?? 0;
        if (state.Rules == SummaryRefresh.RulesVersion && state.ImportId >= lastImport)
        {
            return;
        }
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            if (db.Database.GetDbConnection() is SqliteConnection)
            {
                // Sorts and temporary tables of a million rows go to a file, not to memory (and not inside the transaction).
                await db.Database.ExecuteSqlRawAsync("PRAGMA temp_store = FILE;", cancellationToken);
            }
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            // Another node's import or rebuild may hold the store for minutes at a million figures: longer than a
            // command's timeout (30 s unless set), which would cut the wait short.
            var timeout = db.Database.GetCommandTimeout();
            db.Database.SetCommandTimeout(DatabaseStartup.MigrationWait);
            await StoreWriteLock.AcquireAsync(db.Database, DatabaseStartup.MigrationWait, cancellationToken);
            db.Database.SetCommandTimeout(timeout);
            // Another node may have summarised meanwhile.
            state = await db.SummaryStates.AsNoTracking().SingleAsync(cancellationToken);
            if (state.Rules == SummaryRefresh.RulesVersion && state.ImportId >= lastImport)
            {
                return;
            }
            await using var refresh = await SummaryRefresh.BeginAsync(db.Database.GetDbConnection(), transaction.GetDbTransaction(), cancellationToken);
            if (state.Rules != SummaryRefresh.RulesVersion)
            {
                refresh.TouchAll();
            }
            else
            {
                await refresh.TouchImportsAfterAsync(state.ImportId, cancellationToken);
            }
            await refresh.CompleteAsync(cancellationToken);
            // Pages cached under the previous version were computed from the summaries just replaced.
            await DataVersion.ChangeAsync(db.Database, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
