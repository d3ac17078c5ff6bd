using MineralTrade.Web.Features.Figures;
using MineralTrade.Web.Features.Mirror;

namespace MineralTrade.Web.Features.Products;

/// <summary>One reporter's line on a chart of one kind of period: a point per slot, or none where it gave no figure.</summary>
/// <param name="Name">The reporter code (an unstated reporter numbered per publisher): no imported text, since chart legends are HTML.</param>
public sealed record ReporterSeries(string Name, string Reporter, string? Publisher, IReadOnlyList<Figure?> Points);

/// <summary>A chart of one kind of period for one flow: like periods only, one series per reporter.</summary>
public sealed record SeriesChart(PeriodKind Kind, IReadOnlyList<PeriodSlot> Slots, IReadOnlyList<ReporterSeries> Series, int OlderLeftOut)
{
    /// <summary><c>Full years</c>, <c>Fiscal years (July–June)</c>... in the page's language.</summary>
    public string Title => ProductText.ChartTitle(Kind);

    /// <summary><c>1 full year</c>, <c>20 quarters</c>.</summary>
    public string Count(int n) => ProductText.Periods(Kind, n);
}

/// <summary>A figure of the product with what can be derived from it alone or with figures of the same basis.</summary>
public sealed record FigureLine(Figure Figure, UnitValue? UnitValue, Share? OfParent, Share? OfAllGoods)
{
    public string PeriodLabel => Period.Label(Figure.PeriodStart, Figure.PeriodEnd, Figure.Reporter);
}

/// <summary>A code inside the product, with its value for the reference period per reporter and its share of the product.</summary>
public sealed record InsideRow(HsNode Node, IReadOnlyList<InsideCell> Cells);

/// <param name="Sum">The code's own figure, or the sum of the codes inside it, for the reporter and period; null where none.</param>
public sealed record InsideCell(string Reporter, FigureSum? Sum, Share? Share);

/// <summary>The codes one level inside the product, for one period of one flow.</summary>
public sealed record InsideTable(PeriodSlot Period, IReadOnlyList<string> Reporters, IReadOnlyList<InsideRow> Rows, bool ParentHasFigures);

/// <summary>Everything a product page shows for one code and one flow.</summary>
/// <param name="Ancestors">The codes above, outermost first, for the path up the tree.</param>
/// <param name="Lines">The product's own figures in the flow, latest first, each with its unit value and shares.</param>
/// <param name="Unpaired">Months two reporters give that are not paired, because their figures count different things.</param>
/// <param name="Rows">Every figure of the code itself, all flows: what Download CSV gives.</param>
public sealed record ProductView(
    HsNode Node,
    IReadOnlyList<HsNode> Ancestors,
    Flow? Flow,
    IReadOnlyList<Flow> OtherFlows,
    IReadOnlyList<SeriesChart> Charts,
    IReadOnlyList<FigureLine> Lines,
    IReadOnlyList<GrowthRate> Growth,
    IReadOnlyList<VolumePriceSplit> Splits,
    IReadOnlyList<MirrorPair> Pairs,
    IReadOnlyList<UnpairedComparison> Unpaired,
    InsideTable? Inside,
    IReadOnlyList<Share> MineralShares,
    IReadOnlyList<Figure> Rows)
{
    public bool HasQuantities => Lines.Any(l => l.Figure.Quantity is not null);
}

/// <summary>The product page's arithmetic, free of the database: series per reporter, shares, growth, pairs.</summary>
public static class ProductViewBuilder
{
    /// <summary>The flow the filter names, else the one most of the figures describe (ties: alphabetical).</summary>
    public static Flow? PrincipalFlow(IEnumerable<(Flow Flow, int Figures)> flows, string? exporter, string? importer) => flows
        .Where(f => (exporter is null || f.Flow.Exporter == exporter) && (importer is null || f.Flow.Importer == importer))
        .GroupBy(f => f.Flow)
        .Select(g => (g.Key, Count: g.Sum(f => f.Figures)))
        .OrderByDescending(f => f.Count)
        .ThenBy(f => f.Key.Label, StringComparer.Ordinal)
        .Select(f => f.Key)
        .FirstOrDefault();

    public static bool InFlow(Figure f, Flow? flow) => flow is not null && f.Exporter == flow.Exporter && f.Importer == flow.Importer;

