using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MineralTrade.Web.Data;
using MineralTrade.Web.Data.Summaries;
using MineralTrade.Web.Infrastructure;

namespace MineralTrade.Web.Features.Figures;

/// <summary>
/// The queries behind the API and the pages: figures a page at a time, like-for-like growth and category totals read
/// from the summaries (docs/decisions/0090), and the CSV extract streamed from a data reader.
/// </summary>
public sealed class FigureService(IDbContextFactory<MineralTradeDbContext> dbFactory, IOptions<RequestLimitOptions> limits)
{
    /// <summary>Rows per page when the request does not say; at most <see cref="MaxLimit"/>.</summary>
    public const int DefaultLimit = 100, MaxLimit = 1000;

    /// <summary>One page of the figures matching the filter, in <paramref name="from"/>'s order, starting where it says.</summary>
    public async Task<Page<Figure>> GetFiguresAsync(FigureFilter filter, FigurePosition from, int limit, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var segments = from.Order.Segments;
        var items = new List<Figure>(limit);
        for (var s = from.Segment; s < segments.Count; s++)
        {
            var (where, order) = segments[s];
            var query = Filtered(db, filter);
            query = where is null ? query : query.Where(where);
            query = s == from.Segment && from.After.Count > 0 ? order.After(query, from.After) : query;
            var need = limit - items.Count;
            var rows = await order.Sort(query).Take(need + 1).ToListAsync(cancellationToken);
            if (rows.Count > need)
            {
                items.AddRange(rows.Take(need));
                return new(items, from.Order.CursorAfter(s, items[^1]));
            }
            items.AddRange(rows);
            if (items.Count == limit)
            {
                // Full at the end of a segment: a next page only if a later segment has rows.
                for (var later = s + 1; later < segments.Count; later++)
                {
                    if (segments[later].Where is { } w && await Filtered(db, filter).AnyAsync(w, cancellationToken))
                    {
                        return new(items, from.Order.CursorAfter(later, null));
                    }
                }
                return new(items, null);
            }
        }
        return new(items, null);
    }

