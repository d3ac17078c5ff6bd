using Microsoft.EntityFrameworkCore;
using MineralTrade.Web.Data;
using MineralTrade.Web.Features.Figures;

namespace MineralTrade.Web.Features.Imports;

/// <summary>The imports that changed the store, the seeding included: <c>GET /api/imports</c> and the pages' data history.</summary>
public sealed class ImportHistory(IDbContextFactory<MineralTradeDbContext> dbFactory)
{
    /// <summary>The history's keyset order, newest first (docs/decisions/0094's paging; the history grows with every import).</summary>
    public static readonly KeysetOrder<Import> Order = new KeysetOrder<Import>().By(i => i.Id, descending: true);

    /// <summary>One page, newest first, after the key <paramref name="after"/> (none: the first page).</summary>
    public async Task<Page<Import>> GetPageAsync(IReadOnlyList<object?> after, int limit, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await Order.PageAsync(db.Imports.AsNoTracking(), after, limit, cancellationToken);
    }

    /// <summary>How many imports the history holds.</summary>
    public async Task<int> CountAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Imports.CountAsync(cancellationToken);
    }
}
