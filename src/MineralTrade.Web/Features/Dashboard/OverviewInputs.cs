using MineralTrade.Web.Features.Figures;
using MineralTrade.Web.Features.Targets;

namespace MineralTrade.Web.Features.Dashboard;

/// <summary>
/// What the overview is built from: a few counts, totals and figures. <see cref="DashboardService"/> reads them from
/// the summaries; <see cref="FromFigures"/> computes them from figures by the rules, which is what the summaries are
/// tested against and what serves a view the summaries cannot (an HS code filter).
/// </summary>
/// <param name="Latest">The latest period of the kind the filter asks for (full years by default) with a charted total.</param>
/// <param name="Totals">The charted categories' totals in the charted flow: of the kinds of period that make series, and of <paramref name="Latest"/>.</param>
/// <param name="Headlines">The largest preferred figures of <paramref name="Latest"/>, largest first, at most <see cref="OverviewBuilder.MaxHeadlines"/>.</param>
/// <param name="HeadlineWindows">The year to date and 12 months of the headlines' series (docs/decisions/0066).</param>
/// <param name="Growth">The growth rates drawn: all of them, or the highest and lowest <see cref="OverviewBuilder.GrowthEnds"/>, highest first.</param>
/// <param name="TargetTotals">The totals the target tracker's known level is chosen from: the latest full year of named reporters' mineral totals.</param>
/// <param name="ChartsEverything">The charted flow holds no mineral figure in view (the State Bank's are all goods), so its charts show every category.</param>
/// <param name="Names">The products of the parts the page lists (<see cref="PartNames"/>).</param>
public sealed record OverviewInputs(
    int FigureCount,
    Flow? Flow,
    IReadOnlyList<Flow> OtherFlows,
    (int Start, int End)? Latest,
    IReadOnlyList<OverviewTotal> Totals,
    IReadOnlyList<Figure> Headlines,
    IReadOnlyList<GrowthRate> HeadlineGrowth,
    IReadOnlyList<Market.WindowRate> HeadlineWindows,
    IReadOnlyList<GrowthRate> Growth,
    int GrowthCount,
    IReadOnlyList<Figure> NamedWithoutValue,
    int NamedCount,
    Target? Target,
    IReadOnlyList<OverviewTotal> TargetTotals,
    Flow? TargetTotalsFlow,
    bool ChartsEverything,
    PartNames Names)
{
    /// <summary>
    /// <see cref="OverviewBuilder.TimeCharts"/> of <see cref="Totals"/> with <see cref="Names"/>, where it was made while
    /// the rest was read; else the build makes it.
    /// </summary>
    public (List<YearSeries> ByYear, ValueAdded ValueAdded)? TimeCharts { get; init; }

    /// <summary>
    /// The inputs computed from <paramref name="figures"/> by the rules: every figure of the store the filter could
    /// concern (the tests pass all of them; the HS code view passes those of its codes).
    /// </summary>
    public static OverviewInputs FromFigures(FigureFilter filter, IReadOnlyList<Figure> figures, Target? target)
    {
        var view = figures.Where(filter.Matches).ToList();
        var flow = OverviewBuilder.PrincipalFlow(view, filter);
        bool InFlow(string exporter, string importer) => flow is not null && exporter == flow.Exporter && importer == flow.Importer;
        var everything = OverviewBuilder.ChartsEverything(filter, view.Any(f => InFlow(f.Exporter, f.Importer)),
            view.Any(f => InFlow(f.Exporter, f.Importer) && HsClassification.IsMineral(f.Category)));
        var chartedCategories = OverviewBuilder.ChartedCategories(filter, everything);
        bool Charted(string category) => chartedCategories.Contains(category);
        // Totals are of whole groups, whatever the category filter (decision 0093); an HS code filter adds its codes only.
        var hs = filter.HasCodes;
        var totals = OverviewBuilder.TotalsOf(figures.Where(f => filter.InGroups(f) && (!hs || filter.InCodes(f))))
            .Where(t => Charted(t.Category.Id))
            .ToList();
        var inFlow = totals.Where(t => InFlow(t.Exporter, t.Importer)).ToList();
        var latest = OverviewBuilder.LatestFor(inFlow, filter.Period);
        var charted = view.Where(f => InFlow(f.Exporter, f.Importer) && Charted(f.Category)).ToList();
        // Growth pairs whatever the year range: the earlier period of a pair may lie before it.
        var rates = Comparisons.Growth(figures.Where(f => (filter with { From = null, To = null }).Matches(f)), f => filter.InYears(f.PeriodStart, f.PeriodEnd));
        var chartedRates = rates.Where(g => InFlow(g.Current.Exporter, g.Current.Importer) && Charted(g.Current.Category)).ToList();
        var headlines = latest is { } l
            ? Comparisons.PreferredPerPeriod(charted.Where(f => (f.PeriodStart, f.PeriodEnd) == l && f.ValueUsd is not null))
                .OrderByDescending(f => f.ValueUsd).ThenBy(f => f.Id).Take(OverviewBuilder.MaxHeadlines).ToList()
            : [];
        var named = view.Where(f => f.ValueUsd is null).ToList();
        var (targetTotals, targetFlow) = target is null ? ([], null) : KnownTotals(target, totals, flow);
        return new OverviewInputs(
            view.Count, flow, FlowsBesides(view.Select(f => new Flow(f.Exporter, f.Importer)), flow),
            latest,
            [.. inFlow.Where(t => OverviewBuilder.SeriesKinds.Contains(t.PeriodKind) || (t.PeriodStart, t.PeriodEnd) == latest)],
            headlines,
            [.. rates.Where(g => headlines.Any(h => h.Id == g.Current.Id))],
            [.. Market.WindowRate.OfFigures(figures.Where(f => headlines.Any(h => Comparisons.SeriesKey(h) == Comparisons.SeriesKey(f))))],
            OverviewBuilder.Ends(Comparisons.Highest(chartedRates).ToList()),
            chartedRates.Count,
            [.. OverviewBuilder.NamedOrder(named).Take(OverviewBuilder.MaxNamed)],
            named.Count,
            target,
            targetTotals,
            targetFlow,
            everything,
            PartNames.Of(figures));
    }

    /// <summary>Every flow in view but the charted one, by name.</summary>
    public static List<Flow> FlowsBesides(IEnumerable<Flow> flows, Flow? charted) =>
        [.. flows.Distinct().Where(f => f != charted).OrderBy(f => f.Label, StringComparer.Ordinal)];

    /// <summary>
    /// The totals the target tracker's known level is chosen from: of the flow the target counts (Pakistan to the
    /// world) where a named reporter gives mineral totals for it, else of the charted flow; the latest full year only.
    /// </summary>
    private static (List<OverviewTotal>, Flow?) KnownTotals(Target target, IReadOnlyList<OverviewTotal> totals, Flow? charted)
    {
        List<OverviewTotal> Latest(Flow? flow)
        {
            var candidates = totals.Where(t => flow is not null && t.Exporter == flow.Exporter && t.Importer == flow.Importer && OverviewBuilder.IsKnownLevel(t)).ToList();
            return OverviewBuilder.LatestPeriod(candidates, PeriodKind.Annual) is { } latest
                ? [.. candidates.Where(t => (t.PeriodStart, t.PeriodEnd) == latest)]
                : [];
        }
        var own = new Flow(target.Exporter, target.Importer);
        var ownTotals = Latest(own);
        return ownTotals.Count > 0 ? (ownTotals, own) : (Latest(charted), charted);
    }
}
