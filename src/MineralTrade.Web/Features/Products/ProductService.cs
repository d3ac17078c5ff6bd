using Microsoft.EntityFrameworkCore;
using MineralTrade.Web.Data;
using MineralTrade.Web.Features.Figures;
using MineralTrade.Web.Features.Mirror;

namespace MineralTrade.Web.Features.Products;

/// <summary>The /products page: the tree, the flow its values are for, and each code's latest figures in that flow.</summary>
/// <param name="Latest">Per code, the latest period's figure of each reporter in <see cref="Flow"/> (one per reporter).</param>
public sealed record ProductIndex(HsTree Tree, Flow? Flow, IReadOnlyList<Flow> OtherFlows, IReadOnlyDictionary<string, IReadOnlyList<Figure>> Latest);

/// <summary>
/// The reads behind the product pages, each bounded by the product index (docs/decisions/0062-bounded-product-reads.md):
/// the tree groups the index by code and flow, a product page reads its own code's figures and the codes inside it as
/// one range of the index, never the whole table.
/// </summary>
public sealed class ProductService(IDbContextFactory<MineralTradeDbContext> dbFactory, HsNomenclature nomenclature)
{
    /// <summary>TOTAL's periods whose mineral shares a page computes: the latest ones, each a read of one month's minerals.</summary>
    public const int MaxSharePeriods = 12;

