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
/// </summary>
public sealed class MirrorService(IDbContextFactory<MineralTradeDbContext> dbFactory)
{
    public const int DefaultPageSize = 100, MaxPageSize = 1000;

    public async Task<MirrorPage> GetPageAsync(FigureFilter filter, int page = 1, int pageSize = DefaultPageSize, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var comparisons = Comparisons(db, filter);
        var total = await comparisons.CountAsync(cancellationToken);
        if ((long)(page - 1) * pageSize >= total)
        {
            return new MirrorPage(total, page, pageSize, []);
        }
        var keys = await comparisons
            .OrderBy(k => k.HsCode).ThenBy(k => k.Exporter).ThenBy(k => k.Importer).ThenBy(k => k.PeriodEnd).ThenBy(k => k.PeriodStart)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .ToListAsync(cancellationToken);
        if (keys.Count == 0)
        {
            return new MirrorPage(total, page, pageSize, []);
        }
        // The page's figures: a superset read by its codes and months, then cut to its comparisons exactly.
        var codes = keys.Select(k => k.HsCode).Distinct().ToArray();
        var ends = keys.Select(k => k.PeriodEnd).Distinct().ToArray();
        var wanted = keys.Select(k => (k.Exporter, k.Importer, k.HsCode, k.PeriodStart, k.PeriodEnd)).ToHashSet();
        var figures = await Pairable(db, filter)
            .Where(f => codes.Contains(f.HsCode) && ends.Contains(f.PeriodEnd))
            .ToListAsync(cancellationToken);
        var pairs = MirrorRules.Pairs(figures.Where(f => wanted.Contains(MirrorRules.KeyOf(f))));
        return new MirrorPage(total, page, pageSize, [.. Ordered(pairs)]);
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

    /// <summary>The flows, codes and months that two or more named reporters give.</summary>
    private static IQueryable<ComparisonKey> Comparisons(MineralTradeDbContext db, FigureFilter filter) =>
        Pairable(db, filter)
            .GroupBy(f => new { f.HsCode, f.Exporter, f.Importer, f.PeriodEnd, f.PeriodStart })
            .Where(g => g.Select(f => f.Reporter).Distinct().Count() > 1)
            .Select(g => new ComparisonKey { HsCode = g.Key.HsCode, Exporter = g.Key.Exporter, Importer = g.Key.Importer, PeriodEnd = g.Key.PeriodEnd, PeriodStart = g.Key.PeriodStart });
}
