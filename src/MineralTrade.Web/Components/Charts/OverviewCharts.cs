using System.Globalization;
using MineralTrade.Web.Components.Shared;
using MineralTrade.Web.Features.Dashboard;
using MineralTrade.Web.Features.Figures;

namespace MineralTrade.Web.Components.Charts;

/// <summary>One chart over time: periods of one kind on a category axis (decision 0102).</summary>
/// <param name="Id">The element id: unique in the page.</param>
/// <param name="Periods">The axis, as the data table's columns.</param>
/// <param name="Rows">The drawn series, as the data table's rows: a name and its sources once, a value per period.</param>
public sealed record TimeChart(
    string Id, PeriodKind Kind, string Title, object Options, string Description, int Height, int SeriesLeftOut, IReadOnlyList<LegendItem> Legend,
    IReadOnlyList<string> Periods, IReadOnlyList<TimeRow> Rows);

/// <summary>One series of a time chart in its data table: the value shown for each period of the axis, empty where it has none.</summary>
public sealed record TimeRow(string Name, string Reporter, string Sources, IReadOnlyList<string?> Values);

/// <summary>How one series looks: what its legend swatch draws.</summary>
public sealed record LegendItem(string Name, string Color, int Dash, string Shape);

/// <summary>
/// The overview's charts as ApexCharts options. Each point carries its own display label (with its qualifier) and
/// tooltip lines (period, reporter, source); the JS module's named functions show them. A point that is not exact is
/// drawn by <see cref="ChartMarks"/>, as on every chart.
/// </summary>
public static class OverviewCharts
{
    public const string Processed = "#1f6f8b", Raw = "#b36b00", Up = "#1e7b45", Down = "#b03a2e";

    /// <summary>Eight colours apart in hue and lightness; with three dash patterns, 24 series that all look different.</summary>
    private static readonly string[] s_palette = ["#1f6f8b", "#b36b00", "#6b4c9a", "#2e8b57", "#b03a2e", "#3b3b3b", "#d45087", "#4f9fd6"];
    private static readonly int[] s_dashes = [0, 7, 2];
    private static readonly string[] s_shapes = ["circle", "square", "diamond", "triangle"];

    /// <summary>Series drawn at most in one chart: beyond that, looks repeat; the rest stay in the table.</summary>
    public const int MaxSeries = 24;

    public static (string Color, int Dash, string Shape) Look(int index) =>
        (s_palette[index % s_palette.Length], s_dashes[index / s_palette.Length % s_dashes.Length], s_shapes[index % s_shapes.Length]);

    // On a phone, value labels on vertical bars collide: the tooltip and the data table carry the values there.
    private static readonly object[] s_phone = [new { breakpoint = 600, options = new { dataLabels = new { enabled = false } } }];

    private static string[] Tip(string title, params string?[] lines) => [title, .. lines.Where(l => !string.IsNullOrEmpty(l)).Select(l => l!)];

    /// <summary>
    /// A sum's tooltip: period and value, reporter, source, and what it adds: the figure where it is one, else how many
    /// (the data table lists them), so that a tooltip weighs the same whatever a total adds (issue 21).
    /// </summary>
    private static string[] PointTip(TotalPoint p) =>
        [p.PeriodLabel + ": " + p.Display, "Reporter: " + p.Reporter, "Source: " + p.Sources,
         p.Components is { Count: 1, Items: [var only] } ? only : OverviewText.Count(p.Components.Count, "figure added", "figures added")];

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

