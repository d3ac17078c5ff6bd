using MineralTrade.Web.Features.Figures;
using MineralTrade.Web.Features.Mirror;

namespace MineralTrade.Web.Features.Products;

/// <summary>
/// The numbers each chart of a product page draws, from the same <see cref="ProductView"/> as the chart and its data
/// table: a line per reporter's point of one kind of period, and the two bars of each comparison drawn (issue 18, point 10).
/// </summary>
public static class ProductChartRows
{
    public const string Mirror = "mirror";

    /// <summary>Comparisons a product page draws at most: the latest; the compare page lists them all.</summary>
    public const int MaxPairsCharted = 24;

    /// <summary>The chart of one kind of period: <c>series-annual</c>, <c>series-month</c>... (the chart's element id without <c>chart-</c>).</summary>
    public static string Series(PeriodKind kind) => "series-" + EnumNames<PeriodKind>.Name(kind);

    /// <summary>Every product chart with a CSV, in the page's order.</summary>
    public static readonly IReadOnlyList<string> Charts = [.. PeriodAxis.Charted.Select(Series), Mirror];

    /// <summary>The view a product chart is drawn for: the code and the flow shown (what names its files).</summary>
    public static FigureFilter Filter(string code, Flow? flow) => new() { HsCodes = [code], Exporter = flow?.Exporter, Importer = flow?.Importer };

    /// <summary>The comparisons the page draws (and lists beside the chart): the latest <see cref="MaxPairsCharted"/>.</summary>
    public static IReadOnlyList<MirrorPair> ChartedPairs(ProductView v) => [.. v.Pairs.TakeLast(MaxPairsCharted)];

    /// <summary>The rows of <paramref name="chart"/> (one of <see cref="Charts"/>) as the page of <paramref name="v"/> draws it; none where it draws no such chart.</summary>
    public static IEnumerable<ChartRow> Of(ProductView v, string chart) => chart == Mirror
        ? MirrorChartRows.Of(chart, ChartedPairs(v), withCode: false)
        : v.Charts.Where(c => Series(c.Kind) == chart).SelectMany(c => SeriesRows(chart, c));

    // Each reporter's point in slot order, as its line is drawn and its column of the data table lists it.
    private static IEnumerable<ChartRow> SeriesRows(string chart, SeriesChart c) =>
        c.Series.SelectMany(s => c.Slots.Select((slot, i) => (slot, f: s.Points[i]))
            .Where(p => p.f is { ValueUsd: not null })
            .Select(p => ChartRow.OfFigure(chart, s.Name, null, p.slot.Label, p.f!, Coverages.Note(p.f!) is { } counts ? "Counts: " + counts : null)));
}
