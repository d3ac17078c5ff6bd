using System.Globalization;
using MineralTrade.Web.Components.Shared;
using MineralTrade.Web.Features.Dashboard;
using MineralTrade.Web.Features.Figures;
using MineralTrade.Web.Features.Languages;
using MineralTrade.Web.Features.Products;

namespace MineralTrade.Web.Components.Charts;

/// <summary>
/// The overview's charts as ApexCharts options. Each point carries its own display label (with its qualifier) and
/// tooltip lines (period, reporter, source); the JS module's named functions show them. A point that is not exact is
/// drawn by <see cref="ChartMarks"/>, as on every chart. The words are the page's language's
/// (<c>Resources/Components/Charts/OverviewCharts.*.resx</c>); the chart CSVs keep the API's English (ChartRows).
/// </summary>
public static class OverviewCharts
{
    private static readonly Texts s_texts = new(typeof(OverviewCharts));

    private static string T(string key) => s_texts[key, Language.Current];

    private static string F(string key, params (string Name, object? Value)[] parts) => s_texts.Format(key, Language.Current, parts);

    /// <summary>A sum's category as a bar or a row names it, in the page's language: <c>Copper ore</c>, <c>铜矿砂</c>.</summary>
    public static string CategoryLabel(TotalPoint p) =>
        p.Category == "minerals" ? T("Minerals") : HsClassification.Label(p.Category, p.Codes, Language.Current);

    /// <summary>A sum's category by its name alone, in the page's language: <c>Copper</c>, <c>铜</c>.</summary>
    public static string CategoryName(TotalPoint p) =>
        p.Category == "minerals" ? T("Minerals") : HsClassification.CategoryName(p.Category, Language.Current);
    public const string Processed = "#1f6f8b", Raw = "#b36b00", Up = "#1e7b45", Down = "#b03a2e";

    // On a phone, value labels on vertical bars collide: the tooltip and the data table carry the values there.
    private static readonly object[] s_phone = [new { breakpoint = 600, options = new { dataLabels = new { enabled = false } } }];

    private static string[] Tip(string title, params string?[] lines) => [title, .. lines.Where(l => !string.IsNullOrEmpty(l)).Select(l => l!)];

    /// <summary>
    /// A sum's tooltip: period and value, reporter, source, and what it adds: the figure where it is one, else how many
    /// (the data table lists them), so that a tooltip weighs the same whatever a total adds (issue 21). A figure's product
    /// is written as the page's tables write it (<see cref="ListedCell.ItemText"/>) where <paramref name="nomenclature"/>
    /// is given: a target's points add categories, not figures.
    /// </summary>
    public static string[] PointTip(TotalPoint p, HsNomenclature? nomenclature = null) =>
        [F("TipValue", ("period", p.PeriodLabel), ("value", p.Display)), Reporters.TipLine(p.Reporter), F("TipSource", ("source", Source(p.Sources))),
         p.Components is { Count: 1, Items: [var only] }
            ? nomenclature is null ? only : ListedCell.ItemText(p.Components, 0, Language.Current, nomenclature)
            : s_texts.Plural("FiguresAdded", p.Components.Count, Language.Current)];

    /// <summary>
    /// Imported text as published (a publisher): on a page not in English, isolated, so that its words keep their order
    /// in a right-to-left line and it reads as a source, not a word left untranslated; as it is in English.
    /// </summary>
    public static string Source(string publishers) => Language.Current == Language.English ? publishers : Bidi.Isolate(publishers);

    /// <summary>Where a click on a sum goes: its product page where it is one code, else the products of its category.</summary>
    public static string ProductUrl(TotalPoint p) =>
        p.Codes is [var code] ? ProductLink.For(code) : $"{ProductLink.Index}?q={Uri.EscapeDataString(p.CategoryName)}";

    /// <summary>
    /// The list of figures where a sum's figures are (issue 21: a table cell lists the first <see cref="Listed.Max"/>):
    /// its category, reporter, flow, year and kind of period. It holds the figures inside those added too, which the sum
    /// leaves out.
    /// </summary>
    public static string FiguresUrl(TotalPoint p, Flow? flow = null) => "/figures?" + new FigureFilter
    {
        Categories = [p.Category],
        Reporters = [p.Reporter],
        Exporter = flow?.Exporter,
        Importer = flow?.Importer,
        From = Period.Year(p.PeriodStart),
        To = p.Year,
        Period = Period.KindOf(p.PeriodStart, p.PeriodEnd),
    }.ToQueryString();