    public static object ByCategory(IReadOnlyList<TotalPoint> bars, bool logarithmic) => new
    {
        chart = ChartOptions.Chart("bar", 340),
        series = new[]
        {
            new
            {
                name = "Value, US$",
                data = bars.Select(b => new { x = HsClassification.Label(b.Category, b.Codes), y = b.ValueUsd, label = b.Display, tip = PointTip(b), fill = ChartMarks.BarFill(b.Qualifier), mark = ChartMarks.Mark(b.Qualifier), url = ProductUrl(b) }).ToArray(),
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

    /// <summary>The kinds of period a time axis can hold, in the order their charts are shown.</summary>
    public static readonly PeriodKind[] TimeKinds = [PeriodKind.Annual, PeriodKind.FiscalYear, PeriodKind.HalfYear, PeriodKind.Quarter, PeriodKind.Month];

    /// <summary>
    /// One chart per kind of period, each on its own axis of every period from the first to the last; one series per
    /// category, reporter and basket of HS codes, so that a line never joins two reporters or two baskets.
    /// </summary>
    public static IReadOnlyList<TimeChart> OverTime(IReadOnlyList<YearSeries> series, bool logarithmic)
    {
        var points = series.SelectMany(s => s.Points).ToList();
        var charts = new List<TimeChart>();
        foreach (var kind in TimeKinds)
        {
            var ofKind = points.Where(p => Period.KindOf(p.PeriodStart, p.PeriodEnd) == kind).ToList();
            if (ofKind.Count == 0)
            {
                continue;
            }
            var lines = ofKind
                .GroupBy(p => (p.Category, CategoryName: HsClassification.Label(p.Category, p.Codes), Reporter: Group(p), Codes: string.Join(' ', p.Codes)))
                .Select(g => (g.Key, Basket: Basket(g.First().Codes), Points: g.GroupBy(p => p.PeriodStart).Select(x => x.First()).ToDictionary(p => p.PeriodStart)))
                .OrderByDescending(l => l.Points.Values.Max(p => p.PeriodEnd))
                .ThenByDescending(l => l.Points.Values.OrderBy(p => p.PeriodEnd).Last().ValueUsd)
                .ToList();
            var drawn = lines.Take(MaxSeries)
                .OrderBy(l => l.Key.CategoryName, StringComparer.Ordinal).ThenBy(l => l.Key.Reporter, StringComparer.Ordinal).ThenBy(l => l.Basket, StringComparer.Ordinal)
                .ThenBy(l => l.Points.Keys.Min())
                .ToList();
            var words = OverviewText.PeriodKinds(kind);
            var names = OverviewText.Apart([.. drawn.Select(l => ($"{l.Key.CategoryName}: {l.Basket}, {l.Key.Reporter}, {words}", l.Points[l.Points.Keys.Min()].PeriodLabel))]);
            var axis = Period.Sequence(kind, ofKind.Min(p => p.PeriodStart), ofKind.Max(p => p.PeriodStart)).ToList();
            var reporters = ofKind.Select(p => p.Reporter).Distinct().ToList();
            // Two lines per label ("Q1 FY2022-23", "Jul–Sep 2022") while they fit; on a long axis, turned labels of two
            // lines run into each other, so the months stay in the tooltip and the table.
            var categories = axis.Select(p => Period.LabelLines(p.Start, p.End, reporters) is var lines && axis.Count > 8 ? [lines[0]] : lines).ToArray();
            var chartSeries = drawn.Select((line, i) => new
            {
                name = names[i],
                data = axis.Select((period, j) => line.Points.TryGetValue(period.Start, out var p)
                    ? ChartMarks.Line(categories[j], p.ValueUsd, p.Qualifier, Look(i).Color, p.Display, PointTip(p), ProductUrl(p))
                    : ChartMarks.Gap(categories[j])).ToArray(),
            }).ToArray();
            var looks = Enumerable.Range(0, chartSeries.Length).Select(Look).ToArray();
            const int height = 320;
            var title = char.ToUpperInvariant(words[0]) + words[1..];
            charts.Add(new TimeChart(
                $"chart-time-{EnumNames<PeriodKind>.Name(kind)}", kind, title,
                new
                {
                    chart = ChartOptions.Chart("line", height),
                    series = chartSeries,
                    colors = looks.Select(l => l.Color).ToArray(),
                    stroke = new { width = 2, curve = "straight", dashArray = looks.Select(l => l.Dash).ToArray() },
                    markers = new { size = 5, strokeWidth = 2, shape = looks.Select(l => l.Shape).ToArray() },
                    dataLabels = new { enabled = false },
                    xaxis = new
                    {
                        type = "category",
                        categories,
                        // Every period keeps its label: turned when they do not fit side by side (a phone, many months).
                        labels = new { hideOverlappingLabels = false, rotate = -45, trim = false },
                        tooltip = new { enabled = false },
                    },
                    // From zero on a linear axis (as the bars and the product pages): an axis starting at $2 bn made a
                    // 36% rise of the State Bank's fiscal years look several times larger.
                    yaxis = new { logarithmic, min = logarithmic ? (int?)null : 0, labels = new { formatter = "usd" } },
                    grid = new { padding = new { left = 24, right = 24 } },
                    // The legend is the page's (ChartLegend): ApexCharts' own scrolls inside the chart when it is long.
                    legend = new { show = false },
                    tooltip = new { shared = false, intersect = true, custom = "pointTooltip" },
                },
                $"{title}: " + string.Join("; ", drawn.Select(l => $"{l.Key.CategoryName} ({l.Basket}, {l.Key.Reporter}): "
                    + string.Join(", ", l.Points.Values.OrderBy(p => p.PeriodStart).Select(p => $"{p.PeriodLabel} {p.Display}")))),
                height,
                lines.Count - drawn.Count,
                [.. chartSeries.Select((s, i) => new LegendItem(s.name, looks[i].Color, looks[i].Dash, looks[i].Shape))],
                [.. axis.Select(p => Period.Label(p.Start, p.End, reporters))],
                [.. drawn.Select((line, i) => new TimeRow(names[i], line.Key.Reporter,
                    string.Join("; ", line.Points.Values.SelectMany(p => p.Sources.Split("; ")).Distinct()),
                    [.. axis.Select(period => line.Points.TryGetValue(period.Start, out var p) ? p.Display : null)]))]));
        }
        return charts;
    }

    /// <summary>
    /// Whose sum a point is: its reporter, and for <c>unstated</c> its publisher too, since two unnamed statistics sides
    /// cannot be assumed to be one (decision 0093).
    /// </summary>
    public static string Group(TotalPoint p) => p.Reporter == Codes.Unstated ? $"{Codes.Unstated} ({p.Sources})" : p.Reporter;

    /// <summary>The HS codes a sum adds, as a series names them (<see cref="OverviewText.Basket"/>).</summary>
    public static string Basket(IEnumerable<string> codes) => OverviewText.Basket(codes);

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

    /// <summary>Words wrapped to lines of at most <paramref name="width"/> characters, at most <paramref name="lines"/> of them.</summary>
    public static string[] Wrap(string text, int width, int lines)
    {
        var result = new List<string>();
        var line = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                result.Add(line);
                line = word;
            }
            else
            {
                line = line.Length == 0 ? word : line + " " + word;
            }
        }
        if (line.Length > 0)
        {
            result.Add(line);
        }
        return result.Count <= lines ? [.. result] : [.. result.Take(lines - 1), result[lines - 1].TrimEnd('.', ',') + "…"];
    }

