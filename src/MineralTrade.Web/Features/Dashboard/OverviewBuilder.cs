using System.Buffers;
using MineralTrade.Web.Data.Summaries;
using MineralTrade.Web.Features.Figures;
using MineralTrade.Web.Features.Languages;
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

    /// <summary>
    /// Periods drawn at most per kind on a time axis, the latest (docs/decisions/0096): a million figures hold 252
    /// months, and a chart and table of every one of them took seconds to send and to draw. The list of figures and the
    /// CSV have every period.
    /// </summary>
    public static int MaxPeriods(PeriodKind kind) => kind switch
    {
        PeriodKind.Month => 24,
        PeriodKind.Quarter => 12,
        PeriodKind.HalfYear => 10,
        _ => 25,
    };

    /// <summary>
    /// The totals of the latest <see cref="MaxPeriods"/> periods of each series kind (by period end, within the totals
    /// given: one flow's), and every total of other kinds.
    /// </summary>
    public static List<OverviewTotal> Recent(IReadOnlyCollection<OverviewTotal> totals)
    {
        var from = totals.Where(t => SeriesKinds.Contains(t.PeriodKind)).GroupBy(t => t.PeriodKind)
            .ToDictionary(g => g.Key, g => g.Select(t => t.PeriodEnd).Distinct().OrderDescending().Take(MaxPeriods(g.Key)).Min());
        return [.. totals.Where(t => !from.TryGetValue(t.PeriodKind, out var first) || t.PeriodEnd >= first)];
    }

    /// <summary>
    /// The kinds of period the cards fall back on, in order, where the filter asks for none: the latest full year, else
    /// the latest fiscal year, half year, quarter or month (a reporter that counts by fiscal year still has a latest period).
    /// </summary>
    public static readonly IReadOnlyList<PeriodKind> LatestKinds =
        [PeriodKind.Annual, PeriodKind.FiscalYear, PeriodKind.HalfYear, PeriodKind.Quarter, PeriodKind.Month];

    /// <summary>The overview of <paramref name="figures"/> (every figure the filter could concern) by the rules alone.</summary>
    public static OverviewModel Build(FigureFilter filter, IReadOnlyList<Figure> figures, Target? target) =>
        Build(filter, OverviewInputs.FromFigures(filter, figures, target));

    public static OverviewModel Build(FigureFilter filter, OverviewInputs inputs)
    {
        var latest = inputs.Latest;
        var (byYear, valueAdded) = inputs.TimeCharts ?? TimeCharts(inputs.Totals, inputs.Names);
        return new OverviewModel(
            filter.ToQueryString(),
            inputs.FigureCount,
            inputs.Flow,
            inputs.OtherFlows,
            latest is { } l ? Period.Label(l.Start, l.End, inputs.Totals.First(t => (t.PeriodStart, t.PeriodEnd) == l).Reporter) : null,
            latest is { } p ? Headlines(inputs.Headlines, inputs.HeadlineGrowth, inputs.HeadlineWindows, p) : [],
            latest is { } p2 ? ByCategory(inputs.Totals, p2, inputs.Names) : [],
            byYear,
            inputs.Growth,
            inputs.GrowthCount,
            valueAdded,
            inputs.Target is { } target ? Track(target, inputs.TargetTotals, inputs.TargetTotalsFlow) : null,
            [.. inputs.NamedWithoutValue.Select(f => new NamedProduct(
                f.Product, f.HsCode, HsClassification.Label(f.Category, f.Stage), Period.Label(f.PeriodStart, f.PeriodEnd, f.Reporter), Provenance.Of(f)))],
            inputs.NamedCount,
            inputs.ChartsEverything);
    }

    /// <summary>
    /// By year's lines and Value added's bars, of the latest periods of <paramref name="totals"/> (<see cref="Recent"/>):
    /// the build's larger half where a store has many codes (issue 21: ~23 ms of a request at 297k figures), which
    /// <see cref="DashboardService"/> makes apart, each on a thread, while it reads the rest.
    /// </summary>
    public static (List<YearSeries> ByYear, ValueAdded ValueAdded) TimeCharts(IReadOnlyCollection<OverviewTotal> totals, PartNames names)
    {
        var recent = Recent(totals);
        return (ByYear(recent, names), ValueAdded(recent, names));
    }

    /// <summary>The rates drawn: all, or the <see cref="GrowthEnds"/> highest and lowest of rates ordered highest first.</summary>
    public static List<GrowthRate> Ends(IReadOnlyList<GrowthRate> highestFirst) =>
        highestFirst.Count > 2 * GrowthEnds ? [.. highestFirst.Take(GrowthEnds), .. highestFirst.TakeLast(GrowthEnds)] : [.. highestFirst];

    /// <summary>Products named without a value listed at most; the count says how many more.</summary>
    public const int MaxNamed = 50;

    /// <summary>The order of the products named without a value: latest period first, then by HS code.</summary>
    public static IOrderedEnumerable<Figure> NamedOrder(IEnumerable<Figure> named) =>
        named.OrderByDescending(f => f.PeriodEnd).ThenBy(f => f.HsCode, StringComparer.Ordinal).ThenBy(f => f.Id);

    /// <summary>
    /// Growth bars drawn at each end: an import can bring thousands of pairs, and a chart of thousands of bars helps
    /// nobody. The highest and the lowest are drawn; /api/growth has them all.
    /// </summary>
    public const int GrowthEnds = 20;

    /// <summary>Cards at most: the largest products of the latest period (a Comtrade import can bring thousands).</summary>
    public const int MaxHeadlines = 12;

    /// <summary>
    /// Whether a view charts every category: none is chosen, and its charted flow holds figures but no mineral one (the
    /// State Bank's are all goods), so it charts what it holds rather than nothing. Decided here for both ways of
    /// building the overview: from the summaries (<see cref="DashboardService"/>) and by the rules (<see cref="OverviewInputs.FromFigures"/>).
    /// </summary>
    public static bool ChartsEverything(FigureFilter filter, bool flowHasFigures, bool flowHasMinerals) =>
        filter.Categories.Count == 0 && flowHasFigures && !flowHasMinerals;

    /// <summary>
    /// The categories charted: those chosen; else the minerals (all goods and other goods are context, not minerals),
    /// or every category where the view <see cref="ChartsEverything"/>.
    /// </summary>
    public static IReadOnlyList<string> ChartedCategories(FigureFilter filter, bool everything) =>
        filter.Categories.Count > 0 ? filter.Categories
        : everything ? [.. HsClassification.Categories.Select(c => c.Id)]
        : [.. HsClassification.Categories.Select(c => c.Id).Where(HsClassification.IsMineral)];


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
    /// The latest period of <paramref name="kind"/> with a total that has a value: the latest full year by default, the
    /// latest half year when the filter asks for half years.
    /// </summary>
    public static (int Start, int End)? LatestPeriod(IEnumerable<OverviewTotal> totals, PeriodKind kind) => totals
        .Where(t => t.PeriodKind == kind && t.ValueUsd is not null)
        .OrderByDescending(t => t.PeriodEnd).ThenByDescending(t => t.PeriodStart)
        .Select(t => ((int Start, int End)?)(t.PeriodStart, t.PeriodEnd))
        .FirstOrDefault();

    /// <summary>The latest period of the kind the filter asks for, else of the first of <see cref="LatestKinds"/> that has one.</summary>
    public static (int Start, int End)? LatestFor(IReadOnlyCollection<OverviewTotal> totals, PeriodKind? asked) => asked is { } kind
        ? LatestPeriod(totals, kind)
        : LatestKinds.Select(k => LatestPeriod(totals, k)).FirstOrDefault(p => p is not null);

    /// <summary><see cref="LatestPeriod(IEnumerable{OverviewTotal}, PeriodKind)"/> of the figures' totals.</summary>
    public static (int Start, int End)? LatestPeriod(IEnumerable<Figure> figures, PeriodKind kind) => LatestPeriod(TotalsOf(figures), kind);

    /// <summary>The figures' totals by the rules, as the overview draws them.</summary>
    public static List<OverviewTotal> TotalsOf(IEnumerable<Figure> figures) => [.. Comparisons.CategoryTotals(figures).Select(OverviewTotal.Of)];

    /// <summary>One card per figure (the largest preferred figures of <paramref name="period"/>), with its like-for-like growth.</summary>
    public static List<Headline> Headlines(IEnumerable<Figure> figures, IReadOnlyList<GrowthRate> growth, IReadOnlyList<Market.WindowRate> windows, (int Start, int End) period)
    {
        return figures
            .Select(f =>
            {
                var rate = growth.FirstOrDefault(g => g.Current.Id == f.Id);
                return new Headline(
                    f.Product, f.HsCode, HsClassification.Label(f.Category, f.Stage), Period.Label(f.PeriodStart, f.PeriodEnd, f.Reporter), f.ValueUsd!.Value, Money.Usd(f.ValueUsd, f.Qualifier),
                    rate is null ? null : new CardGrowth(
                        rate.GrowthPercent, Money.Percent(rate.GrowthPercent, rate.Qualifier), rate.Flagged,
                        OverviewText.Against(rate),
                        Money.RoundingRange(rate)),
                    Provenance.Of(f), f.Note,
                    [.. windows.Where(w => w.SeriesKey == Comparisons.SeriesKey(f)).OrderBy(w => w.Window.Kind)]);
            })
            .ToList();
    }

    /// <summary>
    /// Each category's total for <paramref name="period"/>; where groups compete (reporters, publishers), the one whose
    /// codes cover the others', then the exact one, then a named reporter, then the larger. Each bar names its group.
    /// </summary>
    public static List<TotalPoint> ByCategory(IEnumerable<OverviewTotal> totals, (int Start, int End) period, PartNames names) =>
        [.. Points(totals.Where(t => (t.PeriodStart, t.PeriodEnd) == period), names, Listed.Max)
            .GroupBy(t => t.Category)
            .Select(Preferred)
            .OrderByDescending(t => t.ValueUsd)];

    /// <summary><see cref="ByCategory(IEnumerable{OverviewTotal}, ValueTuple{int, int}, PartNames)"/> of the figures' totals.</summary>
    public static List<TotalPoint> ByCategory(IReadOnlyList<Figure> figures, (int Start, int End) period) => ByCategory(TotalsOf(figures), period, PartNames.Of(figures));

    /// <summary>By year's lines drawn (<see cref="YearLines"/>): a line never joins two reporters; a basket that widens goes on, marked.</summary>
    public static List<YearSeries> ByYear(IEnumerable<OverviewTotal> totals, PartNames names) => YearLines.Of(totals, names);

    /// <summary><see cref="ByYear(IEnumerable{OverviewTotal}, PartNames)"/> of the figures' totals.</summary>
    public static List<YearSeries> ByYear(IReadOnlyList<Figure> figures) => ByYear(TotalsOf(figures), PartNames.Of(figures));

    /// <summary>
    /// A group as a reader names it: the reporter (<see cref="Reporters.Label"/>: "Reporter not stated" for
    /// <c>unstated</c>, no one's code), with the publisher where the reporter is <c>unstated</c>. English, as the
    /// series names it is part of (the charts' CSV is the same in every language).
    /// </summary>
    public static string Group(string reporter, string publisher)
    {
        var who = Reporters.Label(reporter, Language.English);
        return publisher.Length == 0 ? who : $"{who} ({publisher})";
    }

    /// <summary>
    /// Per reporter (and publisher), flow and period of a series kind: processed stages (metal, articles, whole metal
    /// chapters) against raw ones (ores, concentrates, crude minerals) among the totals' covering figures; only where
    /// both have a value. Scrap and unclassified goods are in neither. Two views (docs/decisions/0092): all products
    /// known, and, by default, only the HS codes counted in every point of the same reporter and kind of period.
    /// </summary>
    public static ValueAdded ValueAdded(IEnumerable<OverviewTotal> totals, PartNames names)
    {
        var candidates = ValueAddedCandidates(totals);
        var (drawnKeys, leftOut) = DrawnOf(candidates);
        // Only the drawn periods' parts are read (DashboardService), and only they are summed here: each bar's parts in
        // one array of values, processed then raw, each by HS code (no object a part, no list copied: issue 21). An array
        // a bar, below the large object heap: one array for every bar (~3.7 MB at 297k figures) was let go by the pool
        // at each full collection and made again, and the app's gen2 collections tripled.
        var read = candidates.Where(g => drawnKeys.Contains(g.Key))
            .Select(g => (g.Key, Parts: BarParts(g)))
            .ToList();
        // Each bar's parts by side, then HS code (ordinal), then the order read: one number a part, the codes ranked
        // once for every bar (a comparer over the parts took ~17 ms of a request's ~180 at 297k figures, issue 21).
        try
        {
            var ranks = CodeRanks(read.Select(p => p.Parts));
            return ValueAdded([.. read.Select(p => (p.Key, Sorted(p.Parts, ranks)))], ranks.Count, leftOut, names);
        }
        finally
        {
            // The bars' arrays are rented (~1 MB a request at 297k figures): nothing built keeps them.
            foreach (var (_, parts) in read)
            {
                if (parts.Array is { Length: > 0 } rented)
                {
                    ArrayPool<PartValue>.Shared.Return(rented, clearArray: true);
                }
            }
        }
    }

    private static ValueAdded ValueAdded(
        List<(ValueAddedKey Key, (ArraySegment<PartValue> Processed, ArraySegment<PartValue> Raw) Parts)> periods, int codes, List<string> leftOut, PartNames names)
    {
        var allKnown = new List<ValueAddedPoint>();
        var same = new List<ValueAddedPoint>();
        var noCommon = new List<string>();
        foreach (var series in periods.GroupBy(p => (p.Key.Reporter, p.Key.Publisher, Shape: Shape(p.Key.PeriodStart, p.Key.PeriodEnd))))
        {
            var drawn = series.ToList();
            var name = OverviewText.ValueAddedSeries(series.Key.Reporter, series.Key.Publisher, drawn[0].Key.PeriodStart, drawn[0].Key.PeriodEnd);
            // The codes counted in every drawn point of the series, processed and raw apart.
            var processedCodes = InEvery(drawn.Select(p => p.Parts.Processed), codes);
            var rawCodes = InEvery(drawn.Select(p => p.Parts.Raw), codes);
            foreach (var (key, (processed, raw)) in drawn)
            {
                var sameProcessed = new Pick(processed, processedCodes, true);
                var sameRaw = new Pick(raw, rawCodes, true);
                var hasSame = sameProcessed.Sum() > 0 && sameRaw.Sum() > 0;
                // What all products known adds to the same products: every product where the same products have no point
                // (a point's parts are distinct figures, so this is the parts of neither list of codes).
                // One list for both views' points: the same parts.
                var difference = hasSame
                    ? List(names, new Pick(processed, processedCodes, false), new Pick(raw, rawCodes, false))
                    : List(names, new Pick(processed, null, true), new Pick(raw, null, true));
                allKnown.Add(Point(key.Reporter, key.PeriodStart, key.PeriodEnd, name, new Pick(processed, null, true), new Pick(raw, null, true), difference, names));
                if (hasSame)
                {
                    same.Add(Point(key.Reporter, key.PeriodStart, key.PeriodEnd, name, sameProcessed, sameRaw, difference, names));
                }
                else if (!noCommon.Contains(name))
                {
                    noCommon.Add(name);
                }
            }
        }
        static List<ValueAddedPoint> Ordered(List<ValueAddedPoint> points) =>
            [.. points.OrderBy(p => p.PeriodEnd).ThenBy(p => p.PeriodLabel, StringComparer.Ordinal).ThenBy(p => p.Reporter, StringComparer.Ordinal)
                .ThenBy(p => p.Series, StringComparer.Ordinal)];
        return new ValueAdded(Ordered(same), Ordered(allKnown), [.. noCommon.Order(StringComparer.Ordinal)])
        {
            LeftOut = leftOut,
        };
    }

    /// <summary>
    /// The periods Value added draws: the mineral totals of series kinds per reporter (and publisher) and period where
    /// processed and raw parts both have a value (known from the totals' stage sums, without their parts); the latest
    /// <see cref="ValueAddedPeriods"/> of each reporter and kind, full years first, up to <see cref="MaxValueAddedBars"/>
    /// (decision 0096's bound, over reporters and kinds of period too); and what is left out, in words.
    /// </summary>
    public static (HashSet<ValueAddedKey> Drawn, List<string> LeftOut) ValueAddedDrawn(IEnumerable<OverviewTotal> totals) =>
        DrawnOf(ValueAddedCandidates(totals));

    /// <summary><see cref="ValueAddedDrawn"/> of the candidates found once (<see cref="ValueAdded(IEnumerable{OverviewTotal}, PartNames)"/> groups the totals once).</summary>
    private static (HashSet<ValueAddedKey> Drawn, List<string> LeftOut) DrawnOf(List<IGrouping<ValueAddedKey, OverviewTotal>> candidates)
    {
        var drawnPeriods = new List<ValueAddedKey>();
        var leftOut = new List<string>();
        foreach (var g in candidates.Select(p => p.Key)
            .GroupBy(k => (k.Reporter, k.Publisher, Kind: Period.KindOf(k.PeriodStart, k.PeriodEnd)))
            .OrderBy(g => LatestKinds.Select((kind, i) => (kind, i)).First(k => k.kind == g.Key.Kind).i)
            .ThenBy(g => Group(g.Key.Reporter, g.Key.Publisher), StringComparer.Ordinal))
        {
            var latest = g.OrderByDescending(k => k.PeriodEnd).ThenByDescending(k => k.PeriodStart).ToList();
            var room = Math.Min(ValueAddedPeriods, MaxValueAddedBars - drawnPeriods.Count);
            drawnPeriods.AddRange(latest.Take(room));
            if (latest.Count > room)
            {
                leftOut.Add(OverviewText.LeftOut(g.Key.Reporter, g.Key.Publisher, g.Key.Kind, latest.Count - room, earlier: room > 0));
            }
        }
        return ([.. drawnPeriods], leftOut);
    }

    /// <summary>Whether Value added may need this total's parts: a mineral total of a series kind.</summary>
    public static bool InValueAdded(OverviewTotal t) => SeriesKinds.Contains(t.PeriodKind) && HsClassification.IsMineral(t.Category.Id);

    private static List<IGrouping<ValueAddedKey, OverviewTotal>> ValueAddedCandidates(IEnumerable<OverviewTotal> totals) =>
        [.. totals.Where(InValueAdded)
            .GroupBy(t => new ValueAddedKey(t.Reporter, t.Publisher, t.PeriodStart, t.PeriodEnd))
            .Where(g => g.Sum(t => t.ProcessedUsd ?? 0m) > 0 && g.Sum(t => t.RawUsd ?? 0m) > 0)];

    /// <summary>Value added's bars at most: the latest <see cref="ValueAddedPeriods"/> of each reporter and kind of period, full years first.</summary>
    public const int MaxValueAddedBars = 24;

    /// <summary>Periods drawn at most for one reporter and kind of period in Value added, the latest.</summary>
    public const int ValueAddedPeriods = 8;

    /// <summary><see cref="ValueAdded(IEnumerable{OverviewTotal}, PartNames)"/> of the figures' totals.</summary>
    public static ValueAdded ValueAdded(IReadOnlyList<Figure> figures) => ValueAdded(TotalsOf(figures), PartNames.Of(figures));

    /// <summary>Whether each code (by <see cref="PartValue.Rank"/>) is among the parts of every list: counted, no set made (issue 21).</summary>
    private static bool[] InEvery(IEnumerable<ArraySegment<PartValue>> lists, int codes)
    {
        var holding = new int[codes];
        var lastList = new int[codes];
        var count = 0;
        foreach (var parts in lists)
        {
            count++;
            foreach (var part in parts)
            {
                if (lastList[part.Rank] != count)
                {
                    lastList[part.Rank] = count;
                    holding[part.Rank]++;
                }
            }
        }
        var every = new bool[codes];
        for (var i = 0; i < codes; i++)
        {
            every[i] = count > 0 && holding[i] == count;
        }
        return every;
    }

    /// <summary>A bar's processed and raw parts as read, in one array rented from the shared pool (returned by <see cref="ValueAdded(IEnumerable{OverviewTotal}, PartNames)"/>).</summary>
    private static ArraySegment<PartValue> BarParts(IEnumerable<OverviewTotal> totals)
    {
        var ofBar = totals.ToList();
        var parts = ArrayPool<PartValue>.Shared.Rent(ofBar.Sum(t => t.PartCount));
        var count = 0;
        foreach (var t in ofBar)
        {
            count = t.PartValues(s_side, parts, count);
        }
        return new ArraySegment<PartValue>(parts, 0, count);
    }

    /// <summary>Each HS code of the bars' parts and its rank in ordinal order.</summary>
    private static Dictionary<string, int> CodeRanks(IEnumerable<ArraySegment<PartValue>> bars)
    {
        var ranks = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var parts in bars)
        {
            foreach (var part in parts)
            {
                ranks.TryAdd(part.HsCode, 0);
            }
        }
        var codes = new string[ranks.Count];
        ranks.Keys.CopyTo(codes, 0);
        Array.Sort(codes, StringComparer.Ordinal);
        for (var i = 0; i < codes.Length; i++)
        {
            ranks[codes[i]] = i;
        }
        return ranks;
    }

    /// <summary>
    /// A bar's parts sorted in place: processed then raw, each in HS code order (ordinal; parts of one code in the order
    /// read). Only the keys are sorted, each holding its part's place; the parts are then moved once, a cycle of the
    /// order at a time: a part holds strings, and moving it at every swap of the sort cost the sort most of its time.
    /// </summary>
    private static (ArraySegment<PartValue> Processed, ArraySegment<PartValue> Raw) Sorted(ArraySegment<PartValue> bar, Dictionary<string, int> ranks)
    {
        var (parts, count) = (bar.Array!, bar.Count);
        var keys = ArrayPool<long>.Shared.Rent(count);
        for (var i = 0; i < count; i++)
        {
            keys[i] = ((long)parts[i].Side << 62) | ((long)ranks[parts[i].HsCode] << 31) | (uint)i;
        }
        Array.Sort(keys, 0, count);
        var processed = 0;
        while (processed < count && keys[processed] >> 62 == 0)
        {
            processed++;
        }
        // keys[at] names the part that belongs at: each cycle followed from its first place, marked done (-1) as filled.
        for (var i = 0; i < count; i++)
        {
            if (keys[i] < 0)
            {
                continue;
            }
            var held = parts[i];
            var at = i;
            while (true)
            {
                var from = (int)(keys[at] & int.MaxValue);
                var rank = (int)((keys[at] >> 31) & int.MaxValue);
                keys[at] = -1;
                if (from == i)
                {
                    parts[at] = held with { Rank = rank };
                    break;
                }
                parts[at] = parts[from] with { Rank = rank };
                at = from;
            }
        }
        ArrayPool<long>.Shared.Return(keys);
        return (new ArraySegment<PartValue>(parts, 0, processed), new ArraySegment<PartValue>(parts, processed, count - processed));
    }

    /// <summary>Where a bar counts a stage: 0 processed, 1 raw (ores), -1 neither (scrap, unclassified goods).</summary>
    private static readonly Func<Stage, sbyte> s_side = stage => HsClassification.IsProcessed(stage) ? (sbyte)0 : stage == Stage.Ore ? (sbyte)1 : (sbyte)-1;

    /// <summary>The parts of a bar's side that a view counts: all, or those whose code is (or is not) marked in <paramref name="Codes"/> (by <see cref="PartValue.Rank"/>).</summary>
    private readonly record struct Pick(ArraySegment<PartValue> Parts, bool[]? Codes, bool Inside)
    {
        public bool Counts(in PartValue part) => Codes is null || Codes[part.Rank] == Inside;

        public decimal Sum()
        {
            var sum = 0m;
            foreach (var part in Parts)
            {
                if (Counts(part))
                {
                    sum += part.ValueUsd;
                }
            }
            return sum;
        }
    }

    private static ValueAddedPoint Point(
        string reporter, int start, int end, string shape, Pick processed, Pick raw, Listed difference, PartNames names)
    {
        var (p, pq) = Sum(processed);
        var (r, rq) = Sum(raw);
        var share = Math.Round(p / (p + r) * 100m, 1, MidpointRounding.AwayFromZero);
        return new ValueAddedPoint(
            Period.Label(start, end, reporter), end, reporter, shape, p, Money.Usd(p, pq), r, Money.Usd(r, rq), share,
            pq, rq, List(names, processed, null), List(names, raw, null), difference, Sources(processed, raw));

        static (decimal, DerivedQualifier) Sum(Pick pick)
        {
            var sum = 0m;
            var qualifier = DerivedQualifier.Exact;
            foreach (var part in pick.Parts)
            {
                if (pick.Counts(part))
                {
                    sum += part.ValueUsd;
                    qualifier = Comparisons.WithPart(qualifier, part.Qualifier);
                }
            }
            return (sum, qualifier);
        }
    }

    /// <summary>A list of the parts picked (the second pick's after the first's): the first <see cref="Listed.Max"/> made parts, the rest counted.</summary>
    private static Listed List(PartNames names, Pick first, Pick? then)
    {
        var shown = new List<TotalPart>(Listed.Max);
        var count = 0;
        Add(first);
        if (then is { } next)
        {
            Add(next);
        }
        return names.ListFirst(shown, count);

        void Add(Pick pick)
        {
            foreach (var part in pick.Parts)
            {
                if (pick.Counts(part) && count++ < Listed.Max)
                {
                    shown.Add(part.ToPart());
                }
            }
        }
    }

    /// <summary>The publishers of the parts picked, each once, in the order of the parts: <c>GACC; PBS</c>.</summary>
    private static string Sources(Pick processed, Pick raw)
    {
        var publishers = new List<string>(2);
        foreach (var pick in (ReadOnlySpan<Pick>)[processed, raw])
        {
            foreach (var part in pick.Parts)
            {
                if (pick.Counts(part) && !publishers.Contains(part.Publisher))
                {
                    publishers.Add(part.Publisher);
                }
            }
        }
        return string.Join("; ", publishers);
    }

    /// <summary>
    /// The goal with the compound yearly growth it needs from the stated baseline, taken as the level of the last full
    /// year before it was said; and, beside it, the latest known sum of mineral categories (<see cref="KnownLevels"/>).
    /// </summary>
    public static TargetTrack Track(Target target, IReadOnlyList<OverviewTotal> latestTotals, Flow? flow)
    {
        int? baseYear = target.BaselineSourceDate is { } said ? said.Year - 1 : null;
        decimal? Required(decimal goal) =>
            target.BaselineUsd is > 0 && baseYear is { } from && target.ByYear > from
                ? RequiredGrowthPercent(target.BaselineUsd.Value, goal, target.ByYear - from)
                : null;
        var known = KnownLevels(latestTotals);
        return new TargetTrack(
            target.Name, target.Scope, new Flow(target.Exporter, target.Importer), target.LowUsd, target.HighUsd, target.ByYear,
            target.BaselineUsd, target.BaselineStatement,
            target.BaselineSourcePublisher is null ? null : $"{target.BaselineSourcePublisher}{(target.BaselineSourceDate is { } d ? ", " + d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : "")}",
            target.BaselineSourceUrl, baseYear, Required(target.LowUsd), Required(target.HighUsd),
            target.SourcePublisher, target.SourceUrl, target.Note,
            known, known.Count == 0 ? null : flow);
    }

    /// <summary>The tracker over the figures of one flow (their latest full year's totals).</summary>
    public static TargetTrack Track(Target target, IReadOnlyList<Figure> flowFigures)
    {
        var totals = TotalsOf(flowFigures).Where(IsKnownLevel).ToList();
        var latest = LatestPeriod(totals, PeriodKind.Annual);
        return Track(target, [.. totals.Where(t => (t.PeriodStart, t.PeriodEnd) == latest)],
            flowFigures.Count == 0 ? null : new Flow(flowFigures[0].Exporter, flowFigures[0].Importer));
    }

    /// <summary>A total that may count towards the known level: a full year, a named reporter, a mineral category, a value.</summary>
    public static bool IsKnownLevel(OverviewTotal t) =>
        t.PeriodKind == PeriodKind.Annual && t.Reporter != Codes.Unstated && HsClassification.IsMineral(t.Category.Id) && t.ValueUsd is not null;

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
    /// <param name="latestTotals">The named reporters' mineral totals of the latest full year (<see cref="IsKnownLevel"/>).</param>
    public static List<TotalPoint> KnownLevels(IReadOnlyList<OverviewTotal> latestTotals)
    {
        if (latestTotals.Count == 0)
        {
            return [];
        }
        var totals = latestTotals
            .OrderBy(t => t.Category.Id, StringComparer.Ordinal)
            .GroupBy(t => t.Reporter)
            .OrderByDescending(r => r.Count())
            .ThenByDescending(r => r.Sum(t => t.ValueUsd ?? 0m))
            .ThenBy(r => r.Key, StringComparer.Ordinal)
            .First()
            .ToList();
        var value = totals.Sum(t => t.ValueUsd ?? 0m);
        // Never exact: products named without a value, and products not named, are missing from it.
        return
        [
            new TotalPoint(
                "minerals", "Mineral categories", totals[0].PeriodStart, totals[0].PeriodEnd, totals[0].PeriodLabel, Period.Year(totals[0].PeriodEnd), value, DerivedQualifier.AtLeast,
                Money.Usd(value, DerivedQualifier.AtLeast), totals[0].Reporter, totals[0].Publisher,
                string.Join("; ", totals.SelectMany(t => t.Sources).Distinct()),
                Listed.Of(totals.OrderByDescending(t => t.ValueUsd).ThenBy(t => t.Category.Id, StringComparer.Ordinal), (t, language) => new ListedItem(null, HsClassification.Label(t.Category.Id, t.BasketText.Split(' '), language), Money.Usd(t.ValueUsd, t.Qualifier, language)),
                    HsClassification.Categories.Count),
                [.. totals.SelectMany(t => t.BasketText.Split(' '))]),
        ];
    }

    /// <summary>
    /// How a kind of period reads in a series name, the same for every reporter: <c>full years</c>, <c>fiscal years
    /// (Jul–Jun)</c>, <c>Jan–Jun each year</c> (a calendar reporter's H1 is a fiscal one's H2: the months say it once).
    /// </summary>
    public static string Shape(int start, int end) => Period.KindOf(start, end) switch
    {
        PeriodKind.Annual => "full years",
        PeriodKind.FiscalYear => "fiscal years (Jul–Jun)",
        PeriodKind.HalfYear or PeriodKind.Quarter => PeriodNames.For(Language.Current).EachYear(start, end),
        _ => Period.Label(start, end),
    };


    /// <remarks>Each point lists its first <paramref name="listed"/> parts and counts the rest; points of one basket share its codes.</remarks>
    internal static List<(string Category, string Shape, string Basket, TotalPoint Point)> Points(IEnumerable<OverviewTotal> totals, PartNames names, int listed)
    {
        var baskets = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        return [.. totals
            .Where(t => t.ValueUsd is not null)
            .Select(t =>
            {
                if (!baskets.TryGetValue(t.BasketText, out var codes))
                {
                    baskets.Add(t.BasketText, codes = Data.Summaries.TotalParts.Codes(t.BasketText));
                }
                var point = new TotalPoint(
                    t.Category.Id, t.Category.Name, t.PeriodStart, t.PeriodEnd, t.PeriodLabel, Period.Year(t.PeriodEnd), t.ValueUsd!.Value, t.Qualifier, Money.Usd(t.ValueUsd, t.Qualifier),
                    t.Reporter, t.Publisher, string.Join("; ", t.Sources), names.List(t.FirstParts.Take(listed), listed) with { Count = t.PartCount }, codes);
                return (t.Category.Id, Shape(t.PeriodStart, t.PeriodEnd), t.BasketText, point);
            })];
    }

    // A sum that covers the others' codes wins first (74 + 2603 from one reporter over 2603 alone from another, chapter
    // 74 over heading 7403 inside it): an exact part never beats the whole. Among equals, the larger covers more.
    private static TotalPoint Preferred(IEnumerable<(string Category, string Shape, string Basket, TotalPoint Point)> candidates)
    {
        var points = candidates.Select(c => c.Point).ToList();
        if (points.Count == 1)
        {
            return points[0];
        }
        var codes = points.ConvertAll(p => new HashSet<string>(p.Codes, StringComparer.Ordinal));
        return points.Select((p, i) => (Point: p, Covered: points.Count(other => Covers(codes[i], other))))
        .OrderByDescending(c => c.Covered)
        .ThenBy(c => c.Point.Qualifier switch { DerivedQualifier.Exact => 0, DerivedQualifier.Approximate => 1, _ => 2 })
        .ThenBy(c => c.Point.Reporter == Codes.Unstated ? 1 : 0)
        .ThenByDescending(c => c.Point.ValueUsd)
        .ThenBy(c => c.Point.Reporter, StringComparer.Ordinal)
        .ThenBy(c => c.Point.Sources, StringComparer.Ordinal)
        .First().Point;
    }

    /// <summary>
    /// Whether every code of <paramref name="other"/> is one of <paramref name="codes"/> (a point's) or inside one: each
    /// code's shorter prefixes looked up (<see cref="HsClassification.IsInside"/> is by prefix), not every pair of codes
    /// compared (two totals of ~90 subheadings each were ~8,000 comparisons a pair, 5% of the overview's time at 297k).
    /// </summary>
    private static bool Covers(HashSet<string> codes, TotalPoint other)
    {
        var lookup = codes.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var code in other.Codes)
        {
            if (!Holds(code))
            {
                return false;
            }
        }
        return true;

        bool Holds(string code)
        {
            if (codes.Contains(code))
            {
                return true;
            }
            if (code == HsClassification.Total)
            {
                return false;
            }
            // Down to the empty prefix: an empty code (an empty basket's) holds every code, as IsInside says.
            for (var length = code.Length - 1; length >= 0; length--)
            {
                if (lookup.TryGetValue(code.AsSpan(0, length), out var outer) && HsClassification.IsInside(code, outer))
                {
                    return true;
                }
            }
            return false;
        }
    }
}

/// <summary>A period of one reporter (and publisher) in Value added: one bar.</summary>
public readonly record struct ValueAddedKey(string Reporter, string Publisher, int PeriodStart, int PeriodEnd);
