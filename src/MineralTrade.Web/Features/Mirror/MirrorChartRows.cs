using MineralTrade.Web.Features.Figures;

namespace MineralTrade.Web.Features.Mirror;

/// <summary>
/// The numbers a chart of comparisons draws (the product page's, and /compare's page of pairs): the two bars of each
/// pair, the first reporter's and the second's, with the gap and why the two may differ (issue 18, point 10).
/// </summary>
public static class MirrorChartRows
{
    /// <summary>/compare's chart: the pairs of one page of comparisons.</summary>
    public const string Pairs = "pairs";

    /// <summary>The series' names, as the chart's legend gives them.</summary>
    public const string FirstSeries = "First figure (the importer's, where one side is)", SecondSeries = "Second figure";

    /// <summary>The label of a comparison on the chart: code, months and flow, all our own text.</summary>
    public static string Label(MirrorPair p, bool withCode) =>
        $"{(withCode ? $"HS {p.HsCode} · " : "")}{p.PeriodLabel} · {p.First.Reporter} / {p.Second.Reporter}";

    /// <summary>Two lines a pair (both figures of a pair have a value), in the order drawn: the first reporter's bar, then the second's.</summary>
    public static IEnumerable<ChartRow> Of(string chart, IEnumerable<MirrorPair> pairs, bool withCode) => pairs.SelectMany(p =>
    {
        var label = Label(p, withCode);
        var note = $"Gap: {p.GapDisplay}; {MirrorRules.Explain(p.Kind)}";
        return new[] { (FirstSeries, p.First), (SecondSeries, p.Second) }
            .Select(s => ChartRow.OfFigure(chart, s.Item1, label, p.PeriodLabel, s.Item2,
                (Coverages.Note(s.Item2) is { } counts ? $"Counts: {counts}; " : "") + note));
    });
}
