using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace MineralTrade.Web.Data;

/// <summary>
/// One writer at a time for the whole store, across every node: the seed and each import take this lock inside their
/// transaction, and the commit or rollback lets it go. On PostgreSQL it is a transaction-level advisory lock; SQLite
/// has a single writer per file already.
/// </summary>
public static class StoreWriteLock
{
    // Any number, the same on every node: the advisory lock's key.
    private const long Key = 7_202_611_280_001;

    public static void Acquire(DatabaseFacade database)
    {
        if (database.IsNpgsql())
        {
            database.ExecuteSql($"SELECT pg_advisory_xact_lock({Key})");
        }
    }

    public static async Task AcquireAsync(DatabaseFacade database, CancellationToken cancellationToken)
    {
        if (database.IsNpgsql())
        {
            await database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({Key})", cancellationToken);
        }
    }
}
