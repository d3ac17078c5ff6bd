using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using MineralTrade.Web.Data;
using MineralTrade.Web.Features.Figures;

namespace MineralTrade.Web.Features.Mirror;

/// <summary>One page of comparisons, and how many there are for the filter.</summary>
/// <param name="Total">Comparisons (a flow, HS code and months that two or more named reporters give) matching the filter.</param>
/// <param name="Pairs">The pairs of this page's comparisons: one per two reporters, so three reporters give three.</param>
public sealed record MirrorPage(int Total, int Page, int PageSize, IReadOnlyList<MirrorPair> Pairs)
{
    public int Pages => Total == 0 ? 0 : (Total + PageSize - 1) / PageSize;
}

/// <summary>
/// Mirror pairs from the store, read a page at a time: SQL finds the comparisons (grouping the product index, never
/// loading figures), then only the figures of one page's comparisons are read and paired by <see cref="MirrorRules"/>.
/// At most <see cref="FigureService.MaxLimit"/> comparisons a page.
/// </summary>
public sealed class MirrorService(IDbContextFactory<MineralTradeDbContext> dbFactory)
{
    /// <summary>
    /// The comparisons' order, that of <c>IX_Figures_Product</c>: the API pages through it by cursor (keyset, as the
    /// other lists: docs/decisions/0094), <c>/compare</c> by numbered pages of it.
    /// </summary>
    public static readonly KeysetOrder<Figure> Order = new KeysetOrder<Figure>()
        .By(f => f.HsCode).By(f => f.Exporter).By(f => f.Importer).By(f => f.PeriodEnd).By(f => f.PeriodStart);

    /// <summary>A numbered page of comparisons, for a page that shows "page n of N" (<c>/compare</c>).</summary>
    public async Task<MirrorPage> GetPageAsync(FigureFilter filter, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var total = await Comparisons(Pairable(db, filter)).CountAsync(cancellationToken);
        if ((long)(page - 1) * pageSize >= total)
        {
            return new MirrorPage(total, page, pageSize, []);
        }
        var keys = await Sorted(Comparisons(Pairable(db, filter))).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return new MirrorPage(total, page, pageSize, await PairsOfAsync(db, filter, keys, cancellationToken));
    }

    /// <summary>
    /// The comparisons after <paramref name="after"/> (a key of <see cref="Order"/>; none for the first), at most
    /// <paramref name="limit"/>, with the cursor of the next ones and how many the filter has in all.
    /// </summary>
    public async Task<(int Total, Page<MirrorPair> Page)> GetAfterAsync(FigureFilter filter, IReadOnlyList<object?> after, int limit, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var total = await Comparisons(Pairable(db, filter)).CountAsync(cancellationToken);
        var pairable = after.Count > 0 ? Order.After(Pairable(db, filter), after) : Pairable(db, filter);
        var keys = await Sorted(Comparisons(pairable)).Take(limit + 1).ToListAsync(cancellationToken);
        var page = keys.Take(limit).ToList();
        var next = keys.Count > limit ? Cursor.Write([page[^1].HsCode, page[^1].Exporter, page[^1].Importer, page[^1].PeriodEnd, page[^1].PeriodStart]) : null;
        return (total, new Page<MirrorPair>(await PairsOfAsync(db, filter, page, cancellationToken), next));
    }

    /// <summary>The pairs of the given comparisons: their figures read as a superset by codes and months, then cut to them exactly.</summary>
    private static async Task<IReadOnlyList<MirrorPair>> PairsOfAsync(MineralTradeDbContext db, FigureFilter filter, List<ComparisonKey> keys, CancellationToken cancellationToken)
    {
        if (keys.Count == 0)
        {
            return [];
        }
        var codes = keys.Select(k => k.HsCode).Distinct().ToArray();
        var ends = keys.Select(k => k.PeriodEnd).Distinct().ToArray();
        var wanted = keys.Select(k => (k.Exporter, k.Importer, k.HsCode, k.PeriodStart, k.PeriodEnd)).ToHashSet();
        var figures = await Pairable(db, filter)
            .Where(f => codes.Contains(f.HsCode) && ends.Contains(f.PeriodEnd))
            .ToListAsync(cancellationToken);
        var pairs = MirrorRules.Pairs(figures.Where(f => wanted.Contains(MirrorRules.KeyOf(f))));
        return [.. Ordered(pairs)];
    }

    /// <summary>
    /// Every pair of the filter, in the page order, read from the index's order one comparison at a time: for the CSV
    /// extract, whatever the size of the store, without holding more than one comparison's figures.
    /// </summary>
    public async IAsyncEnumerable<MirrorPair> StreamAsync(FigureFilter filter, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var ordered = Pairable(db, filter)
            .OrderBy(f => f.HsCode).ThenBy(f => f.Exporter).ThenBy(f => f.Importer).ThenBy(f => f.PeriodEnd).ThenBy(f => f.PeriodStart)
            .ThenBy(f => f.Reporter).ThenBy(f => f.Id);
        var group = new List<Figure>();
        await foreach (var figure in ordered.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            if (group.Count > 0 && MirrorRules.KeyOf(group[0]) != MirrorRules.KeyOf(figure))
            {
                foreach (var pair in MirrorRules.Pairs(group))
                {
                    yield return pair;
                }
                group.Clear();
            }
            group.Add(figure);
        }
        foreach (var pair in MirrorRules.Pairs(group))
        {
            yield return pair;
        }
    }

    private static IEnumerable<MirrorPair> Ordered(IEnumerable<MirrorPair> pairs) => pairs
        .OrderBy(p => p.HsCode, StringComparer.Ordinal).ThenBy(p => p.Exporter, StringComparer.Ordinal).ThenBy(p => p.Importer, StringComparer.Ordinal)
        .ThenBy(p => p.PeriodEnd).ThenBy(p => p.PeriodStart);

    /// <summary>The figures that can stand in a pair (<see cref="MirrorRules.CanPair"/>), as SQL.</summary>
    private static IQueryable<Figure> Pairable(MineralTradeDbContext db, FigureFilter filter) =>
        FigureService.Where(db.Figures.AsNoTracking(), filter).Where(f => f.ValueUsd != null && f.Reporter != Codes.Unstated);

    // Init properties, not a positional record: EF Core maps a member initialisation back to columns when ordering.
    private sealed class ComparisonKey
    {
        public required string HsCode { get; init; }
        public required string Exporter { get; init; }
        public required string Importer { get; init; }
        public int PeriodEnd { get; init; }
        public int PeriodStart { get; init; }
    }

    private static IQueryable<ComparisonKey> Sorted(IQueryable<ComparisonKey> keys) =>
        keys.OrderBy(k => k.HsCode).ThenBy(k => k.Exporter).ThenBy(k => k.Importer).ThenBy(k => k.PeriodEnd).ThenBy(k => k.PeriodStart);

    /// <summary>The flows, codes and months of these figures that two or more named reporters give.</summary>
    private static IQueryable<ComparisonKey> Comparisons(IQueryable<Figure> pairable) =>
        pairable
            .GroupBy(f => new { f.HsCode, f.Exporter, f.Importer, f.PeriodEnd, f.PeriodStart })
            .Where(g => g.Select(f => f.Reporter).Distinct().Count() > 1)
            .Select(g => new ComparisonKey { HsCode = g.Key.HsCode, Exporter = g.Key.Exporter, Importer = g.Key.Importer, PeriodEnd = g.Key.PeriodEnd, PeriodStart = g.Key.PeriodStart });
}
