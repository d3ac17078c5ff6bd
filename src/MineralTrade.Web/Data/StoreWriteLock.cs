using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace MineralTrade.Web.Data;

/// <summary>
/// One writer at a time for the whole store, across every node: the seed and each import take this lock inside their
/// transaction, and the commit or rollback lets it go; migrations hold it from start to end. On PostgreSQL it is an
/// advisory lock; SQLite has a single writer per file already.
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

    /// <summary>
    /// Waits at most <paramref name="wait"/> for another node's writer: past it PostgreSQL raises lock_not_available
    /// (55P03), which an import answers as a busy store (try again later).
    /// </summary>
    public static async Task AcquireAsync(DatabaseFacade database, TimeSpan wait, CancellationToken cancellationToken)
    {
        if (database.IsNpgsql())
        {
            // SET LOCAL lock_timeout, as a function: SET takes no parameters.
            var milliseconds = ((long)wait.TotalMilliseconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
            await database.ExecuteSqlAsync($"SELECT set_config('lock_timeout', {milliseconds}, true)", cancellationToken);
            await database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({Key})", cancellationToken);
        }
    }

    /// <summary>
    /// Holds the lock outside any transaction until disposed, on the context's connection (opened here and kept open):
    /// for migrations, which run in transactions of their own. Waits at most <paramref name="wait"/> for another node's
    /// migrations and seed, which on a busy machine take longer than a command's timeout (30 s unless set).
    /// </summary>
    public static async Task<IAsyncDisposable> HoldAsync(DatabaseFacade database, TimeSpan wait, CancellationToken cancellationToken = default)
    {
        if (!database.IsNpgsql())
        {
            return NotHeld.Instance;
        }
        await database.OpenConnectionAsync(cancellationToken);
        var timeout = database.GetCommandTimeout();
        database.SetCommandTimeout(wait);
        try
        {
            await database.ExecuteSqlAsync($"SELECT pg_advisory_lock({Key})", cancellationToken);
        }
        catch (Npgsql.NpgsqlException e) when (e.InnerException is TimeoutException)
        {
            await database.CloseConnectionAsync();
            throw new TimeoutException($"Another node held the store's write lock (migrating or importing) for more than {wait.TotalSeconds:0} s.", e);
        }
        finally
        {
            database.SetCommandTimeout(timeout);
        }
        return new Held(database);
    }

    private sealed class Held(DatabaseFacade database) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await database.ExecuteSqlAsync($"SELECT pg_advisory_unlock({Key})");
            await database.CloseConnectionAsync();
        }
    }

    private sealed class NotHeld : IAsyncDisposable
    {
        public static readonly NotHeld Instance = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
