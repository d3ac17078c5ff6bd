using System.Diagnostics;
using Microsoft.EntityFrameworkCore;

namespace MineralTrade.Web.Data;

/// <summary>
/// The store's <see cref="DataVersion"/> for caches that answer many requests a second (the API's output cache,
/// docs/decisions/0095): read from the database at most once per <see cref="MaxAge"/> per node; an import in this
/// process makes the next read fetch it at once.
/// </summary>
public sealed class StoreVersion(IDbContextFactory<MineralTradeDbContext> dbFactory)
{
    /// <summary>How long a node may serve the version it last read: after another node's import, at most this stale.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(1);

    private Snapshot? _snapshot;

    public async ValueTask<long> CurrentAsync(CancellationToken cancellationToken = default)
    {
        var now = Stopwatch.GetTimestamp();
        if (Volatile.Read(ref _snapshot) is { } last && Stopwatch.GetElapsedTime(last.ReadAt, now) < MaxAge)
        {
            return last.Version;
        }
        var version = await DataVersion.ReadAsync(dbFactory, cancellationToken);
        Volatile.Write(ref _snapshot, new Snapshot(version, now));
        return version;
    }

    /// <summary>The data changed in this process: the next read goes to the database.</summary>
    public void Changed() => Volatile.Write(ref _snapshot, null);

    private sealed record Snapshot(long Version, long ReadAt);
}
