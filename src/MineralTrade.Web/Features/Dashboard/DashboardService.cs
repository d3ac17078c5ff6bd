using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using MineralTrade.Web.Data;
using MineralTrade.Web.Data.Summaries;
using MineralTrade.Web.Features.Figures;
using MineralTrade.Web.Features.Imports;

namespace MineralTrade.Web.Features.Dashboard;

/// <summary>What the filter controls offer: every value in the store, not only the filtered ones.</summary>
public sealed record FilterChoices(
    IReadOnlyList<Category> Categories, IReadOnlyList<string> Reporters, IReadOnlyList<string> Exporters, IReadOnlyList<string> Importers,
    int? FirstYear, int? LastYear);

/// <summary>The About page's facts: when the data last changed and the latest loads that changed it.</summary>
/// <param name="LastChange">The latest import that added or changed a figure (a re-import that changed nothing is not a change).</param>
/// <param name="Imports">The latest <see cref="DashboardService.HistoryShown"/> imports, newest first.</param>
/// <param name="ImportCount">How many imports the whole history holds.</param>
public sealed record DataHistory(Import? LastChange, IReadOnlyList<Import> Imports, int ImportCount, IReadOnlyList<ReporterCount> Reporters);

/// <summary>One reporter's figures in the store and how recent they are.</summary>
/// <param name="LatestPeriod">The period reaching furthest (the longest of those ending last), labelled as the reporter counts.</param>
/// <param name="LatestPublished">The latest publication date of its figures, where sources give one.</param>
public sealed record ReporterCount(string Reporter, int Figures, string LatestPeriod, DateOnly? LatestPublished);

/// <summary>
/// The dashboard's reads: one short-lived context each, from the summaries (docs/decisions/0090), the arithmetic left
/// to <see cref="OverviewBuilder"/>. No read scans the store: counts and totals come from the summary tables, rows
/// from indexes, a period or a page at a time. A list of ids is sent as one parameter (<c>EF.Parameter</c>): EF Core
/// 10 sends one parameter per id by default, and made the SQL of each such read again on every request (issue 21:
/// a tenth of what the overview allocated at 297k figures).
/// </summary>
public sealed class DashboardService(IDbContextFactory<MineralTradeDbContext> dbFactory, FigureService figures, ImportHistory importHistory)
{
    public async Task<OverviewModel> GetOverviewAsync(FigureFilter filter, CancellationToken cancellationToken = default)
    {
        var inputs = await GetInputsAsync(filter, cancellationToken);
        var model = OverviewBuilder.Build(filter, inputs);
        if (inputs.Names.Asked.Count == 0)
        {
            return model;
        }
        // The summaries keep each part's code and value, not its product: the build said which it lists (at most six a
        // list), so only those are read, by id; the lists' texts are made when the page reads them, with these names.
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var names = new Dictionary<int, string>();
        foreach (var chunk in inputs.Names.Asked.Chunk(500))
        {
            foreach (var f in await db.Figures.AsNoTracking().Where(f => EF.Parameter(chunk).Contains(f.Id)).Select(f => new { f.Id, f.Product }).ToListAsync(cancellationToken))
            {
                names[f.Id] = f.Product;
            }
        }
        inputs.Names.Fill(names);
        return model;
    }

