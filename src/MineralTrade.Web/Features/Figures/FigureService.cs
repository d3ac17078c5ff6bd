using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MineralTrade.Web.Data;
using MineralTrade.Web.Infrastructure;

namespace MineralTrade.Web.Features.Figures;

/// <summary>The queries behind the API and the pages: figures, like-for-like growth, and category totals.</summary>
public sealed class FigureService(IDbContextFactory<MineralTradeDbContext> dbFactory, IOptions<RequestLimitOptions> limits)
{
    /// <summary>The figures of <see cref="LoadAsync"/>, read from the database one by one (for extracts of any size).</summary>
    public async IAsyncEnumerable<Figure> StreamAsync(FigureFilter filter, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await foreach (var figure in Query(db, filter).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            yield return figure;
        }
    }

    /// <summary>
    /// Growth rates whose later period matches the filter; the earlier period is looked up whatever the year range,
    /// so <c>from=2025</c> still shows 2024 → 2025.
    /// </summary>
    public async Task<List<GrowthRate>> GetGrowthAsync(FigureFilter filter, CancellationToken cancellationToken = default)
    {
        var figures = await LoadAsync(filter with { From = null, To = null }, cancellationToken);
        return Comparisons.Growth(figures, f => filter.InYears(f.PeriodStart, f.PeriodEnd));
    }

    public async Task<List<CategoryTotal>> GetCategoryTotalsAsync(FigureFilter filter, CancellationToken cancellationToken = default)
    {
        var figures = await LoadAsync(filter, cancellationToken);
        return Comparisons.CategoryTotals(figures);
    }

    /// <summary>
    /// Every figure matching the filter, untracked (pages and comparisons work on the whole set), up to
    /// <see cref="RequestLimitOptions.MaxFiguresPerRequest"/>: past it, <see cref="TooManyFiguresException"/>.
    /// </summary>
    public async Task<List<Figure>> LoadAsync(FigureFilter filter, CancellationToken cancellationToken = default)
    {
        var max = limits.Value.MaxFiguresPerRequest;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var figures = await Query(db, filter).Take(max + 1).ToListAsync(cancellationToken);
        return figures.Count <= max ? figures : throw new TooManyFiguresException(max);
    }

    private static IQueryable<Figure> Query(MineralTradeDbContext db, FigureFilter filter) =>
        Where(db.Figures.AsNoTracking(), filter)
            .OrderByDescending(f => f.PeriodEnd)
            .ThenBy(f => f.PeriodStart)
            .ThenBy(f => f.Category)
            .ThenBy(f => f.HsCode)
            .ThenBy(f => f.Reporter)
            .ThenBy(f => f.Id);

    /// <summary>
    /// The codes asked for, and for <c>74*</c> every code inside as a range of the product index (never <c>LIKE</c>,
    /// which SQLite does not answer from an index): <c>HsCode IN (...) OR (HsCode &gt; '74' AND HsCode &lt; '75') OR ...</c>.
    /// </summary>
    private static Expression<Func<Figure, bool>> HsCondition(FigureFilter filter)
    {
        var f = Expression.Parameter(typeof(Figure), "f");
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
        return Expression.Lambda<Func<Figure, bool>>(condition, f);
    }

    private sealed record Holder<T>(T Value);

    /// <summary>The filter as SQL conditions, unordered: for queries that group or order figures their own way (mirror pairs).</summary>
    public static IQueryable<Figure> Where(IQueryable<Figure> query, FigureFilter filter)
    {
        if (filter.Categories.Count > 0)
        {
            var categories = filter.Categories.ToArray();
            query = query.Where(f => categories.Contains(f.Category));
        }
        if (filter.HsCodes.Count > 0 || filter.HsCodesWithInside.Count > 0)
        {
            query = query.Where(HsCondition(filter));
        }
        if (filter.Reporters.Count > 0)
        {
            var reporters = filter.Reporters.Select(r => r.ToUpperInvariant()).ToArray();
            query = query.Where(f => reporters.Contains(f.Reporter.ToUpper()));
        }
        if (filter.Exporter is { } exporter)
        {
            query = query.Where(f => f.Exporter == exporter);
        }
        if (filter.Importer is { } importer)
        {
            query = query.Where(f => f.Importer == importer);
        }
        if (filter.From is { } from)
        {
            var first = Period.Of(from, 1);
            query = query.Where(f => f.PeriodStart >= first);
        }
        if (filter.To is { } to)
        {
            var last = Period.Of(to, 12);
            query = query.Where(f => f.PeriodEnd <= last);
        }
        if (filter.Period is { } kind)
        {
            query = query.Where(f => f.PeriodKind == kind);
        }
        return query;
    }
}
