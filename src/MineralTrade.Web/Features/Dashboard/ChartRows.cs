using MineralTrade.Web.Features.Figures;

namespace MineralTrade.Web.Features.Dashboard;

/// <summary>
/// The numbers each overview chart draws, from the same <see cref="OverviewModel"/> as the chart: a chart's CSV holds
/// its own bars and points (sums, growth rates, shares, the goal's paths), as many as it draws (issue 18, point 10).
/// </summary>
public static class ChartRows
{
    public const string ByCategory = "by-category", Growth = "growth", ValueAdded = "value-added", ValueAddedAllKnown = "value-added-all-known", Target = "target";

    /// <summary>The series' names, as the charts' legends give them.</summary>
    public const string ValueSeries = "Value, US$", GrowthSeries = "Growth on the same months a year earlier",
        ProcessedSeries = "Processed: metal and articles", RawSeries = "Raw: ores, concentrates and crude minerals", ShareSeries = "Processed share";

    /// <summary>A time chart's name: <c>time-annual</c>, <c>time-fiscal-year</c>... (the chart's element id without <c>chart-</c>).</summary>
    public static string Time(PeriodKind kind) => "time-" + EnumNames<PeriodKind>.Name(kind);

    /// <summary>Every chart that has a CSV, in the overview's order.</summary>
    public static readonly IReadOnlyList<string> Charts =
        [ByCategory, .. YearLines.TimeKinds.Select(Time), Growth, ValueAdded, ValueAddedAllKnown, Target];

    /// <summary>The rows of <paramref name="chart"/> (one of <see cref="Charts"/>) as the overview of <paramref name="m"/> draws it.</summary>
    public static IEnumerable<ChartRow> Of(OverviewModel m, string chart) => chart switch
    {
        ByCategory => m.ByCategory.Select(b => Sum(chart, ValueSeries, HsClassification.Label(b.Category, b.Codes), b)),
        Growth => m.Growth.Select(g => new ChartRow
        {
            Chart = chart,
            Series = GrowthSeries,
            Label = $"{g.Current.Product} ({g.Current.HsCode})",
            Period = g.PeriodLabel,
            Value = g.GrowthPercent,
            Unit = ChartRow.Percent,
            Qualifier = ChartRow.Name(g.Qualifier),
            Reporter = g.Current.Reporter,
            Source = string.Join("; ", new[] { g.Current.SourcePublisher, g.Previous.SourcePublisher }.Distinct()),
            Note = $"against {g.PreviousPeriodLabel}: {Money.Pair(g)}" + (g.FlagReason is { } flag ? $"; {flag}" : ""),
        }),
        ValueAdded or ValueAddedAllKnown => (chart == ValueAdded ? m.ValueAdded.SameProducts : m.ValueAdded.AllKnown).SelectMany(p => ValueAddedRows(chart, p)),
        Target => m.Target is { } t ? TargetRows(t) : [],
        _ when TimeKind(chart) is { } kind => m.ByYear.Where(s => s.Kind == kind).Take(YearLines.MaxSeries).SelectMany(s => s.Points.Select(p =>
            Sum(chart, s.Name, null, p, s.Changes.FirstOrDefault(c => c.PeriodStart == p.PeriodStart)?.Words))),
        _ => throw new ArgumentOutOfRangeException(nameof(chart), chart, "not a chart with a CSV"),
    };

    private static PeriodKind? TimeKind(string chart) => YearLines.TimeKinds.Where(k => Time(k) == chart).Select(k => (PeriodKind?)k).FirstOrDefault();

    private static ChartRow Sum(string chart, string series, string? label, TotalPoint p, string? note = null) => new()
    {
        Chart = chart,
        Series = series,
        Label = label,
        Period = p.PeriodLabel,
        Value = p.ValueUsd,
        Unit = ChartRow.Usd,
        Qualifier = ChartRow.Name(p.Qualifier),
        // The code, as in every other CSV (the filter's value, "unstated"); the series names it in words, the source says whose.
        Reporter = p.Reporter,
        Source = p.Sources,
        Note = note,
    };

    // Two bars a period (processed, raw) and the processed share the chart writes on them.
    private static IEnumerable<ChartRow> ValueAddedRows(string chart, ValueAddedPoint p)
    {
        var label = p.Label;
        ChartRow Row(string series, decimal value, string unit, DerivedQualifier qualifier, string? note) => new()
        {
            Chart = chart, Series = series, Label = label, Period = p.PeriodLabel, Value = value, Unit = unit,
            Qualifier = ChartRow.Name(qualifier), Reporter = p.Reporter, Source = p.Sources, Note = note,
        };
        yield return Row(ProcessedSeries, p.ProcessedUsd, ChartRow.Usd, p.ProcessedQualifier, p.Processed.Text);
        yield return Row(RawSeries, p.RawUsd, ChartRow.Usd, p.RawQualifier, p.Raw.Text);
        yield return Row(ShareSeries, p.SharePercent, ChartRow.Percent, p.ShareQualifier, p.ShareNote);
    }

    private static IEnumerable<ChartRow> TargetRows(TargetTrack t)
    {
        foreach (var path in t.Paths)
        {
            foreach (var (year, value) in path.Points)
            {
                yield return new ChartRow
                {
                    Chart = Target, Series = path.Name, Period = year.ToString(System.Globalization.CultureInfo.InvariantCulture), Value = value, Unit = ChartRow.Usd,
                    // Compounded from a statement of "about" a value: a stated ambition, not a trade figure.
                    Qualifier = ChartRow.Name(DerivedQualifier.Approximate), Reporter = "", Source = t.SourcePublisher,
                    Note = $"from the stated ~ {Money.Usd(t.BaselineUsd ?? 0m)} (taken as {t.BaseYear}, {t.BaselineSource}): a stated ambition, not a trade figure",
                };
            }
        }
        foreach (var k in t.Known)
        {
            yield return Sum(Target, t.KnownName, null, k, k.Components.Text);
        }
    }
}