    /// <summary>What the overview is built from, read from the summaries; with an HS code filter, from those codes' figures by the rules.</summary>
    public async Task<OverviewInputs> GetInputsAsync(FigureFilter filter, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var target = await db.Targets.AsNoTracking().OrderBy(t => t.Id).FirstOrDefaultAsync(cancellationToken);
        if (filter.HasCodes)
        {
            // The HS code index bounds this: the named codes' figures, whatever the years (growth looks a year back).
            var inputs = OverviewInputs.FromFigures(filter, await figures.LoadAsync(filter with { From = null, To = null }, cancellationToken), target);
            // The cards' year to date and 12 months are of every month of their series, whatever the view's kind of period.
            return inputs with { HeadlineWindows = await Market.WindowGrowthService.OfSeriesAsync(db, inputs.Headlines, cancellationToken) };
        }

        var flows = await FigureService.Totals(db, filter)
            .GroupBy(t => new { t.Exporter, t.Importer })
            .Select(g => new { g.Key.Exporter, g.Key.Importer, Figures = g.Sum(t => t.Figures) })
            .ToListAsync(cancellationToken);
        var flow = flows
            .Select(f => (Flow: new Flow(f.Exporter, f.Importer), f.Figures))
            .OrderByDescending(f => f.Figures).ThenBy(f => f.Flow.Label, StringComparer.Ordinal)
            .Select(f => f.Flow).FirstOrDefault();
        var minerals = HsClassification.Categories.Select(c => c.Id).Where(HsClassification.IsMineral).ToArray();
        var everything = OverviewBuilder.ChartsEverything(filter, flowHasFigures: flow is not null, flowHasMinerals: flow is not null
            && await FigureService.Totals(db, filter with { Categories = minerals }).AnyAsync(t => t.Exporter == flow.Exporter && t.Importer == flow.Importer, cancellationToken));
        var charted = OverviewBuilder.ChartedCategories(filter, everything).ToArray();
        var inFlow = InFlow(db, filter with { Categories = charted }, flow);

        // The latest period of the kind asked for, else of the first kind that has one (OverviewBuilder.LatestFor).
        (int Start, int End)? latestPeriod = null;
        foreach (var kind in filter.Period is { } asked ? [asked] : OverviewBuilder.LatestKinds)
        {
            var found = await inFlow.Where(t => t.PeriodKind == kind && t.ValueUsd != null)
                .OrderByDescending(t => t.PeriodEnd).ThenByDescending(t => t.PeriodStart)
                .Select(t => new { t.PeriodStart, t.PeriodEnd }).FirstOrDefaultAsync(cancellationToken);
            if (found is not null)
            {
                latestPeriod = (found.PeriodStart, found.PeriodEnd);
                break;
            }
        }
        // The charts' totals, and what By year and Value added make of them, on a connection and a thread of their own
        // while the cards, growth rates and the rest are read here: neither needs the other (issue 21: at 297k figures
        // the charts' side took ~40 ms of a request, the rest ~20; the seed's a few ms each).
        var charts = Task.Run(() => ChartsAsync(filter with { Categories = charted }, flow, latestPeriod, cancellationToken), cancellationToken);

        List<Figure> headlines = [];
        if (latestPeriod is { } latest && flow is not null)
        {
            var chosen = await HeadlineChoice.ChooseAsync(FigureService.Filtered(db, filter with { Categories = charted })
                .Where(f => f.Exporter == flow.Exporter && f.Importer == flow.Importer && f.PeriodStart == latest.Start && f.PeriodEnd == latest.End && f.ValueUsd != null),
                cancellationToken);
            var whole = await db.Figures.AsNoTracking().Where(f => EF.Parameter(chosen).Contains(f.Id)).ToDictionaryAsync(f => f.Id, cancellationToken);
            headlines = [.. chosen.Select(id => whole[id])];
        }

        var (growth, growthCount) = flow is null ? ([], 0) : await GrowthEndsAsync(db, filter, flow, charted, cancellationToken);
        var named = FigureService.Filtered(db, filter).Where(f => f.ValueUsd == null);
        var (targetTotals, targetFlow) = target is null ? ([], null) : await KnownTotalsAsync(db, filter with { Categories = charted }, target, flow, cancellationToken);
        var rates = await FigureService.RatesAsync(db, headlines, cancellationToken);
        var windows = await Market.WindowGrowthService.OfSeriesAsync(db, headlines, cancellationToken);
        var namedShown = await named.OrderByDescending(f => f.PeriodEnd).ThenBy(f => f.HsCode).ThenBy(f => f.Id).Take(OverviewBuilder.MaxNamed).ToListAsync(cancellationToken);
        var namedCount = await named.CountAsync(cancellationToken);
        var (totals, timeCharts, names) = await charts;
        return new OverviewInputs(
            flows.Sum(f => f.Figures),
            flow,
            OverviewInputs.FlowsBesides(flows.Select(f => new Flow(f.Exporter, f.Importer)), flow),
            latestPeriod,
            totals,
            headlines,
            rates,
            windows,
            growth,
            growthCount,
            namedShown,
            namedCount,
            target,
            targetTotals,
            targetFlow,
            everything,
            names)
        {
            TimeCharts = timeCharts,
        };
    }

    /// <summary>The charted categories' totals of the charted flow (none without one).</summary>
    private static IQueryable<GroupTotal> InFlow(MineralTradeDbContext db, FigureFilter charted, Flow? flow)
    {
        var groups = FigureService.Totals(db, charted).Where(t => t.Basket != "" || t.NamedIds != "");
        return flow is null ? groups.Where(t => false) : groups.Where(t => t.Exporter == flow.Exporter && t.Importer == flow.Importer);
    }

