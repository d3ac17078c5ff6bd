using MineralTrade.Web.Features.Figures;
using MineralTrade.Web.Features.Languages;

namespace MineralTrade.Web.Features.Market;

/// <summary>
/// A window's months added up, as the summaries keep it (docs/decisions/0066): the value of the months held (null where
/// none is), its qualifier (a lower bound where a month is missing) and the half-width of its published rounding (the
/// sum of its figures' half-steps, decision 0091).
/// </summary>
public sealed record WindowTotal(decimal? ValueUsd, DerivedQualifier Qualifier, decimal HalfStep)
{
    public static WindowTotal Of(WindowSum sum) => new(sum.ValueUsd, sum.Qualifier, sum.Figures.Sum(Rounding.Step) / 2m);
}

/// <summary>The figures a window's sums add (ids, month order) and their publishers, each once.</summary>
public sealed record WindowSources(IReadOnlyList<int> CurrentIds, IReadOnlyList<int> PreviousIds, IReadOnlyList<string> Publishers);

/// <summary>
/// Year-to-date or rolling 12-month growth of one series (docs/decisions/0066), as the press reports it: the months up
/// to the series' latest month against the same months a year earlier, both the monthly figures added up (the preferred
/// one a month, decision 5), like for like (same reporter, flow, HS code, months). No rate where a month of either window
/// has no figure: the months missing are named instead, and a sum of the months held is a lower bound.
/// </summary>
/// <param name="Publisher">The source publisher where the reporter is <c>unstated</c> (part of the series), else empty.</param>
/// <param name="MissingMonths">Months of either window without a figure with a value, first to last.</param>
/// <param name="Sources">The figures added and their publishers: where the sums come from.</param>
/// <param name="GrowthPercent">Percent to one decimal; null where there is no rate (<see cref="NoRateReason"/>).</param>
/// <param name="LowPercent">The lowest rate the published roundings allow (decision 0091); null where a bound leaves it open or there is no rate.</param>
/// <param name="HighPercent">The highest rate the roundings allow; null where a bound leaves it open or there is no rate.</param>
public sealed record WindowRate(
    string Reporter, string Exporter, string Importer, string Publisher, string HsCode, string Product, string Category,
    PeriodWindow Window, WindowTotal Current, WindowTotal Previous, IReadOnlyList<int> MissingMonths, WindowSources Sources,
    decimal? GrowthPercent, decimal? LowPercent, decimal? HighPercent, DerivedQualifier Qualifier, string? FlagReason)
{
    /// <summary>Months named at most in a sentence; the API lists them all.</summary>
    public const int MonthsNamed = 3;

    /// <summary>The same months one year earlier.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public PeriodWindow PreviousWindow => Window.YearBefore;

    /// <summary>True where a bound or an approximate figure is involved: not to be read as exact.</summary>
    public bool Flagged => Qualifier != DerivedQualifier.Exact;

    /// <summary>Why there is no rate, in words (<c>no rate: no figure for Feb 2025</c>); null where there is one.</summary>
    public string? NoRateReason => GrowthPercent is not null ? null
        : MissingMonths.Count > 0 ? s_texts.Format("NoFigureFor", Language.Current, ("months", MissingWords))
        : Previous.ValueUsd is not > 0 ? s_texts.Format("NothingIn", Language.Current, ("months", PreviousWindow.Label))
        : s_texts["TooSmall", Language.Current];

    private static readonly Texts s_texts = new(typeof(WindowRate));

    /// <summary><c>Feb 2025, Mar 2025</c>, or the first <see cref="MonthsNamed"/> and how many more.</summary>
    public string MissingWords
    {
        get
        {
            var language = Language.Current;
            var named = Texts.Join(MissingMonths.Take(MonthsNamed).Select(m => PeriodWindow.MonthLabel(m, language)), language);
            return MissingMonths.Count - MonthsNamed is > 0 and var more ? s_texts.Plural("AndMore", more, language, ("months", named)) : named;
        }
    }

    /// <summary>The rate of two windows' sums by the rules of a growth rate (decision 3, decision 0091), or none.</summary>
    public static WindowRate Of(
        string reporter, string exporter, string importer, string publisher, string hsCode, string product, string category,
        PeriodWindow window, WindowTotal current, WindowTotal previous, IReadOnlyList<int> missing, WindowSources sources)
    {
        var rate = new WindowRate(reporter, exporter, importer, publisher, hsCode, product, category, window, current, previous, missing, sources,
            null, null, null, DerivedQualifier.Exact, null);
        if (missing.Count > 0 || current.ValueUsd is not { } cur || previous.ValueUsd is not { } prev || prev <= 0m || cur > prev * Comparisons.MaxGrowthRatio)
        {
            return rate;
        }
        var (low, high) = Rounding.GrowthRange(cur, current.HalfStep, current.Qualifier == DerivedQualifier.AtLeast,
            prev, previous.HalfStep, previous.Qualifier == DerivedQualifier.AtLeast);
        var (qualifier, reason) = Comparisons.GrowthQualifier(current.Qualifier, previous.Qualifier);
        return rate with
        {
            GrowthPercent = Math.Round((cur / prev - 1m) * 100m, 1, MidpointRounding.AwayFromZero),
            LowPercent = low,
            HighPercent = high,
            Qualifier = qualifier,
            FlagReason = reason,
        };
    }

    /// <summary>The kinds of window a series is summarised over.</summary>
    public static readonly IReadOnlyList<WindowKind> Kinds = [WindowKind.YearToDate, WindowKind.Rolling12];

    /// <summary>
    /// The windows of one series ending in its latest month with a monthly figure, from the series' figures (any
    /// others are left out): what the summaries store, and what the tests compare them with.
    /// </summary>
    public static IEnumerable<WindowRate> OfSeries(IReadOnlyCollection<Figure> series)
    {
        var months = series.Where(f => f.PeriodKind == PeriodKind.Month && f.ValueUsd is not null).ToList();
        if (months.Count == 0)
        {
            yield break;
        }
        var last = months.Max(f => f.PeriodStart);
        var latest = Comparisons.Preferred(months.Where(f => f.PeriodStart == last));
        foreach (var kind in Kinds)
        {
            var window = PeriodWindow.Ending(kind, latest.PeriodStart);
            WindowSum current = WindowSum.Of(window, months), previous = WindowSum.Of(window.YearBefore, months);
            yield return Of(latest.Reporter, latest.Exporter, latest.Importer, Comparisons.UnstatedPublisher(latest), latest.HsCode, latest.Product, latest.Category,
                window, WindowTotal.Of(current), WindowTotal.Of(previous), [.. previous.MissingMonths, .. current.MissingMonths],
                new WindowSources([.. current.Figures.Select(f => f.Id)], [.. previous.Figures.Select(f => f.Id)],
                    [.. current.Figures.Concat(previous.Figures).Select(f => f.SourcePublisher).Distinct()]));
        }
    }

    /// <summary>The windows of every series among <paramref name="figures"/>.</summary>
    public static IEnumerable<WindowRate> OfFigures(IEnumerable<Figure> figures) =>
        figures.Where(f => f.PeriodKind == PeriodKind.Month).GroupBy(Comparisons.SeriesKey).SelectMany(g => OfSeries([.. g]));

    /// <summary>What identifies the rate's series (<see cref="Comparisons.SeriesKey"/>).</summary>
    public (string Reporter, string Exporter, string Importer, string HsCode, string Publisher) SeriesKey => (Reporter, Exporter, Importer, HsCode, Publisher);
}
