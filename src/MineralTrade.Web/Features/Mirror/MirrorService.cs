using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using MineralTrade.Web.Data;
using MineralTrade.Web.Features.Figures;

namespace MineralTrade.Web.Features.Mirror;

/// <summary>One page of comparisons, and how many there are for the filter.</summary>
/// <param name="Total">Comparisons (a flow, HS code and months that two or more named reporters give) matching the filter.</param>
/// <param name="Pairs">The pairs of this page's comparisons: one per two reporters, so three reporters give three.</param>
/// <param name="Unpaired">The first comparisons of the filter left unpaired because their figures do not count the same
/// thing (goods against goods and services), with <paramref name="UnpairedTotal"/> the count of all of them.</param>
public sealed record MirrorPage(int Total, int Page, int PageSize, IReadOnlyList<MirrorPair> Pairs, int UnpairedTotal = 0, IReadOnlyList<UnpairedComparison>? Unpaired = null)
{
    public int Pages => Total == 0 ? 0 : (Total + PageSize - 1) / PageSize;

    /// <summary>Comparisons a page of /compare (and of its chart's CSV): each draws two bars, and 25 pairs of bars is what a screen can read.</summary>
    public const int ComparePageSize = 25;

    /// <summary>Past the last comparison an int can address there is no page: the bound keeps Skip's offset an int.</summary>
    public const int MaxPage = int.MaxValue / ComparePageSize;