    /// <summary>One chart per kind of period present, one series per reporter (per publisher where the reporter is unstated).</summary>
    public static List<SeriesChart> Charts(IReadOnlyCollection<Figure> inFlow)
    {
        var charts = new List<SeriesChart>();
        foreach (var kind in PeriodAxis.Charted)
        {
            var figures = inFlow.Where(f => f.PeriodKind == kind && f.ValueUsd is not null).ToList();
            if (figures.Count == 0)
            {
                continue;
            }
            var slots = PeriodAxis.Slots(kind, figures.Select(f => f.PeriodStart), [.. figures.Select(f => f.Reporter).Distinct()]);
            var index = slots.Select((s, i) => (s.Start, i)).ToDictionary(p => p.Start, p => p.i);
            var unstated = 0;
            var series = Comparisons.PreferredPerPeriod(figures)
                // One line counts one thing: the State Bank's goods-and-services months never join its other totals.
                .GroupBy(f => (f.Reporter, Publisher: Comparisons.UnstatedPublisher(f), f.Coverage))
                .OrderBy(g => g.Key.Reporter == Codes.Unstated ? 1 : 0).ThenBy(g => g.Key.Reporter, StringComparer.Ordinal).ThenBy(g => g.Key.Publisher, StringComparer.Ordinal).ThenBy(g => g.Key.Coverage)
                .Select(g =>
                {
                    var points = new Figure?[slots.Count];
                    foreach (var f in g.Where(f => index.ContainsKey(f.PeriodStart)))
                    {
                        points[index[f.PeriodStart]] = f;
                    }
                    // Numbered, never named after the publisher (imported text stays out of series names); in words, not the code "unstated".
                    var name = Coverages.Named(g.Key.Reporter == Codes.Unstated ? ProductText.UnstatedSeries(++unstated) : g.Key.Reporter, g.Key.Coverage);
                    return new ReporterSeries(name, g.Key.Reporter, g.Key.Publisher is { Length: > 0 } p ? p : null, points);
                })
                .Where(s => s.Points.Any(p => p is not null))
                .ToList();
            var older = figures.Select(f => f.PeriodStart).Distinct().Count(s => !index.ContainsKey(s));
            charts.Add(new SeriesChart(kind, slots, series, older));
        }
        return charts;
    }

    /// <summary>Each figure with its unit value, its share of the code one level up and of all goods, each of the same basis.</summary>
    public static List<FigureLine> Lines(IEnumerable<Figure> own, IReadOnlyCollection<Figure> parent, IReadOnlyCollection<Figure> allGoods)
    {
        Share? ShareOf(Figure f, IEnumerable<Figure> wholes) =>
            Comparisons.PreferredPerPeriod(wholes.Where(w => w.ValueUsd is not null && Shares.SameBasis(w, f))).FirstOrDefault() is { } whole
                ? Shares.Of([f], whole)
                : null;
        return own
            .OrderByDescending(f => f.PeriodEnd).ThenBy(f => f.PeriodStart).ThenBy(f => f.Reporter, StringComparer.Ordinal).ThenBy(f => f.Id)
            .Select(f => new FigureLine(f, UnitValue.Of(f), ShareOf(f, parent), f.HsCode == HsClassification.Total ? null : ShareOf(f, allGoods)))
            .ToList();
    }

    /// <summary>
    /// The period the codes inside are shown for: the latest the product itself has a figure for in the flow, else the
    /// latest any code inside has. The longest run of months first where several end in the same month.
    /// </summary>
    public static PeriodSlot? ReferencePeriod(IEnumerable<Figure> own, IEnumerable<Figure> inside)
    {
        var valued = (own.Any(f => f.ValueUsd is not null) ? own : inside).Where(f => f.ValueUsd is not null).ToList();
        return valued.OrderByDescending(f => f.PeriodEnd).ThenBy(f => f.PeriodStart).FirstOrDefault() is { } latest
            ? PeriodSlot.For(latest.PeriodStart, latest.PeriodEnd, valued.Where(f => f.PeriodStart == latest.PeriodStart && f.PeriodEnd == latest.PeriodEnd).Select(f => f.Reporter))
            : null;
    }

    /// <summary>
    /// The codes one level inside <paramref name="node"/>, each with its value per reporter for <paramref name="period"/>
    /// (its own figure, or what the codes inside it add up to without counting any twice) and its share of the
    /// product's own figure of the same reporter, flow and months.
    /// </summary>
    public static InsideTable? Inside(HsNode node, PeriodSlot? period, IReadOnlyCollection<Figure> ownAtPeriod, IReadOnlyCollection<Figure> insideAtPeriod)
    {
        if (period is null || node.Children.Count == 0)
        {
            return null;
        }
        var at = insideAtPeriod.Where(f => f.PeriodStart == period.Start && f.PeriodEnd == period.End && f.ValueUsd is not null).ToList();
        var parents = Comparisons.PreferredPerPeriod(ownAtPeriod.Where(f => f.PeriodStart == period.Start && f.PeriodEnd == period.End && f.ValueUsd is not null && f.Reporter != Codes.Unstated)).ToList();
        var reporters = at.Select(f => f.Reporter).Concat(parents.Select(p => p.Reporter)).Where(r => r != Codes.Unstated)
            .Distinct().Order(StringComparer.Ordinal).ToList();
        var rows = node.Children.Select(child =>
        {
            var subtree = at.Where(f => f.HsCode == child.Code || HsClassification.IsInside(f.HsCode, child.Code)).ToList();
            return new InsideRow(child, reporters.Select(r =>
            {
                var mine = subtree.Where(f => f.Reporter == r).ToList();
                var sum = mine.Count == 0 ? null : Comparisons.Sum(mine);
                var whole = parents.FirstOrDefault(p => p.Reporter == r);
                return new InsideCell(r, sum, whole is null || sum is null ? null : Shares.Of(mine, whole));
            }).ToList());
        }).ToList();
        return new InsideTable(period, reporters, rows, parents.Count > 0);
    }
}
