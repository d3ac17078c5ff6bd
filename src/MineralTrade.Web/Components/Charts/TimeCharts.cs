using MineralTrade.Web.Features.Dashboard;
using MineralTrade.Web.Features.Figures;
using MineralTrade.Web.Features.Languages;
using MineralTrade.Web.Features.Products;

namespace MineralTrade.Web.Components.Charts;

/// <summary>One chart over time: periods of one kind on a category axis (decision 0102).</summary>
/// <param name="Id">The element id: unique in the page.</param>
/// <param name="Options">ApexCharts' options as JSON (<see cref="ChartJson"/>): what the page keeps is the string, not the object graph.</param>
/// <param name="Periods">The axis, as the data table's columns.</param>
/// <param name="Rows">The drawn series, as the data table's rows: a name and its sources once, a value per period.</param>
public sealed record TimeChart(
    string Id, PeriodKind Kind, string Title, string Options, string Description, int Height, int SeriesLeftOut, IReadOnlyList<LegendItem> Legend,
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
    private static readonly Texts s_texts = new(typeof(TimeCharts));

    private static string F(string key, params (string Name, object? Value)[] parts) => s_texts.Format(key, Language.Current, parts);

    /// <summary>
    /// A line's name in the page's language, from its parts (<see cref="YearSeries.Name"/> is the chart CSV's):
    /// <c>Copper ore: 2603, + 7403 from 2024, CN-GACC, full years</c>, <c>铜矿砂：2603，自2024年起 + 7403，CN-GACC，全年</c>.
    /// A name made apart from another (<see cref="OverviewText.Apart"/>) keeps its first period. English is the model's name.
    /// </summary>
    public static string Name(YearSeries s)
    {
        if (Language.Current == Language.English)
        {
            return s.Name;
        }
        var first = s.Changes.Count > 0 ? s.Changes[0].Before : OverviewText.Basket(s.Basket);
        var name = F("SeriesName", ("label", HsClassification.Label(s.Category, s.Basket, Language.Current)),
            ("baskets", OverviewText.Basket(s.Changes.Count > 0 ? s.Changes[0].BeforeCodes : s.Basket, Language.Current)
                + string.Concat(s.Changes.Select(c => F("Widens", ("added", Added(c)), ("period", c.PeriodLabel))))),
            ("group", GroupName(s)), ("kinds", OverviewText.PeriodKinds(s.Kind)));
        // The model's name as YearLines wrote it; what Apart added after it is "(from <first period>[, n])".
        var made = $"{HsClassification.Label(s.Category, s.Basket)}: {first}{string.Concat(s.Changes.Select(c => $", + {c.Added} from {c.PeriodLabel}"))}, {Group(s)}, {s.Shape}";
        return s.Name.Length > made.Length && s.Name.StartsWith(made + " (from ", StringComparison.Ordinal) && s.Name.EndsWith(')')
            ? name + F("From", ("first", s.Name[(made.Length + 7)..^1]))
            : name;
    }

    /// <summary>Whose sum a line is, in the page's language: the reporter, and the publisher where it is not stated.</summary>
    public static string GroupName(YearSeries s) => s.Publisher.Length == 0
        ? Reporters.Label(s.Reporter)
        : F("Group", ("reporter", Reporters.Label(s.Reporter)), ("publisher", OverviewCharts.Source(s.Publisher)));

    /// <summary><see cref="BasketChange.Words"/> in the page's language: where a line's sum starts adding more codes.</summary>
    public static string ChangeWords(BasketChange c) => F("Change", ("period", c.PeriodLabel), ("added", Added(c)),
        ("before", Language.Current == Language.English ? c.Before : OverviewText.Basket(c.BeforeCodes, Language.Current)));

    /// <summary>The codes a change adds, named in the page's language (<see cref="OverviewText.Basket(IEnumerable{string}, Language)"/>).</summary>
    private static string Added(BasketChange c) => Language.Current == Language.English ? c.Added : OverviewText.Basket(c.AddedCodes, Language.Current);

    /// <summary>Eight colours apart in hue and lightness; with three dash patterns, 24 series that all look different.</summary>
    private static readonly string[] s_palette = ["#1f6f8b", "#b36b00", "#6b4c9a", "#2e8b57", "#b03a2e", "#3b3b3b", "#d45087", "#4f9fd6"];
    private static readonly int[] s_dashes = [0, 7, 2];
    private static readonly string[] s_shapes = ["circle", "square", "diamond", "triangle"];

    /// <summary>Series drawn at most in one chart: beyond that, looks repeat; the rest stay in the table.</summary>
    public const int MaxSeries = YearLines.MaxSeries;

    public static (string Color, int Dash, string Shape) Look(int index) =>
        (s_palette[index % s_palette.Length], s_dashes[index / s_palette.Length % s_dashes.Length], s_shapes[index % s_shapes.Length]);

    /// <summary>The kinds of period a time axis can hold, in the order their charts are shown.</summary>
    public static readonly PeriodKind[] TimeKinds = YearLines.TimeKinds;

    /// <summary>
    /// One chart per kind of period, each on its own axis of every period from the first to the last drawn; each line
    /// of <see cref="YearLines"/> as it comes (one category, group and basket, or a basket that widens, marked where it does).
    /// </summary>
    public static IReadOnlyList<TimeChart> OverTime(IReadOnlyList<YearSeries> series, bool logarithmic, HsNomenclature nomenclature)
    {
        var charts = new List<TimeChart>();
        foreach (var kind in TimeKinds)
        {
            var drawn = series.Where(s => s.Kind == kind).Take(MaxSeries).ToList();
            if (drawn.Count == 0)
            {
                continue;
            }
            var ofKind = drawn.SelectMany(s => s.Points).ToList();
            var lines = drawn.Select(s => (Series: s, Name: Name(s), Group: GroupName(s), Points: s.Points.GroupBy(p => p.PeriodStart).ToDictionary(g => g.Key, g => g.First()),
                Changes: s.Changes.ToDictionary(c => c.PeriodStart))).ToList();
            var words = OverviewText.PeriodKinds(kind);
            var axis = Period.Sequence(kind, ofKind.Min(p => p.PeriodStart), ofKind.Max(p => p.PeriodStart)).ToList();
            var reporters = ofKind.Select(p => p.Reporter).Distinct().ToList();
            // Two lines per label ("Q1 FY2022-23", "Jul–Sep 2022") while they fit; on a long axis, turned labels of two
            // lines run into each other, so the months stay in the tooltip and the table.
            var categories = axis.Select(p => Period.LabelLines(p.Start, p.End, reporters) is var labels && axis.Count > 8 ? [labels[0]] : labels).ToArray();
            var chartSeries = lines.Select((line, i) => new
            {
                name = line.Name,
                data = axis.Select((period, j) => line.Points.TryGetValue(period.Start, out var p)
                    ? ChartMarks.Line(categories[j], p.ValueUsd, p.Qualifier, Look(i).Color, p.Display,
                        line.Changes.TryGetValue(period.Start, out var change) ? [.. OverviewCharts.PointTip(p, nomenclature), ChangeWords(change)] : OverviewCharts.PointTip(p, nomenclature),
                        OverviewCharts.ProductUrl(p), change is null ? null : $"+ {Added(change)}")
                    : ChartMarks.Gap(categories[j])).ToArray(),
            }).ToArray();
            var looks = Enumerable.Range(0, chartSeries.Length).Select(Look).ToArray();
            var changed = lines.Select((line, i) => (line, i)).Where(l => l.line.Changes.Count > 0).Select(l => l.i).ToArray();
            const int height = 320;
            var title = char.ToUpperInvariant(words[0]) + words[1..];
            charts.Add(new TimeChart(
                $"chart-time-{EnumNames<PeriodKind>.Name(kind)}", kind, title,
                ChartJson.Serialize(new
                {
                    chart = ChartOptions.Chart("line", height),
                    series = chartSeries,
                    colors = looks.Select(l => l.Color).ToArray(),
                    stroke = new { width = 2, curve = "straight", dashArray = looks.Select(l => l.Dash).ToArray() },
                    markers = new { size = 5, strokeWidth = 2, shape = looks.Select(l => l.Shape).ToArray() },
                    // Only where a line's basket widens: the point says what the sum adds from there (decision 0099).
                    dataLabels = changed.Length == 0
                        ? (object)new { enabled = false }
                        : new { enabled = true, enabledOnSeries = changed, formatter = "basketChange", offsetY = -8, background = new { enabled = false }, style = new { fontSize = "11px", fontWeight = 600 } },
                    xaxis = new
                    {
                        type = "category",
                        categories,
                        // Every period keeps its label: turned when they do not fit side by side (a phone, many months).
                        labels = new { hideOverlappingLabels = false, rotate = -45, trim = false },
                        tooltip = new { enabled = false },
                    },
                    // From zero on a linear axis (as the bars and the product pages): an axis starting at $2 bn made a
                    // 36% rise of the State Bank's fiscal years look several times larger. On a log axis, a tick at each
                    // power of ten ($0.1 M, $1 M, $10 M), not at the smallest value's multiples ($2.34 M, $18.81 M).
                    yaxis = new { logarithmic, forceNiceScale = logarithmic, min = logarithmic ? (int?)null : 0, labels = new { formatter = "usd" } },
                    grid = new { padding = new { left = 24, right = 24 } },
                    // The legend is the page's (ChartLegend): ApexCharts' own scrolls inside the chart when it is long.
                    legend = new { show = false },
                    tooltip = new { shared = false, intersect = true, custom = "pointTooltip" },
                }),
                F("Description", ("title", title), ("series", string.Join(F("SeriesSeparator"), lines.Select(l => F("SeriesPoints", ("name", l.Name),
                    ("points", string.Join(F("PointSeparator"), l.Points.Values.OrderBy(p => p.PeriodStart).Select(p => F("Point", ("period", p.PeriodLabel), ("value", p.Display))))
                        + string.Concat(l.Series.Changes.Select(c => $" ({ChangeWords(c)})")))))))),
                height,
                drawn[0].KindLeftOut,
                [.. chartSeries.Select((s, i) => new LegendItem(s.name, looks[i].Color, looks[i].Dash, looks[i].Shape))],
                [.. axis.Select(p => Period.Label(p.Start, p.End, reporters))],
                [.. lines.Select(line => new TimeRow(line.Name, line.Group,
                    string.Join("; ", line.Points.Values.SelectMany(p => p.Sources.Split("; ")).Distinct()),
                    [.. axis.Select(period => line.Points.TryGetValue(period.Start, out var p) ? p.Display : null)]))]));
        }
        return charts;
    }

    /// <summary>
    /// Whose sum a line is: its reporter, and for <c>unstated</c> its publisher too, since two unnamed statistics sides
    /// cannot be assumed to be one (decision 0093).
    /// </summary>
    public static string Group(YearSeries s) => OverviewBuilder.Group(s.Reporter, s.Publisher);
}
