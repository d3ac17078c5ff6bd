using Microsoft.EntityFrameworkCore;

namespace MineralTrade.Web.Data;

/// <summary>
/// The store's data version: one row whose number goes up in the same transaction as every change to what the store
/// holds (the context's SaveChanges bumps it). A cache that a node keeps is keyed by it, so what one node writes is
/// what every node shows at its next read (docs/decisions/0071-several-nodes.md).
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
}
