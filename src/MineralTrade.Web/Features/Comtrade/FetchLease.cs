using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using MineralTrade.Web.Data;

namespace MineralTrade.Web.Features.Comtrade;

/// <summary>
/// One fetch at a time, across processes and nodes: a lease in the store (one row, <c>FetchLeases</c>), taken with a
/// conditional UPDATE that only succeeds when it is free, expired, or held by a process of this machine that is gone
/// (a run killed with <c>kill -9</c> is resumed at once, not after the lease expires). The holder renews it before
/// every call; each period's own write still takes the store's write lock (docs/decisions/0120).
/// </summary>
public sealed class FetchLease : IAsyncDisposable
{
    // The leases this process holds now: another app in the same process (a second node in a test) is not "gone".
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> s_held = new();

    private readonly IDbContextFactory<MineralTradeDbContext> _dbFactory;
    private readonly TimeProvider _time;
    private readonly TimeSpan _length;

    private FetchLease(IDbContextFactory<MineralTradeDbContext> dbFactory, TimeProvider time, TimeSpan length, string holder)
    {
        (_dbFactory, _time, _length, Holder) = (dbFactory, time, length, holder);
    }

    public string Holder { get; }

    /// <summary>The lease, or who holds it (and until when) when another process does.</summary>
    public static async Task<(FetchLease? Lease, string? HeldBy)> TryTakeAsync(IDbContextFactory<MineralTradeDbContext> dbFactory, TimeProvider time,
        TimeSpan length, CancellationToken cancellationToken)
    {
        var lease = new FetchLease(dbFactory, time, length, $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}");
        if (await lease.RenewAsync(cancellationToken))
        {
            s_held[lease.Holder] = true;
            return (lease, null);
        }
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var row = await db.FetchLeases.AsNoTracking().SingleAsync(cancellationToken);
        if (row.Holder is { } stale && IsGoneFromThisMachine(stale))
        {
            // Its process ended without letting go: take it over, if no one else did meanwhile.
            var now = time.GetUtcNow().ToUnixTimeMilliseconds();
            var until = now + (long)length.TotalMilliseconds;
            var taken = await db.Database.ExecuteSqlAsync(
                $"UPDATE \"FetchLeases\" SET \"Holder\" = {lease.Holder}, \"UntilUnixMs\" = {until} WHERE \"Id\" = {FetchLeaseRow.SingleRow} AND \"Holder\" = {stale}",
                cancellationToken);
            if (taken == 1)
            {
                s_held[lease.Holder] = true;
                return (lease, null);
            }
        }
        var held = DateTimeOffset.FromUnixTimeMilliseconds(row.UntilUnixMs);
        return (null, $"{row.Holder?.Split(':')[0]} (process {row.Holder?.Split(':').ElementAtOrDefault(1)}) until {held:yyyy-MM-dd HH:mm:ss} UTC");
    }

    /// <summary>Extends the lease; false when it was lost (another process took it after it expired).</summary>
    public async Task<bool> RenewAsync(CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow().ToUnixTimeMilliseconds();
        var until = now + (long)_length.TotalMilliseconds;
        await using var db = await _dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Database.ExecuteSqlAsync(
            $"UPDATE \"FetchLeases\" SET \"Holder\" = {Holder}, \"UntilUnixMs\" = {until} WHERE \"Id\" = {FetchLeaseRow.SingleRow} AND (\"Holder\" IS NULL OR \"Holder\" = {Holder} OR \"UntilUnixMs\" < {now})",
            cancellationToken) == 1;
    }

    public async ValueTask DisposeAsync()
    {
        s_held.TryRemove(Holder, out _);
        await using var db = await _dbFactory.CreateDbContextAsync();
        await db.Database.ExecuteSqlAsync(
            $"UPDATE \"FetchLeases\" SET \"Holder\" = NULL, \"UntilUnixMs\" = 0 WHERE \"Id\" = {FetchLeaseRow.SingleRow} AND \"Holder\" = {Holder}");
    }

    private static bool IsGoneFromThisMachine(string holder)
    {
        var parts = holder.Split(':');
        if (parts.Length != 3 || parts[0] != Environment.MachineName || !int.TryParse(parts[1], out var pid))
        {
            return false;
        }
        if (pid == Environment.ProcessId)
        {
            // A run of this process that ended without letting go, unless it is one that holds it now.
            return !s_held.ContainsKey(holder);
        }
        try
        {
            using var process = Process.GetProcessById(pid);
            return process.HasExited;
        }
        catch (ArgumentException)
        {
            return true;
        }
    }
}