    public static object ByCategory(IReadOnlyList<TotalPoint> bars, bool logarithmic, HsNomenclature nomenclature) =>
        ByCategory(bars, logarithmic, BarNotes.MainReporter(bars), nomenclature);

    // A bar of another reporter than the others is marked after its label (BarNotes says which, under the chart).
    private static object ByCategory(IReadOnlyList<TotalPoint> bars, bool logarithmic, string? mainReporter, HsNomenclature nomenclature) => new
    {
        chart = ChartOptions.Chart("bar", 340),
        series = new[]
        {
            new
            {
                name = T("ValueSeries"),
                data = bars.Select(b => new { x = CategoryLabel(b) + (BarNotes.IsApart(b, mainReporter) ? " " + BarNotes.Mark : ""), y = b.ValueUsd, label = b.Display, tip = PointTip(b, nomenclature), fill = ChartMarks.BarFill(b.Qualifier), mark = ChartMarks.Mark(b.Qualifier), url = ProductUrl(b) }).ToArray(),
            },
        },
        colors = new[] { Processed },
        stroke = new { show = true, width = 1.5, colors = new[] { Processed } },
        plotOptions = new { bar = new { borderRadius = 2, columnWidth = "60%", dataLabels = new { position = "top" } } },
        dataLabels = new { enabled = true, formatter = "pointLabel", offsetY = -18, style = new { fontSize = "11px", colors = new[] { "#222" } } },
        xaxis = new { type = "category", labels = new { rotate = -45, trim = true, hideOverlappingLabels = false } },
        yaxis = new { logarithmic, labels = new { formatter = "usd" } },
        tooltip = new { custom = "pointTooltip" },
        responsive = s_phone,
    };

    /// <summary>
    /// The plotted value of a growth rate on the symmetric log axis (decision 0101): linear within ±10%, one step per
    /// tenfold beyond (10% is 1, 100% is 2, 1,000% is 3).
    /// </summary>
    public static double Symlog(decimal percent)
    {
        var magnitude = Math.Abs((double)percent);
        var t = magnitude <= 10 ? magnitude / 10 : 1 + Math.Log10(magnitude / 10);
        return Math.Round(Math.Sign(percent) * t, 4);
    }

    /// <summary>
    /// A growth bar's name in lines: the period and reporter (in words where none is stated), then the product, wrapped
    /// rather than cut: <paramref name="product"/> where it names it in the page's language (ListedCell.Shown), else
    /// as published.
    /// </summary>
    public static string[] GrowthLabel(GrowthRate g, string? product = null) =>
        [.. LabelLines.Wrap($"{g.PeriodLabel} · {Reporters.Label(g.Current.Reporter)}{(g.Flagged ? " *" : "")}", 22, 2), .. LabelLines.Wrap($"{product ?? g.Current.Product} ({g.Current.HsCode})", 22, 3)];

