using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using MineralTrade.Web.Data;

namespace MineralTrade.Web.Features.Figures;

/// <summary>A category's sum for one reporter, flow and period, with its share of the minerals beside it.</summary>
/// <param name="SharePercent">Share of the mineral categories' sum for the same reporter, flow and period (all goods and other goods left out).</param>
public sealed record CategoryTotal(
    string Category,
    string CategoryName,
    string Reporter,
    string Exporter,
    string Importer,
    string PeriodStart,
    string PeriodEnd,
    PeriodKind PeriodKind,
    string PeriodLabel,
    decimal? ValueUsd,
    DerivedQualifier Qualifier,
    decimal? SharePercent,
    IReadOnlyList<FigureRow> Components,
    IReadOnlyList<FigureRow> NamedWithoutValue);

/// <summary>The queries behind the API and the pages: figures, like-for-like growth, and category totals.</summary>
public sealed class FigureService(IDbContextFactory<MineralTradeDbContext> dbFactory)
{
    public async Task<List<FigureRow>> GetFiguresAsync(FigureFilter filter, CancellationToken cancellationToken = default)
    {
        var figures = await LoadAsync(filter, cancellationToken);
        return figures.ConvertAll(FigureRow.From);
    }

    /// <summary>The rows of <see cref="GetFiguresAsync"/>, read from the database one by one (for extracts of any size).</summary>
    public async IAsyncEnumerable<FigureRow> StreamFiguresAsync(FigureFilter filter, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await foreach (var figure in Query(db, filter).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            yield return FigureRow.From(figure);
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
        return CategoryTotals(figures);
    }

    public static List<CategoryTotal> CategoryTotals(IEnumerable<Figure> figures)
    {
        var totals = new List<CategoryTotal>();
        foreach (var flow in figures.GroupBy(f => (f.Reporter, f.Exporter, f.Importer, Publisher: Comparisons.UnstatedPublisher(f), f.PeriodStart, f.PeriodEnd)))
        {
            // A code inside another present code is left out across categories too: chapter 26 (ores, all of them)
            // is never added beside heading 2603 (copper ores) in the shares.
            var codes = flow.Where(f => f.ValueUsd is not null).Select(f => f.HsCode).Distinct().ToList();
            var sums = flow.Where(f => !codes.Any(outer => HsClassification.IsInside(f.HsCode, outer)))
                .GroupBy(f => f.Category).Select(g => (Category: HsClassification.CategoryOf(g.Key), Sum: Comparisons.Sum(g))).ToList();
            var minerals = sums.Where(s => s.Category != HsClassification.AllGoods && s.Category != HsClassification.Other).Sum(s => s.Sum.ValueUsd ?? 0m);
            foreach (var (category, sum) in sums)
            {
                var isMineral = category != HsClassification.AllGoods && category != HsClassification.Other;
                decimal? share = isMineral && sum.ValueUsd is { } v && minerals > 0 ? Math.Round(v / minerals * 100m, 1) : null;
                totals.Add(new CategoryTotal(
                    category.Id, category.Name, flow.Key.Reporter, flow.Key.Exporter, flow.Key.Importer,
                    Period.Format(flow.Key.PeriodStart), Period.Format(flow.Key.PeriodEnd), Period.KindOf(flow.Key.PeriodStart, flow.Key.PeriodEnd),
                    Period.Label(flow.Key.PeriodStart, flow.Key.PeriodEnd), sum.ValueUsd, sum.Qualifier, share,
                    sum.Components.Select(FigureRow.From).ToList(), sum.NamedWithoutValue.Select(FigureRow.From).ToList()));
            }
        }
        return [.. totals.OrderByDescending(t => t.PeriodEnd).ThenBy(t => t.Reporter).ThenByDescending(t => t.ValueUsd)];
    }

    /// <summary>Every figure matching the filter, untracked (pages and comparisons work on the whole set).</summary>
    public async Task<List<Figure>> LoadAsync(FigureFilter filter, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await Query(db, filter).ToListAsync(cancellationToken);
    }

    private static IQueryable<Figure> Query(MineralTradeDbContext db, FigureFilter filter)
    {
        var query = db.Figures.AsNoTracking();
        if (filter.Categories.Count > 0)
        {
            var categories = filter.Categories.ToArray();
            query = query.Where(f => categories.Contains(f.Category));
        }
        if (filter.HsCodes.Count > 0)
        {
            var codes = filter.HsCodes.ToArray();
            query = query.Where(f => codes.Contains(f.HsCode));
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
        return query
            .OrderByDescending(f => f.PeriodEnd)
            .ThenBy(f => f.PeriodStart)
            .ThenBy(f => f.Category)
            .ThenBy(f => f.HsCode)
            .ThenBy(f => f.Reporter)
            .ThenBy(f => f.Id);
    }
}
