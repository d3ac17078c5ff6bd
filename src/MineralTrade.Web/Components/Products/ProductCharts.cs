using MineralTrade.Web.Components.Charts;
using MineralTrade.Web.Components.Shared;
using MineralTrade.Web.Features.Figures;
using MineralTrade.Web.Features.Languages;
using MineralTrade.Web.Features.Mirror;
using MineralTrade.Web.Features.Products;

namespace MineralTrade.Web.Components.Products;

/// <summary>
/// The product and comparison charts as ApexCharts options. Only our own text goes where ApexCharts writes HTML
/// (series names are reporter codes, axis labels are periods and codes); imported text (product names, publishers)
/// reaches a chart only inside tooltip lines, which the chart module escapes. The words are the page's language's
/// (<c>Resources/Components/Products/ProductCharts.*.resx</c>); codes and publishers stay as they are, isolated.
/// </summary>
public static class ProductCharts
{
    private static readonly Texts s_texts = new(typeof(ProductCharts));

    private static readonly string[] s_palette = ["#1f6f8b", "#c58b2b", "#6b4c9a", "#2e8b57", "#b03a2e", "#4d6d9a", "#8a6d3b", "#d45087"];

    public static string[] Tip(Figure f, string? series = null)
    {
        var language = Language.Current;
        var source = Bidi.Isolate(f.SourcePublisher);
        return
        [
            s_texts.Format("TipValue", language, ("period", Period.Label(f.PeriodStart, f.PeriodEnd, f.Reporter)), ("value", Money.Usd(f.ValueUsd, f.Qualifier))),
            .. UnitValue.Of(f) is { } u ? new[] { s_texts.Format("TipUnitValue", language, ("quantity", UnitValue.Quantity(f.Quantity, f.QuantityUnit)), ("unit", u.Display)) } : [],
            // The series' name where it says more than the reporter (its coverage, which of the unstated reporters).
            Reporters.TipLine(f.Reporter, language) + (series is null || series == f.Reporter ? "" : " · " + Bidi.Isolate(series)),
            .. Coverages.Note(f) is { } counts ? new[] { s_texts.Format("TipCounts", language, ("counts", counts)) } : [],
            s_texts.Format("TipFlow", language, ("flow", Bidi.Ltr($"{f.Exporter} → {f.Importer}", language))),
            f.SourceDate is { } d
                ? s_texts.Format("TipSourceDated", language, ("source", source), ("date", Bidi.Ltr(d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), language)))
                : s_texts.Format("TipSource", language, ("source", source)),
        ];
    }

    /// <summary>
    /// One line per reporter over every period of one kind, a gap where a reporter gave no figure. A point's tooltip
    /// gives its value with its qualifier (<c>≥ $11 M</c> for a lower bound), as the data table does; a point that is
    /// not exact is drawn hollow (<see cref="ChartMarks"/>).
    /// </summary>
    public static object Series(SeriesChart chart) => new
    {
        chart = ChartOptions.Chart("line", 320),
        series = chart.Series.Select((s, n) => new
        {
            name = s.Name,
            data = chart.Slots.Select((slot, i) => s.Points[i] is { ValueUsd: { } value } f
                ? ChartMarks.Line(slot.Label, value, Money.Derived(f.Qualifier), s_palette[n % s_palette.Length], Money.Usd(f.ValueUsd, f.Qualifier), Tip(f, s.Name))
                : ChartMarks.Gap(slot.Label)).ToArray(),
        }).ToArray(),
        colors = s_palette,
        stroke = new { width = 2, curve = "straight" },
        markers = new { size = 5 },
        dataLabels = new { enabled = false },
        xaxis = new { type = "category", tickPlacement = "on", labels = new { rotate = -45, hideOverlappingLabels = true } },
        yaxis = new { min = 0, labels = new { formatter = "usd" } },
        legend = new { position = "bottom", horizontalAlign = "left", showForSingleSeries = true },
        tooltip = new { shared = false, intersect = true, custom = "pointTooltip" },
    };

    /// <summary>The label of a comparison on the chart (declared once with its CSV's: <see cref="MirrorChartRows.Label"/>).</summary>
    public static string PairLabel(MirrorPair p, bool withCode) => MirrorChartRows.Label(p, withCode);

    /// <summary>
    /// Each pair as two bars side by side (the first reporter's and the second's), so that the gap is the difference
    /// in length; the tooltip gives both values, the gap and the sources.
    /// </summary>
    public static object Pairs(IReadOnlyList<MirrorPair> pairs, bool withCode) => new
    {
        chart = ChartOptions.Chart("bar", PairsHeight(pairs.Count)),
        series = new[]
        {
            new { name = s_texts["FirstSeries", Language.Current], data = pairs.Select(p => Bar(p, p.First, withCode)).ToArray() },
            new { name = s_texts["SecondSeries", Language.Current], data = pairs.Select(p => Bar(p, p.Second, withCode)).ToArray() },
        },
        colors = new[] { "#1f6f8b", "#c58b2b" },
        plotOptions = new { bar = new { horizontal = true, barHeight = "70%", dataLabels = new { position = "top" } } },
        dataLabels = new { enabled = true, formatter = "pointLabel", offsetX = 30, style = new { fontSize = "11px", colors = new[] { "#222" } } },
        xaxis = new { labels = new { formatter = "usd" } },
        yaxis = new { labels = new { maxWidth = 320 } },
        legend = new { position = "bottom", horizontalAlign = "left" },
        tooltip = new { shared = false, intersect = true, custom = "pointTooltip" },
        responsive = new[] { PairsOnAPhone(pairs, withCode) },
    };

    /// <summary>The pairs chart's height on a wide screen: a row of two bars per pair, with room for the axis and legend.</summary>
    public static int PairsHeight(int pairs) => Math.Max(200, 52 * pairs + 90);

    /// <summary>Below this width the pairs chart puts each pair's label above its bars (issue 18, point 2).</summary>
    public const int PhoneWidth = 600;

    // Each pair's row on a phone: its label, then its two bars at half the row; the axis and the legend (kept at two
    // lines by its width, so the rows' height is the same at every phone width) take the rest.
    private const int PhoneRow = 84, PhoneAxisAndLegend = 112;

    /// <summary>
    /// On a phone the labels beside the bars took the width and squeezed the bars to ~50 px: there each pair's label is
    /// written above its bars (an annotation at its category, SVG text), the bars take the whole width, and the axis
    /// has three ticks. The side labels stay, transparent and one pixel wide: they place the annotations exactly.
    /// </summary>
    private static object PairsOnAPhone(IReadOnlyList<MirrorPair> pairs, bool withCode) => new
    {
        breakpoint = PhoneWidth,
        options = new
        {
            chart = new { height = PhoneRow * pairs.Count + PhoneAxisAndLegend },
            plotOptions = new { bar = new { barHeight = "46%" } },
            yaxis = new { labels = new { maxWidth = 1, style = new { colors = "transparent" } } },
            xaxis = new { tickAmount = 3 },
            legend = new { width = 300 },
            grid = new { padding = new { left = 0, right = 60 } },
            annotations = new
            {
                yaxis = pairs.Select(p => new
                {
                    y = PairLabel(p, withCode),
                    borderColor = "transparent",
                    label = new
                    {
                        text = PairLabel(p, withCode),
                        position = "left",
                        textAnchor = "start",
                        borderWidth = 0,
                        offsetY = -24,
                        style = new { background = "transparent", color = "#1d2428", fontSize = "12px", padding = new { left = 0, right = 0 } },
                    },
                }).ToArray(),
            },
        },
    };

    private static object Bar(MirrorPair p, Figure f, bool withCode) => new
    {
        x = PairLabel(p, withCode),
        y = f.ValueUsd,
        fill = ChartMarks.BarFill(Money.Derived(f.Qualifier)),
        mark = ChartMarks.Mark(Money.Derived(f.Qualifier)),
        label = Money.Usd(f.ValueUsd, f.Qualifier),
        tip = (string[])[.. Tip(f), s_texts.Format("TipGap", Language.Current, ("gap", p.GapDisplay)), MirrorRules.Explain(p.Kind)],
        // On /compare a bar opens its product page; on the product page it is that page.
        url = withCode ? ProductLink.For(p.HsCode, p.Exporter, p.Importer) : null,
    };
}