    /// <param name="rates">The bars, highest first.</param>
    /// <param name="product">A rate's product in the page's language where it has a wording of its own, else null (as published).</param>
    public static object Growth(IReadOnlyList<GrowthRate> rates, Func<GrowthRate, string?>? product = null)
    {
        var plotted = rates.Select(g => Symlog(g.GrowthPercent)).ToArray();
        var low = Math.Floor(Math.Min(0, plotted.DefaultIfEmpty(0).Min()));
        var high = Math.Ceiling(Math.Max(0, plotted.DefaultIfEmpty(0).Max()));
        high = Math.Max(high, low + 1);
        return new
        {
            chart = ChartOptions.Chart("bar", GrowthHeight(rates.Count)),
            series = new[]
            {
                new
                {
                    name = T("GrowthSeries"),
                    data = rates.Select((g, i) => new
                    {
                        x = GrowthLabel(g, product?.Invoke(g)),
                        url = ProductLink.For(g.Current.HsCode, g.Current.Exporter, g.Current.Importer),
                        y = plotted[i],
                        fillColor = OverviewText.Direction(g.GrowthPercent) == GrowthDirection.Up ? Up : Down,
                        fill = ChartMarks.BarFill(g.Qualifier),
                        mark = ChartMarks.Mark(g.Qualifier),
                        label = Money.Percent(g.GrowthPercent, g.Qualifier),
                        tip = Tip(F("GrowthTip", ("period", g.PeriodLabel), ("previous", g.PreviousPeriodLabel), ("rate", Money.PercentWithRange(g))),
                            Money.Pair(g), Reporters.TipLine(g.Current.Reporter), F("TipFlow", ("flow", Bidi.Ltr($"{g.Current.Exporter} → {g.Current.Importer}", Language.Current))),
                            F("TipSource", ("source", Source(g.Current.SourcePublisher))), g.FlagReason),
                    }).ToArray(),
                },
            },
            stroke = new { show = true, width = 1.5, colors = new[] { "transparent" } },
            plotOptions = new { bar = new { horizontal = true, borderRadius = 2, barHeight = "60%", dataLabels = new { position = "top" } } },
            dataLabels = new { enabled = true, formatter = "pointLabel", offsetX = 30, style = new { fontSize = "11px", colors = new[] { "#222" } } },
            xaxis = new { min = low, max = high, tickAmount = (int)(high - low), labels = new { formatter = "symlogPercent", style = new { fontSize = "10px" } } },
            yaxis = new { labels = new { maxWidth = 220, style = new { fontSize = "11px" } } },
            grid = new { padding = new { right = 40 } },
            tooltip = new { custom = "pointTooltip" },
            // On a phone the names get their lines and the values stay: the bars are what shrinks.
            responsive = new object[]
            {
                new
                {
                    breakpoint = 600,
                    options = new
                    {
                        yaxis = new { labels = new { maxWidth = 130, style = new { fontSize = "10px" } } },
                        // Every other step labelled: a phone has room for four tick labels, not seven.
                        xaxis = new { labels = new { formatter = "symlogPercentSparse" } },
                        dataLabels = new { offsetX = 26, style = new { fontSize = "10px" } },
                    },
                },
            },
        };
    }

    public static int GrowthHeight(int bars) => Math.Max(220, 58 * bars + 80);

    // The products by count, as a sum's tooltip has them: the data table lists them.
    private static string[] ValueAddedTip(ValueAddedPoint p, string sum, string value, Listed products) =>
        Tip(F("ShareTip", ("period", p.PeriodLabel), ("share", p.ShareDisplay)), ShareNote(p),
            F(sum, ("value", value), ("products", s_texts.Plural("Products", products.Count, Language.Current))),
            Reporters.TipLine(p.Reporter), F("TipSource", ("source", Source(p.Sources))));

    /// <summary><see cref="ValueAddedPoint.ShareNote"/> in the page's language: why the share is not exact; null where it is.</summary>
    public static string? ShareNote(ValueAddedPoint p) => Comparisons.Ratio(p.ProcessedQualifier, p.RawQualifier).Reading switch
    {
        RatioReading.Exact => null,
        RatioReading.FirstIsBound => T("FirstIsBound"),
        RatioReading.SecondIsBound => T("SecondIsBound"),
        RatioReading.BothBounds => T("BothBounds"),
        _ => T("ApproximateShare"),
    };

    /// <summary>A value-added bar's name: <c>2025 (CN-GACC) *</c>, the star where a bound or an approximate figure is in it.</summary>
    public static string BarLabel(ValueAddedPoint p) => F("BarLabel", ("period", p.PeriodLabel), ("reporter", Reporters.Label(p.Reporter))) + (p.Indicative ? " *" : "");

    public static object ValueAdded(IReadOnlyList<ValueAddedPoint> points) => new
    {
        chart = ChartOptions.Chart("bar", Math.Max(220, 46 * points.Count + 90), stacked: true, stackType: "100%"),
        series = new[]
        {
            new
            {
                name = T("ProcessedSeries"),
                data = points.Select(p => new { x = BarLabel(p), y = p.ProcessedUsd, label = p.ProcessedDisplay, fill = ChartMarks.BarFill(p.ProcessedQualifier), mark = ChartMarks.Mark(p.ProcessedQualifier),
                    tip = ValueAddedTip(p, "ProcessedTip", p.ProcessedDisplay, p.Processed) }).ToArray(),
            },
            new
            {
                name = T("RawSeries"),
                data = points.Select(p => new { x = BarLabel(p), y = p.RawUsd, label = p.RawDisplay, fill = ChartMarks.BarFill(p.RawQualifier), mark = ChartMarks.Mark(p.RawQualifier),
                    tip = ValueAddedTip(p, "RawTip", p.RawDisplay, p.Raw) }).ToArray(),
            },
        },
        colors = new[] { Processed, Raw },
        stroke = new { show = true, width = 1.5, colors = new[] { Processed, Raw } },
        plotOptions = new { bar = new { horizontal = true, barHeight = "65%" } },
        dataLabels = new { enabled = true, formatter = "share", style = new { colors = new[] { "#fff" } }, background = new { enabled = true, foreColor = "#1d2428", opacity = 0.85, borderWidth = 0 } },
        xaxis = new { labels = new { formatter = "share" } },
        legend = new { position = "bottom", horizontalAlign = "left" },
        tooltip = new { custom = "pointTooltip" },
    };

