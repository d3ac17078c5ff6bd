using System.Data.Common;
using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace MineralTrade.Web.Data;

/// <summary>
/// How much of the store each SQLite connection keeps at hand for reading (docs/decisions/0073): its page cache
/// (<c>PRAGMA cache_size</c>) and how much of the file it reads through a memory map (<c>PRAGMA mmap_size</c>), set once
/// on each connection (a pooled connection keeps them).
/// </summary>
public sealed class SqliteReadCache(int cacheMiB, int mmapMiB) : DbConnectionInterceptor
{
    // The native connection outlives the SqliteConnection around it in the pool: one setting each.
    private readonly ConditionalWeakTable<object, object> _set = [];

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Set(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Set(connection);
        return Task.CompletedTask;
    }

    private void Set(DbConnection connection)
    {
        if (connection is SqliteConnection { Handle: { } handle } sqlite && !_set.TryGetValue(handle, out _))
        {
            using var command = sqlite.CreateCommand();
            // A negative cache_size is in KiB; mmap_size is in bytes.
            command.CommandText = string.Create(CultureInfo.InvariantCulture,
                $"PRAGMA cache_size = {-1024L * cacheMiB}; PRAGMA mmap_size = {(long)mmapMiB << 20};");
            command.ExecuteNonQuery();
            _set.AddOrUpdate(handle, handle);
        }
    }
}