    /// <summary>A page number as /compare reads it (none is the first), or the message naming <c>page</c>.</summary>
    public static bool TryParsePage(string? text, out int page, [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out string? error)
    {
        (page, error) = (1, null);
        if (text is not { Length: > 0 })
        {
            return true;
        }
        if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number) && number is >= 1 and <= MaxPage)
        {
            page = number;
            return true;
        }
        error = $"page: '{(text.Length > 40 ? text[..40] + "…" : text)}' is not a page number. Allowed: 1 to {MaxPage}.";
        return false;
    }
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

    /// <summary>Unpaired comparisons shown on a page: the first ones, and how many there are (docs/decisions/0097).</summary>
    public const int MaxUnpairedListed = 25;

    /// <summary>A numbered page of comparisons, for a page that shows "page n of N" (<c>/compare</c>).</summary>
    public async Task<MirrorPage> GetPageAsync(FigureFilter filter, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var total = await Comparisons(Pairable(db, filter)).CountAsync(cancellationToken);
        var (unpairedTotal, unpaired) = await UnpairedAsync(db, filter, MaxUnpairedListed, cancellationToken);
        if ((long)(page - 1) * pageSize >= total)
        {
            return new MirrorPage(total, page, pageSize, [], unpairedTotal, unpaired);
        }
        var keys = await Sorted(Comparisons(Pairable(db, filter))).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return new MirrorPage(total, page, pageSize, await PairsOfAsync(db, filter, keys, cancellationToken), unpairedTotal, unpaired);
    }

    /// <summary>How many comparisons of the filter are left unpaired because their figures count different things.</summary>
    public async Task<int> CountUnpairedAsync(FigureFilter filter, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await UnlikeComparisons(Named(db, filter)).CountAsync(cancellationToken);
    }

    /// <summary>The first <paramref name="max"/> comparisons left unpaired, in the page order, and the count of all.</summary>
    private static async Task<(int Total, IReadOnlyList<UnpairedComparison> First)> UnpairedAsync(MineralTradeDbContext db, FigureFilter filter, int max, CancellationToken cancellationToken)
    {
        var total = await UnlikeComparisons(Named(db, filter)).CountAsync(cancellationToken);
        if (total == 0)
        {
            return (0, []);
        }
        var keys = await ByMonths(UnlikeComparisons(Named(db, filter))).Take(max).ToListAsync(cancellationToken);
        return (total, MirrorRules.Unpaired(await FiguresOfAsync(Named(db, filter), keys, byCoverage: false, cancellationToken)));
    }

    /// <summary>The figures of the given comparisons: read as a superset by codes and months, then cut to them exactly.</summary>
    private static async Task<IEnumerable<Figure>> FiguresOfAsync(IQueryable<Figure> source, List<ComparisonKey> keys, bool byCoverage, CancellationToken cancellationToken)
    {
        var codes = keys.Select(k => k.HsCode).Distinct().ToArray();
        var ends = keys.Select(k => k.PeriodEnd).Distinct().ToArray();
        var wanted = keys.Select(k => ((k.Exporter, k.Importer, k.HsCode, k.PeriodStart, k.PeriodEnd), byCoverage ? k.Coverage : default)).ToHashSet();
        var figures = await source.Where(f => codes.Contains(f.HsCode) && ends.Contains(f.PeriodEnd)).ToListAsync(cancellationToken);
        return figures.Where(f => wanted.Contains((MirrorRules.KeyOf(f), byCoverage ? f.Coverage : default)));
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
        // A flow, code and months may be two comparisons (goods; goods and services): a page never ends between them, as
        // the cursor holds the flow, code and months only.
        var keys = await Sorted(Comparisons(pairable)).Take(limit + 2).ToListAsync(cancellationToken);
        var page = keys.Take(limit).ToList();
        if (keys.Count > limit && SameMonths(keys[limit], page[^1]))
        {
            page.Add(keys[limit]);
        }
        var next = keys.Count > page.Count ? Cursor.Write([page[^1].HsCode, page[^1].Exporter, page[^1].Importer, page[^1].PeriodEnd, page[^1].PeriodStart]) : null;
        return (total, new Page<MirrorPair>(await PairsOfAsync(db, filter, page, cancellationToken), next));
    }

    /// <summary>The pairs of the given comparisons.</summary>
    private static async Task<IReadOnlyList<MirrorPair>> PairsOfAsync(MineralTradeDbContext db, FigureFilter filter, List<ComparisonKey> keys, CancellationToken cancellationToken)
    {
        if (keys.Count == 0)
        {
            return [];
        }
        var pairs = MirrorRules.Pairs(await FiguresOfAsync(Pairable(db, filter), keys, byCoverage: true, cancellationToken));
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
            .ThenBy(f => f.Coverage).ThenBy(f => f.Reporter).ThenBy(f => f.Id);
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
        .ThenBy(p => p.PeriodEnd).ThenBy(p => p.PeriodStart).ThenBy(p => p.First.Coverage);

    /// <summary>Figures with a value and a named reporter (<see cref="MirrorRules.CanPair"/>), as SQL.</summary>
    private static IQueryable<Figure> Named(MineralTradeDbContext db, FigureFilter filter) =>
        FigureService.Where(db.Figures.AsNoTracking(), filter).Where(f => f.ValueUsd != null && f.Reporter != Codes.Unstated);

    /// <summary>The figures that can stand in a pair: named, and saying what they count (<see cref="MirrorRules.KnownCoverage"/>).</summary>
    private static IQueryable<Figure> Pairable(MineralTradeDbContext db, FigureFilter filter) =>
        Named(db, filter).Where(f => f.Coverage != Coverage.Unstated);

    // Init properties, not a positional record: EF Core maps a member initialisation back to columns when ordering.
    private sealed class ComparisonKey
    {
        public required string HsCode { get; init; }
        public required string Exporter { get; init; }
        public required string Importer { get; init; }
        public int PeriodEnd { get; init; }
        public int PeriodStart { get; init; }
        public Coverage Coverage { get; init; }
    }

    private static bool SameMonths(ComparisonKey a, ComparisonKey b) =>
        (a.HsCode, a.Exporter, a.Importer, a.PeriodEnd, a.PeriodStart) == (b.HsCode, b.Exporter, b.Importer, b.PeriodEnd, b.PeriodStart);

    private static IOrderedQueryable<ComparisonKey> ByMonths(IQueryable<ComparisonKey> keys) =>
        keys.OrderBy(k => k.HsCode).ThenBy(k => k.Exporter).ThenBy(k => k.Importer).ThenBy(k => k.PeriodEnd).ThenBy(k => k.PeriodStart);

    private static IQueryable<ComparisonKey> Sorted(IQueryable<ComparisonKey> keys) => ByMonths(keys).ThenBy(k => k.Coverage);

    /// <summary>The flows, codes, months and coverage of these figures that two or more named reporters give.</summary>
    private static IQueryable<ComparisonKey> Comparisons(IQueryable<Figure> pairable) =>
        pairable
            .GroupBy(f => new { f.HsCode, f.Exporter, f.Importer, f.PeriodEnd, f.PeriodStart, f.Coverage })
            .Where(g => g.Select(f => f.Reporter).Distinct().Count() > 1)
            .Select(g => new ComparisonKey { HsCode = g.Key.HsCode, Exporter = g.Key.Exporter, Importer = g.Key.Importer, PeriodEnd = g.Key.PeriodEnd, PeriodStart = g.Key.PeriodStart, Coverage = g.Key.Coverage });

    /// <summary>
    /// The flows, codes and months that two or more named reporters give in figures of more than one coverage, or of
    /// one a source leaves unstated: <see cref="MirrorRules.Unpaired"/> in SQL.
    /// </summary>
    private static IQueryable<ComparisonKey> UnlikeComparisons(IQueryable<Figure> named) =>
        named
            .GroupBy(f => new { f.HsCode, f.Exporter, f.Importer, f.PeriodEnd, f.PeriodStart })
            .Where(g => g.Select(f => f.Reporter).Distinct().Count() > 1
                && (g.Select(f => f.Coverage).Distinct().Count() > 1 || g.Count(f => f.Coverage == Coverage.Unstated) > 0))
            .Select(g => new ComparisonKey { HsCode = g.Key.HsCode, Exporter = g.Key.Exporter, Importer = g.Key.Importer, PeriodEnd = g.Key.PeriodEnd, PeriodStart = g.Key.PeriodStart });
}