    /// <summary>
    /// The paths from the stated baseline to each end of the goal, and the known sums beside them, on an axis of
    /// every year from the first to the goal's.
    /// </summary>
    public static object Target(TargetTrack t)
    {
        static LinePoint PathPoint(string year, decimal value, decimal baseline, int from) => ChartMarks.Line(year, value, DerivedQualifier.Exact, "", Money.Usd(value),
            Tip(F("PathTip", ("year", year), ("value", Money.Usd(value))),
                F("PathFrom", ("about", Money.Sign(DerivedQualifier.Approximate)), ("baseline", Money.Usd(baseline)), ("year", from)), T("Ambition")));

        var known = t.Known.ToDictionary(k => k.Year);
        var first = new[] { t.BaseYear ?? t.ByYear }.Concat(known.Keys).Min();
        var last = new[] { t.ByYear }.Concat(known.Keys).Max();
        var years = Enumerable.Range(first, last - first + 1).Select(y => y.ToString(CultureInfo.InvariantCulture)).ToArray();
        var series = new List<object>();
        foreach (var (path, index) in t.Paths.Select((p, i) => (p, i)))
        {
            var values = path.Points.ToDictionary(p => p.Year, p => p.Value);
            series.Add(new
            {
                name = PathName(t, index),
                data = years.Select((year, i) => values.TryGetValue(first + i, out var value)
                    ? PathPoint(year, value, t.BaselineUsd ?? 0m, t.BaseYear ?? t.ByYear)
                    : ChartMarks.Gap(year)).ToArray(),
            });
        }
        series.Add(new
        {
            name = KnownName(t),
            data = years.Select((year, i) => known.TryGetValue(first + i, out var k)
                ? ChartMarks.Line(year, k.ValueUsd, k.Qualifier, Processed, k.Display, PointTip(k))
                : ChartMarks.Gap(year)).ToArray(),
        });
        return new
        {
            chart = ChartOptions.Chart("line", 340),
            series,
            colors = new[] { "#8a8a8a", "#4a4a4a", Processed }[^series.Count..],
            stroke = new { width = new[] { 2, 2, 3 }[^series.Count..], dashArray = new[] { 6, 6, 0 }[^series.Count..], curve = "straight" },
            // The paths are lines to a goal, not figures: no markers on them.
            markers = new { size = new[] { 0, 0, 6 }[^series.Count..], strokeWidth = 2 },
            dataLabels = new { enabled = false },
            xaxis = new { type = "category", categories = years, tooltip = new { enabled = false } },
            yaxis = new { min = 0, labels = new { formatter = "usd" } },
            grid = new { padding = new { left = 16, right = 16 } },
            legend = new { position = "bottom", horizontalAlign = "left" },
            tooltip = new { shared = false, intersect = true, custom = "pointTooltip" },
        };
    }

    /// <summary><see cref="TargetPath.Name"/> in the page's language: <c>Path to $6 bn by 2030 (+24.6% a year)</c>.</summary>
    /// <param name="index">0 for the path to the goal's low end, 1 for its high end (<see cref="TargetTrack.Paths"/>' order).</param>
    public static string PathName(TargetTrack t, int index)
    {
        var (goal, rate) = index == 0 ? (t.LowUsd, t.RequiredLowPercent ?? 0m) : (t.HighUsd, t.RequiredHighPercent ?? 0m);
        return F("PathName", ("goal", Money.Usd(goal)), ("year", t.ByYear), ("rate", Money.Percent(rate)));
    }

    /// <summary><see cref="TargetTrack.KnownName"/> in the page's language.</summary>
    public static string KnownName(TargetTrack t) => t.KnownFlow is { } flow
        ? F("KnownName", ("flow", Bidi.Ltr(flow.Label, Language.Current)))
        : T("KnownNameNoFlow");
}
