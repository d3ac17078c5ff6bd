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
/// The overview's charts over time: one per kind of period, each on its own axis of every period (decision 0102); its
/// points drawn by <see cref="ChartMarks"/>, their tooltips and links as the overview's other charts have them.
/// </summary>
public static class TimeCharts
{
    /// <summary>Eight colours apart in hue and lightness; with three dash patterns, 24 series that all look different.</summary>
    private static readonly string[] s_palette = ["#1f6f8b", "#b36b00", "#6b4c9a", "#2e8b57", "#b03a2e", "#3b3b3b", "#d45087", "#4f9fd6"];
    private static readonly int[] s_dashes = [0, 7, 2];
    private static readonly string[] s_shapes = ["circle", "square", "diamond", "triangle"];

    /// <summary>Series drawn at most in one chart: beyond that, looks repeat; the rest stay in the table.</summary>
    public const int MaxSeries = 24;

    public static (string Color, int Dash, string Shape) Look(int index) =>
        (s_palette[index % s_palette.Length], s_dashes[index / s_palette.Length % s_dashes.Length], s_shapes[index % s_shapes.Length]);

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
                    ? ChartMarks.Line(categories[j], p.ValueUsd, p.Qualifier, Look(i).Color, p.Display, OverviewCharts.PointTip(p), OverviewCharts.ProductUrl(p))
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

}
