using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace MineralTrade.Web.Data;

/// <summary>
/// The store's data version: one row whose number changes in the same transaction as every change to what the store
/// holds (the context's SaveChanges changes it). A cache that a node keeps is keyed by it, so what one node writes is
/// what every node shows at its next read (docs/decisions/0071-several-nodes.md). Each change writes a new random
/// number, never the last one plus one: a restore brings an older number back, and a counter would give the next
/// change a number already used, under which caches still hold answers of data no longer stored (decision 0098).
/// </summary>
public sealed class DataVersion
{
    public const int SingleRow = 1;

    public int Id { get; set; }

    public long Value { get; set; }

    /// <summary>The current version: one row by its key, cheap enough for every page view.</summary>
    public static async Task<long> ReadAsync(IDbContextFactory<MineralTradeDbContext> dbFactory, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.DataVersions.Where(v => v.Id == SingleRow).Select(v => v.Value).SingleAsync(cancellationToken);
    }

    /// <summary>Gives the store a version never used before, in <paramref name="database"/>'s current transaction.</summary>
    public static Task ChangeAsync(DatabaseFacade database, CancellationToken cancellationToken = default) =>
        database.ExecuteSqlAsync($"UPDATE \"DataVersions\" SET \"Value\" = {NewValue()}", cancellationToken);

    /// <summary>A random positive 63-bit number: two changes, on any node, before or after any restore, do not meet.</summary>
    private static long NewValue() => BitConverter.ToInt64(RandomNumberGenerator.GetBytes(sizeof(long))) & long.MaxValue;
}
