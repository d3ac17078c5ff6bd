using MineralTrade.Web.Features.Figures;
using MineralTrade.Web.Features.Targets;

namespace MineralTrade.Web.Features.Dashboard;

/// <summary>
/// The overview's arithmetic, free of the database and the page: which flow and year to show, which sum stands for a
/// category where sources compete, the processed share, and the growth the target needs.
/// </summary>
public static class OverviewBuilder
{
    /// <summary>Kinds of period that follow one another on a time axis (decision 0102); odd runs of months stay in the table.</summary>
    public static readonly IReadOnlySet<PeriodKind> SeriesKinds =
        new HashSet<PeriodKind> { PeriodKind.Annual, PeriodKind.FiscalYear, PeriodKind.HalfYear, PeriodKind.Quarter, PeriodKind.Month };

    public static OverviewModel Build(FigureFilter filter, IReadOnlyList<Figure> figures, IReadOnlyList<GrowthRate> growth, Target? target)
    {
        var flow = PrincipalFlow(figures, filter);
        var inFlow = flow is null ? [] : figures.Where(f => f.Exporter == flow.Exporter && f.Importer == flow.Importer).ToList();
        var charted = inFlow.Where(f => Charted(f.Category, filter)).ToList();
        // A view with no mineral figure (the State Bank's are all goods) charts what it holds rather than nothing.
        var chartsEverything = charted.Count == 0 && filter.Categories.Count == 0 && inFlow.Count > 0;
        if (chartsEverything)
        {
            charted = inFlow;
        }
        var latest = filter.Period is { } asked ? LatestPeriod(charted, asked) : LatestFullPeriod(charted);
        // Only the flow the page says it charts.
        var chartedGrowth = growth.Where(g => (chartsEverything || Charted(g.Current.Category, filter))
            && g.Current.Exporter == flow?.Exporter && g.Current.Importer == flow.Importer).ToList();
        var ranked = chartedGrowth.OrderByDescending(g => g.GrowthPercent).ToList();
        return new OverviewModel(
            filter.ToQueryString(),
            flow,
            [.. figures.Select(f => new Flow(f.Exporter, f.Importer)).Distinct().Where(f => f != flow).OrderBy(f => f.Label, StringComparer.Ordinal)],
            latest is { } l ? Period.Label(l.Start, l.End, charted.First(f => (f.PeriodStart, f.PeriodEnd) == l).Reporter) : null,
            latest is { } p ? Headlines(charted, chartedGrowth, p) : [],
            latest is { } p2 ? ByCategory(charted, p2) : [],
            ByYear(charted),
            ranked.Count > 2 * GrowthEnds ? [.. ranked.Take(GrowthEnds), .. ranked.TakeLast(GrowthEnds)] : ranked,
            ranked.Count,
            ValueAdded(charted),
            target is null ? null : Track(target, TargetFlow(target, figures, inFlow)),
            NamedWithoutValue(figures),
            figures,
            chartsEverything);
    }

    /// <summary>
    /// The latest full year, else the latest fiscal year, half year, quarter or month: a reporter that counts by fiscal
    /// year (the State Bank) still has a latest period.
    /// </summary>
    public static (int Start, int End)? LatestFullPeriod(IReadOnlyCollection<Figure> figures) =>
        new[] { PeriodKind.Annual, PeriodKind.FiscalYear, PeriodKind.HalfYear, PeriodKind.Quarter, PeriodKind.Month }
            .Select(kind => LatestPeriod(figures, kind))
            .FirstOrDefault(p => p is not null);

    /// <summary>
    /// Growth bars drawn at each end: an import can bring thousands of pairs, and a chart of thousands of bars helps
    /// nobody. The highest and the lowest are drawn; /api/growth has them all.
    /// </summary>
    public const int GrowthEnds = 20;

    /// <summary>Cards at most: the largest products of the latest period (a Comtrade import can bring thousands).</summary>
    public const int MaxHeadlines = 12;

    /// <summary>Mineral categories by default; all goods and other goods only when chosen (they are context, not minerals).</summary>
    public static bool Charted(string category, FigureFilter filter) =>
        filter.Categories.Count > 0 ? filter.Categories.Contains(category) : HsClassification.IsMineral(category);