    /// <summary>
    /// The totals the charts draw, with Value added's parts, and By year and Value added made of them (<see
    /// cref="OverviewBuilder.TimeCharts"/>) with the names they list, on a context of their own.
    /// </summary>
    private async Task<(List<OverviewTotal> Totals, (List<YearSeries>, ValueAdded) TimeCharts, PartNames Names)> ChartsAsync(
        FigureFilter charted, Flow? flow, (int Start, int End)? latest, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var inFlow = InFlow(db, charted, flow);
        // The latest periods of each series kind only (OverviewBuilder.Recent): the first period end drawn, per kind,
        // from the flow's period ends, then the totals of every kind in one read (issue 21: a read of its own per kind
        // cost ~70 KB a request each at 297k, nine of ten returning a row or none).
        var endsOfKind = (await inFlow.Select(t => new { t.PeriodKind, t.PeriodEnd }).Distinct().ToListAsync(cancellationToken))
            .ToLookup(e => e.PeriodKind, e => e.PeriodEnd);
        var read = await Drawn(inFlow.Where(InSeries(OverviewBuilder.SeriesKinds.ToDictionary(k => k, k => endsOfKind[k].Any()
            ? endsOfKind[k].OrderDescending().Skip(OverviewBuilder.MaxPeriods(k) - 1).Select(e => (int?)e).FirstOrDefault() ?? int.MinValue
            : int.MaxValue)))).ToListAsync(cancellationToken);
        // The cards' period, where it is older than the periods drawn (or of another kind).
        if (latest is { } cards && !read.Any(t => t.PeriodStart == cards.Start && t.PeriodEnd == cards.End))
        {
            read.AddRange(await Drawn(inFlow.Where(t => t.PeriodStart == cards.Start && t.PeriodEnd == cards.End)).ToListAsync(cancellationToken));
        }
        var totals = await WithValueAddedPartsAsync(db, Ordered(read), read, cancellationToken);
        // Value added and By year at once as well, each on a thread (at 297k figures ~17 and ~6 ms a request).
        var names = new PartNames(new Dictionary<int, string>());
        var recent = OverviewBuilder.Recent(totals);
        var valueAdded = Task.Run(() => OverviewBuilder.ValueAdded(recent, names), cancellationToken);
        var byYear = OverviewBuilder.ByYear(recent, names);
        return (totals, (byYear, await valueAdded), names);
    }

    /// <summary>
    /// The totals of a series kind ending at or after that kind's first period drawn: <c>(PeriodKind = 'Annual' AND
    /// PeriodEnd &gt;= @p0) OR ...</c>, every series kind each time (a kind absent from the flow starts at
    /// <see cref="int.MaxValue"/>), so that one SQL serves every request.
    /// </summary>
    private static Expression<Func<GroupTotal, bool>> InSeries(Dictionary<PeriodKind, int> firstEnd)
    {
        var t = Expression.Parameter(typeof(GroupTotal), "t");
        Expression? any = null;
        foreach (var (kind, first) in firstEnd)
        {
            // Read from an object, not written into the tree: EF Core sends the period end as a parameter.
            var end = Expression.Field(Expression.Constant(new StrongBox<int>(first)), nameof(StrongBox<int>.Value));
            var term = Expression.AndAlso(
                Expression.Equal(Expression.Property(t, nameof(GroupTotal.PeriodKind)), Expression.Constant(kind)),
                Expression.GreaterThanOrEqual(Expression.Property(t, nameof(GroupTotal.PeriodEnd)), end));
            any = any is null ? term : Expression.OrElse(any, term);
        }
        return Expression.Lambda<Func<GroupTotal, bool>>(any ?? Expression.Constant(false), t);
    }

    /// <summary>What the overview reads of each total: its sum, basket, sources and first parts, from the total's own row (no figure read).</summary>
    private static IQueryable<OverviewTotal.Row> Drawn(IQueryable<GroupTotal> totals) => totals.Select(t => new OverviewTotal.Row(
        t.Id, t.Reporter, t.Exporter, t.Importer, t.Publisher, t.PeriodStart, t.PeriodEnd, t.Category, t.ValueUsd, t.Qualifier, t.Basket, t.ListedIds,
        t.ListedParts, t.Publishers, t.ProcessedUsd, t.RawUsd));