    /// <summary>A growth bar's name in lines: the period and reporter, then the product, wrapped rather than cut.</summary>
    public static string[] GrowthLabel(GrowthRate g) =>
        [$"{g.PeriodLabel} · {g.Current.Reporter}{(g.Flagged ? " *" : "")}", .. Wrap($"{g.Current.Product} ({g.Current.HsCode})", 22, 3)];

    public static object Growth(IReadOnlyList<GrowthRate> rates)
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
                    name = "Growth on the same months a year earlier",
                    data = rates.Select((g, i) => new
                    {
                        x = GrowthLabel(g),
                        url = ProductLink.For(g.Current.HsCode, g.Current.Exporter, g.Current.Importer),
                        y = plotted[i],
                        fillColor = OverviewText.Direction(g.GrowthPercent) == GrowthDirection.Up ? Up : Down,
                        fill = ChartMarks.BarFill(g.Qualifier),
                        mark = ChartMarks.Mark(g.Qualifier),
                        label = Money.Percent(g.GrowthPercent, g.Qualifier),
                        tip = Tip($"{g.PeriodLabel} against {g.PreviousPeriodLabel}: {Money.PercentWithRange(g)}",
                            Money.Pair(g), "Reporter: " + g.Current.Reporter, $"Flow: {g.Current.Exporter} → {g.Current.Importer}",
                            "Source: " + g.Current.SourcePublisher, g.FlagReason),
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
    private static string[] ValueAddedTip(ValueAddedPoint p, string sum, Listed products) =>
        Tip($"{p.PeriodLabel}: {p.ShareDisplay} processed", p.ShareNote, $"{sum}, {OverviewText.Count(products.Count, "product", "products")}",
            "Reporter: " + p.Reporter, "Source: " + p.Sources);

    public static string ValueAddedLabel(ValueAddedPoint p) => $"{p.PeriodLabel} ({p.Reporter}){(p.Indicative ? " *" : "")}";

    public static object ValueAdded(IReadOnlyList<ValueAddedPoint> points) => new
    {
        chart = ChartOptions.Chart("bar", Math.Max(220, 46 * points.Count + 90), stacked: true, stackType: "100%"),
        series = new[]
        {
            new
            {
                name = "Processed: metal and articles",
                data = points.Select(p => new { x = ValueAddedLabel(p), y = p.ProcessedUsd, label = p.ProcessedDisplay, fill = ChartMarks.BarFill(p.ProcessedQualifier), mark = ChartMarks.Mark(p.ProcessedQualifier),
                    tip = ValueAddedTip(p, "Processed: " + p.ProcessedDisplay, p.Processed) }).ToArray(),
            },
            new
            {
                name = "Raw: ores, concentrates and crude minerals",
                data = points.Select(p => new { x = ValueAddedLabel(p), y = p.RawUsd, label = p.RawDisplay, fill = ChartMarks.BarFill(p.RawQualifier), mark = ChartMarks.Mark(p.RawQualifier),
                    tip = ValueAddedTip(p, "Raw: " + p.RawDisplay, p.Raw) }).ToArray(),
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
            Tip($"{year}: {Money.Usd(value)} on this path", $"from the stated ~ {Money.Usd(baseline)} (taken as {from})", "A stated ambition, not a trade figure"));

        var known = t.Known.ToDictionary(k => k.Year);
        var first = new[] { t.BaseYear ?? t.ByYear }.Concat(known.Keys).Min();
        var last = new[] { t.ByYear }.Concat(known.Keys).Max();
        var years = Enumerable.Range(first, last - first + 1).Select(y => y.ToString(CultureInfo.InvariantCulture)).ToArray();
        var series = new List<object>();
        if (t.BaselineUsd is { } baseline && t.BaseYear is { } from)
        {
            foreach (var (goal, rate) in new[] { (t.LowUsd, t.RequiredLowPercent), (t.HighUsd, t.RequiredHighPercent) })
            {
                var r = (double)(rate ?? 0m) / 100.0;
                series.Add(new
                {
                    name = $"Path to {Money.Usd(goal)} by {t.ByYear} ({Money.Percent(rate ?? 0m)} a year)",
                    data = years.Select((year, i) => first + i >= from && first + i <= t.ByYear
                        ? PathPoint(year, Math.Round((decimal)((double)baseline * Math.Pow(1 + r, first + i - from)), 0), baseline, from)
                        : ChartMarks.Gap(year)).ToArray(),
                });
            }
        }
        series.Add(new
        {
            name = $"Known: mineral categories{(t.KnownFlow is { } f ? ", " + f.Label : "")} (lower bound)",
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
}