    /// <summary>The filter's exporter and importer where it names them; else the flow most figures describe.</summary>
    public static Flow? PrincipalFlow(IEnumerable<Figure> figures, FigureFilter filter)
    {
        var flows = figures
            .Where(f => (filter.Exporter is null || f.Exporter == filter.Exporter) && (filter.Importer is null || f.Importer == filter.Importer))
            .GroupBy(f => new Flow(f.Exporter, f.Importer))
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key.Label, StringComparer.Ordinal)
            .Select(g => g.Key);
        return flows.FirstOrDefault();
    }

    /// <summary>
    /// The latest period of <paramref name="kind"/> with a value: the latest full year by default, the latest half
    /// year when the filter asks for half years.
    /// </summary>
    public static (int Start, int End)? LatestPeriod(IEnumerable<Figure> figures, PeriodKind kind) => figures
        .Where(f => f.PeriodKind == kind && f.ValueUsd is not null)
        .OrderByDescending(f => f.PeriodEnd).ThenByDescending(f => f.PeriodStart)
        .Select(f => ((int Start, int End)?)(f.PeriodStart, f.PeriodEnd))
        .FirstOrDefault();

    /// <summary>One card per product with a value in <paramref name="period"/>, largest first, with its like-for-like growth.</summary>
    public static List<Headline> Headlines(IEnumerable<Figure> figures, IReadOnlyList<GrowthRate> growth, (int Start, int End) period)
    {
        return Comparisons.PreferredPerPeriod(figures.Where(f => (f.PeriodStart, f.PeriodEnd) == period && f.ValueUsd is not null))
            .OrderByDescending(f => f.ValueUsd)
            .Take(MaxHeadlines)
            .Select(f =>
            {
                var rate = growth.FirstOrDefault(g => g.Current.Id == f.Id);
                return new Headline(
                    f.Product, f.HsCode, HsClassification.Label(f.Category, f.Stage), Period.Label(f.PeriodStart, f.PeriodEnd, f.Reporter), f.ValueUsd!.Value, Money.Usd(f.ValueUsd, f.Qualifier),
                    rate is null ? null : new CardGrowth(
                        rate.GrowthPercent, Money.Percent(rate.GrowthPercent, rate.Qualifier), rate.Flagged,
                        $"against {rate.PreviousPeriodLabel} ({Money.Usd(rate.Previous.ValueUsd, rate.Previous.Qualifier)}){(rate.FlagReason is null ? "" : "; " + rate.FlagReason)}"),
                    Provenance.Of(f), f.Note);
            })
            .ToList();
    }

    /// <summary>
    /// Each category's sum for <paramref name="period"/>; where reporters or sources compete, the one that is exact, then
    /// named (not <c>unstated</c>), then made of more figures.
    /// </summary>
    public static List<TotalPoint> ByCategory(IEnumerable<Figure> figures, (int Start, int End) period) =>
        [.. Totals(figures.Where(f => (f.PeriodStart, f.PeriodEnd) == period))
            .GroupBy(t => t.Category)
            .Select(Preferred)
            .OrderByDescending(t => t.ValueUsd)];

    /// <summary>One series per category and kind of period, one point per year: like periods only.</summary>
    public static List<YearSeries> ByYear(IEnumerable<Figure> figures) =>
        [.. Totals(figures.Where(f => SeriesKinds.Contains(f.PeriodKind)))
            .GroupBy(t => (t.Category, t.Shape))
            .Select(g => new YearSeries(
                g.Key.Category,
                $"{g.First().Point.CategoryName}, {g.Key.Shape}",
                [.. g.GroupBy(t => t.Point.Year).Select(Preferred).OrderBy(p => p.Year)]))
            .OrderBy(s => s.Name, StringComparer.Ordinal)];

    /// <summary>
    /// Per reporter, flow and period: processed stages (metal, articles, whole metal chapters) against raw ones (ores,
    /// concentrates, crude minerals), each added without counting anything twice; only where both have a value.
    /// Scrap and unclassified goods are in neither.
    /// </summary>
    public static List<ValueAddedPoint> ValueAdded(IEnumerable<Figure> figures)
    {
        var points = new List<ValueAddedPoint>();
        foreach (var period in figures.Where(f => HsClassification.IsMineral(f.Category)).GroupBy(f => (f.Reporter, Publisher: Comparisons.UnstatedPublisher(f), f.PeriodStart, f.PeriodEnd)))
        {
            var processed = Comparisons.Sum(period.Where(f => HsClassification.IsProcessed(f.Stage)));
            var raw = Comparisons.Sum(period.Where(f => f.Stage == Stage.Ore));
            if (processed.ValueUsd is not > 0 || raw.ValueUsd is not > 0)
            {
                continue;
            }
            var share = Math.Round(processed.ValueUsd.Value / (processed.ValueUsd.Value + raw.ValueUsd.Value) * 100m, 1, MidpointRounding.AwayFromZero);
            points.Add(new ValueAddedPoint(
                Period.Label(period.Key.PeriodStart, period.Key.PeriodEnd, period.Key.Reporter), period.Key.PeriodEnd, period.Key.Reporter,
                processed.ValueUsd.Value, Money.Usd(processed.ValueUsd, processed.Qualifier), raw.ValueUsd.Value, Money.Usd(raw.ValueUsd, raw.Qualifier),
                share, processed.Qualifier != DerivedQualifier.Exact || raw.Qualifier != DerivedQualifier.Exact,
                [.. processed.Components.Select(Part)], [.. raw.Components.Select(Part)]));
        }
        return [.. points.OrderBy(p => p.PeriodEnd).ThenBy(p => p.PeriodLabel, StringComparer.Ordinal).ThenBy(p => p.Reporter, StringComparer.Ordinal)];
    }

    /// <summary>
    /// The goal with the compound yearly growth it needs from the stated baseline, taken as the level of the last full
    /// year before it was said; and, beside it, the latest known sum of mineral categories for the figures' flow.
    /// </summary>
    public static TargetTrack Track(Target target, IEnumerable<Figure> flowFigures)
    {
        int? baseYear = target.BaselineSourceDate is { } said ? said.Year - 1 : null;
        decimal? Required(decimal goal) =>
            target.BaselineUsd is > 0 && baseYear is { } from && target.ByYear > from
                ? RequiredGrowthPercent(target.BaselineUsd.Value, goal, target.ByYear - from)
                : null;
        var known = KnownLevels(flowFigures);
        return new TargetTrack(
            target.Name, target.Scope, new Flow(target.Exporter, target.Importer), target.LowUsd, target.HighUsd, target.ByYear,
            target.BaselineUsd, target.BaselineStatement,
            target.BaselineSourcePublisher is null ? null : $"{target.BaselineSourcePublisher}{(target.BaselineSourceDate is { } d ? ", " + d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : "")}",
            target.BaselineSourceUrl, baseYear, Required(target.LowUsd), Required(target.HighUsd),
            target.SourcePublisher, target.SourceUrl, target.Note,
            known, known.Count == 0 ? null : flowFigures.Select(f => new Flow(f.Exporter, f.Importer)).First());
    }

    /// <summary>
    /// The figures of the flow the target counts (Pakistan to the world) where the view has a named reporter's mineral
    /// figures for it, such as a Comtrade import; else the charted flow, which the tracker then names as what it shows.
    /// </summary>
    public static List<Figure> TargetFlow(Target target, IEnumerable<Figure> figures, IReadOnlyList<Figure> chartedFlow)
    {
        var own = figures.Where(f => f.Exporter == target.Exporter && f.Importer == target.Importer).ToList();
        return KnownLevels(own).Count > 0 ? own : [.. chartedFlow];
    }

    /// <summary>Compound yearly growth, in percent to one decimal, that takes <paramref name="from"/> to <paramref name="to"/> in <paramref name="years"/>.</summary>
    public static decimal RequiredGrowthPercent(decimal from, decimal to, int years)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(from);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(years);
        var rate = Math.Pow((double)(to / from), 1.0 / years) - 1.0;
        return Math.Round((decimal)rate * 100m, 1, MidpointRounding.AwayFromZero);
    }

    /// <summary>
    /// The latest full year's sum of the mineral categories one named reporter gives (the one giving the most
    /// categories): a lower bound, since only products with a published value are in it. Earlier years are left out:
    /// their figures cover too few products for a sum to mean a level.
    /// </summary>
    public static List<TotalPoint> KnownLevels(IEnumerable<Figure> flowFigures)
    {
        var annual = flowFigures.Where(f => f.PeriodKind == PeriodKind.Annual && HsClassification.IsMineral(f.Category) && f.Reporter != Codes.Unstated && f.ValueUsd is not null).ToList();
        if (LatestPeriod(annual, PeriodKind.Annual) is not { } latest)
        {
            return [];
        }
        var totals = Comparisons.CategoryTotals(annual.Where(f => (f.PeriodStart, f.PeriodEnd) == latest))
            .GroupBy(t => t.Reporter)
            .OrderByDescending(r => r.Count())
            .ThenByDescending(r => r.Sum(t => t.ValueUsd ?? 0m))
            .First()
            .ToList();
        var value = totals.Sum(t => t.ValueUsd ?? 0m);
        // Never exact: products named without a value, and products not named, are missing from it.
        return
        [
            new TotalPoint(
                "minerals", "Mineral categories", latest.Start, latest.End, totals[0].PeriodLabel, Period.Year(latest.End), value, DerivedQualifier.AtLeast,
                Money.Usd(value, DerivedQualifier.AtLeast), totals[0].Reporter,
                string.Join("; ", totals.SelectMany(t => t.Components).Select(c => c.SourcePublisher).Distinct()),
                [.. totals.OrderByDescending(t => t.ValueUsd).Select(t => $"{t.Category.Name} {Money.Usd(t.ValueUsd, t.Qualifier)}")],
                [.. totals.SelectMany(t => t.Components).Select(c => c.HsCode)]),
        ];
    }

    public static List<NamedProduct> NamedWithoutValue(IEnumerable<Figure> figures) =>
        [.. figures.Where(f => f.ValueUsd is null)
            .OrderByDescending(f => f.PeriodEnd).ThenBy(f => f.HsCode, StringComparer.Ordinal)
            .Select(f => new NamedProduct(f.Product, f.HsCode, HsClassification.Label(f.Category, f.Stage), Period.Label(f.PeriodStart, f.PeriodEnd, f.Reporter), Provenance.Of(f)))];

    /// <summary>How a kind of period reads in a series name: <c>full years</c>, <c>H1</c>, <c>fiscal years (Jul–Jun)</c>.</summary>
    public static string Shape(int start, int end) => Period.KindOf(start, end) switch
    {
        PeriodKind.Annual => "full years",
        PeriodKind.FiscalYear => "fiscal years (Jul–Jun)",
        PeriodKind.HalfYear => Period.MonthOfYear(start) == 1 ? "H1" : "H2",
        PeriodKind.Quarter => $"Q{(Period.MonthOfYear(start) + 2) / 3}",
        _ => Period.Label(start, end),
    };

    private static string Part(Figure f) => $"{f.HsCode} {f.Product}: {Money.Usd(f.ValueUsd, f.Qualifier)}";

    private static IEnumerable<(string Category, string Shape, TotalPoint Point)> Totals(IEnumerable<Figure> figures) =>
        Comparisons.CategoryTotals(figures)
            .Where(t => t.ValueUsd is not null)
            .Select(t =>
            {
                var point = new TotalPoint(
                    t.Category.Id, t.Category.Name, t.PeriodStart, t.PeriodEnd, t.PeriodLabel, Period.Year(t.PeriodEnd), t.ValueUsd!.Value, t.Qualifier, Money.Usd(t.ValueUsd, t.Qualifier),
                    t.Reporter, string.Join("; ", t.Components.Select(c => c.SourcePublisher).Distinct()),
                    [.. t.Components.Select(Part)], [.. t.Components.Select(c => c.HsCode)]);
                return (t.Category.Id, Shape(t.PeriodStart, t.PeriodEnd), point);
            });

    // A sum that covers the others' codes wins first (74 + 2603 from one reporter over 2603 alone from another, chapter
    // 74 over heading 7403 inside it): an exact part never beats the whole. Among equals, the larger covers more.
    private static TotalPoint Preferred(IEnumerable<(string Category, string Shape, TotalPoint Point)> candidates)
    {
        var points = candidates.Select(c => c.Point).ToList();
        return points
        .OrderByDescending(p => points.Count(other => Covers(p, other)))
        .ThenBy(p => p.Qualifier switch { DerivedQualifier.Exact => 0, DerivedQualifier.Approximate => 1, _ => 2 })
        .ThenBy(p => p.Reporter == Codes.Unstated ? 1 : 0)
        .ThenByDescending(p => p.ValueUsd)
        .ThenBy(p => p.Reporter, StringComparer.Ordinal)
        .ThenBy(p => p.Sources, StringComparer.Ordinal)
        .First();
    }

    /// <summary>Whether every code of <paramref name="other"/> is one of <paramref name="point"/>'s codes or inside one.</summary>
    private static bool Covers(TotalPoint point, TotalPoint other) =>
        other.Codes.All(code => point.Codes.Any(mine => mine == code || HsClassification.IsInside(code, mine)));
}