    /// <summary>
    /// The totals with every part where Value added draws their period (<see cref="OverviewBuilder.ValueAddedDrawn"/>):
    /// at most its bars' periods' mineral totals are read whole, whatever the store holds.
    /// </summary>
    private static async Task<List<OverviewTotal>> WithValueAddedPartsAsync(
        MineralTradeDbContext db, List<OverviewTotal> totals, List<OverviewTotal.Row> rows, CancellationToken cancellationToken)
    {
        var (drawn, _) = OverviewBuilder.ValueAddedDrawn(OverviewBuilder.Recent(totals));
        var rowIds = new Dictionary<(string, string, string, string, int, int, string), int>();
        foreach (var r in rows)
        {
            rowIds.TryAdd((r.Reporter, r.Exporter, r.Importer, r.Publisher, r.PeriodStart, r.PeriodEnd, r.Category), r.Id);
        }
        var ids = totals.Where(t => OverviewBuilder.InValueAdded(t) && drawn.Contains(new(t.Reporter, t.Publisher, t.PeriodStart, t.PeriodEnd)))
            .ToDictionary(t => t.Key, t => rowIds[t.Key]);
        var parts = new Dictionary<int, (string ComponentIds, string Parts)>();
        foreach (var chunk in ids.Values.Chunk(500))
        {
            foreach (var t in await db.GroupTotalParts.AsNoTracking().Where(t => EF.Parameter(chunk).Contains(t.TotalId)).ToListAsync(cancellationToken))
            {
                parts[t.TotalId] = (t.ComponentIds, t.Parts);
            }
        }
        return [.. totals.Select(t => ids.TryGetValue(t.Key, out var id) ? t.WithParts(parts[id].ComponentIds, parts[id].Parts) : t)];
    }

    /// <summary>The totals in the rules' order (<c>/api/totals</c>'), as <see cref="Comparisons.CategoryTotals"/> gives them.</summary>
    private static List<OverviewTotal> Ordered(IEnumerable<OverviewTotal.Row> rows)
    {
        var publishers = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        return [.. rows.OrderByDescending(t => t.PeriodEnd).ThenBy(t => t.PeriodStart)
            .ThenBy(t => t.Reporter, StringComparer.Ordinal).ThenBy(t => t.Exporter, StringComparer.Ordinal).ThenBy(t => t.Importer, StringComparer.Ordinal)
            .ThenBy(t => t.Publisher, StringComparer.Ordinal).ThenBy(t => t.Category, StringComparer.Ordinal)
            .Select(t => OverviewTotal.FromRow(t, publishers))];
    }

    /// <summary>
    /// The charted flow's growth rates drawn: all, or the highest and lowest (<c>ORDER BY Ratio ... LIMIT</c> on the
    /// summaries' ranking index), and how many there are (from the totals' counts).
    /// </summary>
    private static async Task<(List<GrowthRate>, int)> GrowthEndsAsync(
        MineralTradeDbContext db, FigureFilter filter, Flow flow, string[] charted, CancellationToken cancellationToken)
    {
        var count = await FigureService.Totals(db, filter with { Categories = charted })
            .Where(t => t.Exporter == flow.Exporter && t.Importer == flow.Importer).SumAsync(t => t.GrowthRates, cancellationToken);
        var pairs = FigureService.WhereRows(db.GrowthPairs.AsNoTracking(), filter with { Categories = charted })
            .Where(g => g.Exporter == flow.Exporter && g.Importer == flow.Importer);
        var ends = count > 2 * OverviewBuilder.GrowthEnds
            ? [.. await pairs.OrderByDescending(g => g.Ratio).ThenByDescending(g => g.CurrentId).Select(g => g.CurrentId).Take(OverviewBuilder.GrowthEnds).ToListAsync(cancellationToken),
               .. await pairs.OrderBy(g => g.Ratio).ThenBy(g => g.CurrentId).Select(g => g.CurrentId).Take(OverviewBuilder.GrowthEnds).ToListAsync(cancellationToken)]
            : await pairs.Select(g => g.CurrentId).ToListAsync(cancellationToken);
        var currents = await db.Figures.AsNoTracking().Where(f => EF.Parameter(ends).Contains(f.Id)).ToListAsync(cancellationToken);
        var rates = await FigureService.RatesAsync(db, currents, cancellationToken);
        return (OverviewBuilder.Ends(Comparisons.Highest(rates).ToList()), count);
    }