    /// <summary>
    /// Every figure of the view as CSV, in the pages' order, from a data reader straight into the writer field by field
    /// (no row object, no entity): constant memory, and the first bytes leave at once (docs/decisions/0094).
    /// </summary>
    public async Task WriteCsvAsync(FigureFilter filter, FigureOrder order, Stream destination, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await db.Database.OpenConnectionAsync(cancellationToken);
        var sqlite = db.Database.GetDbConnection() is SqliteConnection;
        // The index hands rows out of the table's order, a page lookup each: SQLite's default 2 MB page cache made that
        // most of the extract's time (docs/performance.md, issue 21). A larger cache for this read, then the pooled
        // connection's own again.
        var cacheSize = sqlite ? await db.Database.SqlQueryRaw<long>("SELECT cache_size AS \"Value\" FROM pragma_cache_size()").ToListAsync(cancellationToken) : null;
        if (sqlite)
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA cache_size = -65536", cancellationToken);
        }
        try
        {
            await WriteCsvRowsAsync(db, filter, order, sqlite, destination, cancellationToken);
        }
        finally
        {
            if (cacheSize is [var size])
            {
                await using var restore = db.Database.GetDbConnection().CreateCommand();
                restore.CommandText = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"PRAGMA cache_size = {size}");
                await restore.ExecuteNonQueryAsync(CancellationToken.None);
            }
        }
    }

    private static Task WriteCsvRowsAsync(MineralTradeDbContext db, FigureFilter filter, FigureOrder order, bool sqlite, Stream destination,
        CancellationToken cancellationToken) =>
        FigureCsv.WriteAsync(destination, async (writer, ct) =>
        {
            // Each segment of the order in turn (by value: those with one, then those without), each through its index.
            foreach (var (where, keyset) in order.Segments)
            {
                var query = Filtered(db, filter);
                await using var command = keyset.Sort(where is null ? query : query.Where(where)).CreateDbCommand();
                // Not SequentialAccess: the columns are read by name, out of the SELECT's order (a row is small either way).
                await using var reader = await command.ExecuteReaderAsync(ct);
                await new FigureCsvRows(reader, sqlite).WriteAsync(writer, ct);
            }
        }, cancellationToken);

    /// <summary>How many figures match the filter, from the summaries' counts (or the HS code index).</summary>
    public async Task<int> CountAsync(FigureFilter filter, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return filter.HasCodes
            ? await Filtered(db, filter).CountAsync(cancellationToken)
            : await Totals(db, filter).SumAsync(t => t.Figures, cancellationToken);
    }

    /// <summary>
    /// One page of the growth rates whose later figure matches the filter, in the figures' order; the earlier figure is
    /// the pair's whatever the year range, so <c>from=2025</c> still shows 2024 → 2025.
    /// </summary>
    public async Task<Page<GrowthRate>> GetGrowthAsync(FigureFilter filter, FigurePosition from, int limit, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var order = FigureOrder.Default.Segments[0].Order;
        var currents = Filtered(db, filter).Where(f => db.GrowthPairs.Any(g => g.CurrentId == f.Id));
        currents = from.After.Count > 0 ? order.After(currents, from.After) : currents;
        var rows = await order.Sort(currents).Take(limit + 1).ToListAsync(cancellationToken);
        var page = rows.Take(limit).ToList();
        var rates = await RatesAsync(db, page, cancellationToken);
        return new(rates, rows.Count > limit ? FigureOrder.Default.CursorAfter(0, page[^1]) : null);
    }

    /// <summary>The growth rates of these later figures (each has a pair), in their order.</summary>
    public static async Task<List<GrowthRate>> RatesAsync(MineralTradeDbContext db, IReadOnlyList<Figure> currents, CancellationToken cancellationToken)
    {
        var ids = currents.Select(f => f.Id).ToArray();
        var pairs = await db.GrowthPairs.Where(g => ids.Contains(g.CurrentId)).ToDictionaryAsync(g => g.CurrentId, g => g.PreviousId, cancellationToken);
        var previousIds = pairs.Values.ToArray();
        var previous = await db.Figures.AsNoTracking().Where(f => previousIds.Contains(f.Id)).ToDictionaryAsync(f => f.Id, cancellationToken);
        return [.. currents.Where(f => pairs.ContainsKey(f.Id)).Select(f => Comparisons.Rate(f, previous[pairs[f.Id]]))];
    }

    /// <summary>The keyset order of <c>/api/totals</c>, the index <c>IX_GroupTotals_Listing</c>'s.</summary>
    public static readonly KeysetOrder<GroupTotal> TotalsOrder = new KeysetOrder<GroupTotal>()
        .By(t => t.PeriodEnd, descending: true).By(t => t.PeriodStart).By(t => t.Reporter).By(t => t.Exporter).By(t => t.Importer)
        .By(t => t.Publisher).By(t => t.Category);

    /// <summary>
    /// One page of category totals (docs/decisions/0093): each category's total within its group, as the summaries
    /// hold it; a category filter selects totals, never recomputes them. An HS code filter adds only the named codes
    /// (from their figures, through the HS code index), without a share: a hand-picked set of codes is not a group.
    /// </summary>
    public async Task<Page<CategoryTotal>> GetCategoryTotalsAsync(FigureFilter filter, IReadOnlyList<object?> after, int limit, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (filter.HasCodes)
        {
            var figures = await LoadAsync(db, filter, cancellationToken);
            var totals = Comparisons.CategoryTotals(figures).Select(t => t with { SharePercent = null });
            var keyed = totals.Select(t => (Total: t, Key: TotalsOrder.KeyOf(ToKey(t)))).ToList();
            var start = after.Count == 0 ? 0 : keyed.FindIndex(k => TotalsOrder.Compare(k.Key, after) > 0);
            var rest = start < 0 ? [] : keyed.Skip(start).ToList();
            return new([.. rest.Take(limit).Select(k => k.Total)], rest.Count > limit ? Cursor.Write(rest[limit - 1].Key) : null);
        }
        var page = await TotalsOrder.PageAsync(Totals(db, filter).Where(t => t.Basket != "" || t.NamedIds != ""), after, limit, cancellationToken);
        return new(await ToCategoryTotalsAsync(db, page.Items, cancellationToken), page.Next);
    }

    /// <summary>Stored totals as the rules' records, with their figures read by id.</summary>
    public static async Task<List<CategoryTotal>> ToCategoryTotalsAsync(MineralTradeDbContext db, IReadOnlyList<GroupTotal> rows, CancellationToken cancellationToken)
    {
        var componentIds = new Dictionary<int, string>();
        foreach (var chunk in rows.Where(t => t.Basket != "").Select(t => t.Id).Chunk(500))
        {
            foreach (var p in await db.GroupTotalParts.AsNoTracking().Where(p => chunk.Contains(p.TotalId)).Select(p => new { p.TotalId, p.ComponentIds }).ToListAsync(cancellationToken))
            {
                componentIds[p.TotalId] = p.ComponentIds;
            }
        }
        string ComponentIds(GroupTotal t) => t.Basket == "" ? "" : componentIds[t.Id];
        var ids = rows.SelectMany(t => Ids(ComponentIds(t)).Concat(Ids(t.NamedIds))).Distinct().ToArray();
        var figures = new Dictionary<int, Figure>();
        foreach (var chunk in ids.Chunk(500))
        {
            foreach (var f in await db.Figures.AsNoTracking().Where(f => chunk.Contains(f.Id)).ToListAsync(cancellationToken))
            {
                figures[f.Id] = f;
            }
        }
        var ordered = rows.ToList();
        ordered.Sort((a, b) => TotalsOrder.Compare(TotalsOrder.KeyOf(a), TotalsOrder.KeyOf(b)));
        return [.. ordered.Select(t => new CategoryTotal(
            HsClassification.CategoryOf(t.Category), t.Reporter, t.Exporter, t.Importer, t.Publisher, t.PeriodStart, t.PeriodEnd,
            t.ValueUsd, t.Qualifier, t.SharePercent, [.. Ids(ComponentIds(t)).Select(i => figures[i])], [.. Ids(t.NamedIds).Select(i => figures[i])]))];
    }

    /// <summary>
    /// Every figure matching the filter (the rules' input where no summary serves: an HS code view, the tests), up to
    /// <see cref="RequestLimitOptions.MaxFiguresPerRequest"/>: past it, <see cref="TooManyFiguresException"/>.
    /// </summary>
    public async Task<List<Figure>> LoadAsync(FigureFilter filter, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await LoadAsync(db, filter, cancellationToken);
    }

    private async Task<List<Figure>> LoadAsync(MineralTradeDbContext db, FigureFilter filter, CancellationToken cancellationToken)
    {
        var max = limits.Value.MaxFiguresPerRequest;
        var figures = await FigureOrder.Default.Segments[0].Order.Sort(Filtered(db, filter)).Take(max + 1).ToListAsync(cancellationToken);
        return figures.Count <= max ? figures : throw new TooManyFiguresException(max);
    }

    /// <summary>The stored totals of the groups the filter selects, of its categories (its HS codes aside).</summary>
    public static IQueryable<GroupTotal> Totals(MineralTradeDbContext db, FigureFilter filter) => WhereRows(db.GroupTotals.AsNoTracking(), filter);

    /// <summary>The figures the filter selects, untracked and unsorted.</summary>
    public static IQueryable<Figure> Filtered(MineralTradeDbContext db, FigureFilter filter) => Where(db.Figures.AsNoTracking(), filter);

    /// <summary>
    /// The codes asked for, and for <c>74*</c> every code inside as a range of the product index (never <c>LIKE</c>,
    /// which SQLite does not answer from an index): <c>HsCode IN (...) OR (HsCode &gt; '74' AND HsCode &lt; '75') OR ...</c>.
    /// </summary>
    private static Expression<Func<TRow, bool>> HsCondition<TRow>(FigureFilter filter)
    {
        var f = Expression.Parameter(typeof(TRow), "f");
        var code = Expression.Property(f, nameof(Figure.HsCode));
        // Values read from an object, not written into the tree: EF Core sends them as parameters, so one query plan
        // serves every code (a constant per code would compile, and cache, a query per address).
        Expression Value<T>(T value) => Expression.Property(Expression.Constant(new Holder<T>(value)), nameof(Holder<T>.Value));
        string[] exact = [.. filter.HsCodes.Concat(filter.HsCodesWithInside).Distinct()];
        Expression condition = Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(string)], Value(exact), code);
        var compare = typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!;
        foreach (var (after, before) in filter.HsCodesWithInside.Select(HsClassification.InsideRange).OfType<(string, string)>())
        {
            var inside = Expression.AndAlso(
                Expression.GreaterThan(Expression.Call(compare, code, Value(after)), Expression.Constant(0)),
                Expression.LessThan(Expression.Call(compare, code, Value(before)), Expression.Constant(0)));
            condition = Expression.OrElse(condition, inside);
        }
        return Expression.Lambda<Func<TRow, bool>>(condition, f);
    }

    private sealed record Holder<T>(T Value);

    /// <summary>The filter as SQL conditions, unordered: for queries that group or order figures their own way (mirror pairs).</summary>
    public static IQueryable<Figure> Where(IQueryable<Figure> query, FigureFilter filter) => WhereCoded(query, filter);

    /// <summary>The whole filter, HS codes included, on rows that have an <c>HsCode</c> column (figures, window sums).</summary>
    public static IQueryable<T> WhereCoded<T>(IQueryable<T> query, FigureFilter filter) where T : class, IFilteredRow =>
        WhereRows(filter.HasCodes ? query.Where(HsCondition<T>(filter)) : query, filter);

    /// <summary>
    /// The filter's conditions but its HS codes, on figures or on the summary rows made from them (group totals,
    /// growth pairs): the same columns, declared by <see cref="IFilteredRow"/>.
    /// </summary>
    public static IQueryable<T> WhereRows<T>(IQueryable<T> query, FigureFilter filter) where T : class, IFilteredRow
    {
        if (filter.Categories.Count > 0)
        {
            var categories = filter.Categories.ToArray();
            query = query.Where(r => categories.Contains(r.Category));
        }
        if (filter.Reporters.Count > 0)
        {
            // Stored reporters are canonical (Codes.CanonicalReporter): an exact match, which the indexes serve.
            var reporters = filter.Reporters.Select(Codes.CanonicalReporter).ToArray();
            query = query.Where(r => reporters.Contains(r.Reporter));
        }
        if (filter.Exporter is { } exporter)
        {
            query = query.Where(r => r.Exporter == exporter);
        }
        if (filter.Importer is { } importer)
        {
            query = query.Where(r => r.Importer == importer);
        }
        if (filter.From is { } from)
        {
            var first = Period.Of(from, 1);
            query = query.Where(r => r.PeriodStart >= first);
        }
        if (filter.To is { } to)
        {
            var last = Period.Of(to, 12);
            query = query.Where(r => r.PeriodEnd <= last);
        }
        if (filter.Period is { } kind)
        {
            query = query.Where(r => r.PeriodKind == kind);
        }
        return query;
    }

    private static IEnumerable<int> Ids(string list) =>
        list.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(i => int.Parse(i, System.Globalization.CultureInfo.InvariantCulture));

    private static GroupTotal ToKey(CategoryTotal t) => new()
    {
        Reporter = t.Reporter, Exporter = t.Exporter, Importer = t.Importer, Publisher = t.Publisher, PeriodStart = t.PeriodStart,
        PeriodEnd = t.PeriodEnd, Category = t.Category.Id, Basket = "", ListedIds = "", ListedParts = "", Publishers = "", NamedIds = "",
    };
}