    /// <summary>Only the tree (codes, counts, wording): what the HS picker searches.</summary>
    public async Task<HsTree> GetTreeAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return HsTree.Build(await CodeCountsAsync(db.Figures, cancellationToken), nomenclature);
    }

    public async Task<ProductIndex> GetIndexAsync(string? exporter, string? importer, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var flows = await FlowCountsAsync(db.Figures, cancellationToken);
        var tree = HsTree.Build(await CodeCountsAsync(db.Figures, cancellationToken), nomenclature);
        var flow = ProductViewBuilder.PrincipalFlow(flows.Select(f => (f.Flow, f.Figures)), exporter, importer);
        var latest = new Dictionary<string, IReadOnlyList<Figure>>(StringComparer.Ordinal);
        if (flow is not null)
        {
            // Each code's last month in the flow, then its figures of that month: one index seek per code.
            var inFlow = db.Figures.Where(f => f.Exporter == flow.Exporter && f.Importer == flow.Importer);
            var lasts = inFlow.GroupBy(f => f.HsCode).Select(g => new { HsCode = g.Key, PeriodEnd = g.Max(f => f.PeriodEnd) });
            var figures = await inFlow.AsNoTracking()
                .Join(lasts, f => new { f.HsCode, f.PeriodEnd }, l => new { l.HsCode, l.PeriodEnd }, (f, _) => f)
                .ToListAsync(cancellationToken);
            foreach (var code in figures.GroupBy(f => f.HsCode))
            {
                latest[code.Key] = [.. LatestPerReporter(code)];
            }
        }
        return new ProductIndex(tree, flow, [.. flows.Select(f => f.Flow).Distinct().Where(f => f != flow)], latest);
    }

    /// <summary>
    /// The product page of <paramref name="code"/>, or null where the store holds no figure at it or inside it.
    /// <paramref name="exporter"/> and <paramref name="importer"/> choose the flow; by default the one most of its figures describe.
    /// </summary>
    public async Task<ProductView?> GetProductAsync(string code, string? exporter, string? importer, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var figures = db.Figures.AsNoTracking();
        var own = await figures.Where(f => f.HsCode == code).ToListAsync(cancellationToken);
        var inside = Inside(figures, code);
        var insideCounts = inside is null ? [] : await CodeCountsAsync(inside, cancellationToken);
        if (own.Count == 0 && insideCounts.Count == 0)
        {
            return null;
        }
        var tree = HsTree.Build([new CodeCount(code, own.Count, own.FirstOrDefault()?.Product), .. insideCounts], nomenclature);
        var node = tree.Find(code)!;

        var flows = own.GroupBy(f => new Flow(f.Exporter, f.Importer)).Select(g => (Flow: g.Key, Figures: g.Count())).ToList();
        if (flows.Count == 0 && inside is not null)
        {
            flows = await FlowCountsAsync(inside, cancellationToken);
        }
        var flow = ProductViewBuilder.PrincipalFlow(flows, exporter, importer);
        var ownInFlow = own.Where(f => ProductViewBuilder.InFlow(f, flow)).ToList();

        List<Figure> parent = [], allGoods = [], insideAt = [];
        PeriodSlot? reference = null;
        if (flow is not null)
        {
            var ends = ownInFlow.Select(f => f.PeriodEnd).Distinct().ToArray();
            if (HsLevels.ParentOf(code) is { } up)
            {
                parent = await InFlow(figures, flow).Where(f => f.HsCode == up && ends.Contains(f.PeriodEnd)).ToListAsync(cancellationToken);
            }
            if (code != HsClassification.Total)
            {
                allGoods = await InFlow(figures, flow).Where(f => f.HsCode == HsClassification.Total && ends.Contains(f.PeriodEnd)).ToListAsync(cancellationToken);
            }
            if (inside is not null)
            {
                reference = ProductViewBuilder.ReferencePeriod(ownInFlow, []);
                // An anonymous type, not a tuple: Npgsql reads a tuple's record only where told to.
                var latest = reference is { } known ? new { PeriodStart = known.Start, PeriodEnd = known.End }
                    : await InFlow(inside, flow).Where(f => f.ValueUsd != null)
                        .OrderByDescending(f => f.PeriodEnd).ThenBy(f => f.PeriodStart)
                        .Select(f => new { f.PeriodStart, f.PeriodEnd }).FirstOrDefaultAsync(cancellationToken);
                if (latest is { PeriodStart: var start, PeriodEnd: var end })
                {
                    insideAt = await InFlow(inside, flow).Where(f => f.PeriodEnd == end && f.PeriodStart == start).ToListAsync(cancellationToken);
                    // Named as the reporters of the codes inside count it, where the product itself has no figure.
                    reference ??= PeriodSlot.For(start, end, insideAt.Where(f => f.ValueUsd is not null).Select(f => f.Reporter));
                }
            }
        }

        var mineralShares = code == HsClassification.Total && flow is not null
            ? Shares.MineralsOfAllGoods([.. ownInFlow, .. await MineralsAtAsync(figures, flow, ownInFlow, cancellationToken)])
            : [];
        var growth = Comparisons.Growth(ownInFlow);
        return new ProductView(
            node,
            [.. HsLevels.AncestorsOf(code).Select(a => tree.Find(a)!)],
            flow,
            [.. flows.Select(f => f.Flow).Distinct().Where(f => f != flow).OrderBy(f => f.Label, StringComparer.Ordinal)],
            ProductViewBuilder.Charts(ownInFlow),
            ProductViewBuilder.Lines(ownInFlow, parent, allGoods),
            growth,
            VolumePriceSplit.Splits(growth),
            MirrorRules.Pairs(ownInFlow),
            MirrorRules.Unpaired(ownInFlow),
            ProductViewBuilder.Inside(node, reference, ownInFlow, insideAt),
            mineralShares,
            [.. own.OrderByDescending(f => f.PeriodEnd).ThenBy(f => f.PeriodStart).ThenBy(f => f.Reporter, StringComparer.Ordinal).ThenBy(f => f.Id)]);
    }

    /// <summary>The mineral figures of the latest all-goods periods in the flow, read by category and month (the category index).</summary>
    private static async Task<List<Figure>> MineralsAtAsync(IQueryable<Figure> figures, Flow flow, IEnumerable<Figure> totals, CancellationToken cancellationToken)
    {
        var ends = totals.Where(t => t.ValueUsd is not null).Select(t => t.PeriodEnd).Distinct().OrderDescending().Take(MaxSharePeriods).ToArray();
        var minerals = HsClassification.Categories.Select(c => c.Id).Where(HsClassification.IsMineral).ToArray();
        return await InFlow(figures, flow).Where(f => minerals.Contains(f.Category) && ends.Contains(f.PeriodEnd)).ToListAsync(cancellationToken);
    }

    /// <summary>The codes strictly inside <paramref name="code"/>, as a range of the index; null for all goods.</summary>
    private static IQueryable<Figure>? Inside(IQueryable<Figure> figures, string code) =>
        HsClassification.InsideRange(code) is var (after, before)
            ? figures.Where(f => string.Compare(f.HsCode, after) > 0 && string.Compare(f.HsCode, before) < 0)
            : null;

    private static IQueryable<Figure> InFlow(IQueryable<Figure> figures, Flow flow) =>
        figures.Where(f => f.Exporter == flow.Exporter && f.Importer == flow.Importer);

    /// <summary>Figures per code, with one product name each (for codes the curated table does not word): the index grouped, one seek per code for the name.</summary>
    private static async Task<List<CodeCount>> CodeCountsAsync(IQueryable<Figure> figures, CancellationToken cancellationToken)
    {
        var rows = await figures
            .GroupBy(f => f.HsCode)
            .Select(g => new
            {
                HsCode = g.Key,
                Count = g.Count(),
                Product = figures.Where(f => f.HsCode == g.Key).OrderBy(f => f.HsCode).Select(f => f.Product).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new CodeCount(r.HsCode, r.Count, r.Product))];
    }

    private static async Task<List<(Flow Flow, int Figures)>> FlowCountsAsync(IQueryable<Figure> figures, CancellationToken cancellationToken)
    {
        var rows = await figures.GroupBy(f => new { f.HsCode, f.Exporter, f.Importer }).Select(g => new { g.Key.Exporter, g.Key.Importer, Count = g.Count() }).ToListAsync(cancellationToken);
        return [.. rows.GroupBy(r => new Flow(r.Exporter, r.Importer)).Select(g => (g.Key, g.Sum(r => r.Count)))];
    }

    /// <summary>One figure per reporter: the longest run of months ending in the latest month, then the preferred source.</summary>
    private static IEnumerable<Figure> LatestPerReporter(IEnumerable<Figure> lastMonth) => lastMonth
        .Where(f => f.ValueUsd is not null || f.Qualifier == Qualifier.NamedWithoutValue)
        .GroupBy(f => (f.Reporter, Comparisons.UnstatedPublisher(f)))
        .Select(g => Comparisons.Preferred(g.Where(f => f.PeriodStart == g.Min(x => x.PeriodStart))))
        .OrderBy(f => f.Reporter, StringComparer.Ordinal);
}