    /// <summary>The latest full year of named reporters' mineral totals, of the target's own flow where there are some, else of the charted one.</summary>
    private static async Task<(List<OverviewTotal>, Flow?)> KnownTotalsAsync(
        MineralTradeDbContext db, FigureFilter chartedFilter, Targets.Target target, Flow? charted, CancellationToken cancellationToken)
    {
        var minerals = chartedFilter.Categories.Where(HsClassification.IsMineral).ToArray();
        async Task<List<OverviewTotal>> Latest(Flow flow)
        {
            if (minerals.Length == 0)
            {
                return [];
            }
            var known = FigureService.Totals(db, chartedFilter with { Categories = minerals, Period = PeriodKind.Annual })
                .Where(t => t.Exporter == flow.Exporter && t.Importer == flow.Importer && t.Reporter != Codes.Unstated && t.ValueUsd != null);
            var latest = await known.OrderByDescending(t => t.PeriodEnd).Select(t => new { t.PeriodStart, t.PeriodEnd }).FirstOrDefaultAsync(cancellationToken);
            return latest is null || chartedFilter.Period is not (null or PeriodKind.Annual) ? []
                : Ordered(await Drawn(known.Where(t => t.PeriodStart == latest.PeriodStart && t.PeriodEnd == latest.PeriodEnd)).ToListAsync(cancellationToken));
        }
        var own = new Flow(target.Exporter, target.Importer);
        var ownTotals = await Latest(own);
        return ownTotals.Count > 0 ? (ownTotals, own) : charted is null ? ([], null) : (await Latest(charted), charted);
    }

    /// <summary>Every category, reporter, country and year the store holds, from the summaries' counts.</summary>
    public async Task<FilterChoices> GetFilterChoicesAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var present = await db.GroupTotals.Select(t => t.Category).Distinct().ToListAsync(cancellationToken);
        var reporters = await db.GroupTotals.Select(t => t.Reporter).Distinct().OrderBy(r => r).ToListAsync(cancellationToken);
        var exporters = await db.GroupTotals.Select(t => t.Exporter).Distinct().OrderBy(e => e).ToListAsync(cancellationToken);
        var importers = await db.GroupTotals.Select(t => t.Importer).Distinct().OrderBy(i => i).ToListAsync(cancellationToken);
        var first = await db.GroupTotals.MinAsync(t => (int?)t.PeriodStart, cancellationToken);
        var last = await db.GroupTotals.MaxAsync(t => (int?)t.PeriodEnd, cancellationToken);
        return new FilterChoices(
            [.. HsClassification.Categories.Where(c => present.Contains(c.Id))], reporters, exporters, importers,
            first is { } f ? Period.Year(f) : null, last is { } l ? Period.Year(l) : null);
    }

    /// <summary>Imports listed on the About page; the rest of the history is paged by <c>GET /api/imports</c>.</summary>
    public const int HistoryShown = 50;

    public async Task<DataHistory> GetHistoryAsync(CancellationToken cancellationToken = default)
    {
        var imports = await importHistory.GetPageAsync(after: [], HistoryShown, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var lastChange = await db.Imports.AsNoTracking().Where(i => i.Added + i.Changed + i.Removed > 0)
            .OrderByDescending(i => i.Id).FirstOrDefaultAsync(cancellationToken);
        return new DataHistory(lastChange, imports.Items, await importHistory.CountAsync(cancellationToken), await GetRecencyAsync([], cancellationToken));
    }

    /// <summary>
    /// Per reporter (all, or the ones named), how many figures and how recent: what "how recent" means on the pages,
    /// from the summaries' counts, latest periods and publication dates.
    /// </summary>
    public async Task<IReadOnlyList<ReporterCount>> GetRecencyAsync(IReadOnlyList<string> reporters, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var named = reporters.Select(Codes.CanonicalReporter).ToArray();
        var totals = named.Length == 0 ? db.GroupTotals : db.GroupTotals.Where(t => named.Contains(t.Reporter));
        var latest = await totals.GroupBy(t => t.Reporter)
            .Select(g => new { Reporter = g.Key, Count = g.Sum(t => t.Figures), End = g.Max(t => t.PeriodEnd), Published = g.Max(t => t.LatestPublished) })
            .ToListAsync(cancellationToken);
        var result = new List<ReporterCount>();
        foreach (var r in latest.OrderByDescending(r => r.Count).ThenBy(r => r.Reporter, StringComparer.Ordinal))
        {
            var start = await db.GroupTotals.Where(t => t.Reporter == r.Reporter && t.PeriodEnd == r.End).MinAsync(t => t.PeriodStart, cancellationToken);
            result.Add(new ReporterCount(r.Reporter, r.Count, Period.Label(start, r.End, r.Reporter), r.Published));
        }
        return result;
    }
}
