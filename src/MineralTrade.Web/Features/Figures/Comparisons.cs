using System.Text.Json.Serialization;

namespace MineralTrade.Web.Features.Figures;

/// <summary>How a growth rate or a sum is to be read, given the qualifiers of the figures behind it.</summary>
public enum DerivedQualifier
{
    [JsonStringEnumMemberName("exact")] Exact,
    [JsonStringEnumMemberName("at_least")] AtLeast,
    [JsonStringEnumMemberName("at_most")] AtMost,
    [JsonStringEnumMemberName("approximate")] Approximate,
}

/// <summary>Like-for-like growth of one product between the same months of two consecutive years.</summary>
/// <param name="GrowthPercent">Percent, rounded to one decimal.</param>
/// <param name="Flagged">True where a bound or an approximate figure is involved: not to be read as exact.</param>
public sealed record GrowthRate(
    string Reporter,
    string Exporter,
    string Importer,
    string HsCode,
    string Product,
    string Category,
    Stage Stage,
    string PeriodLabel,
    string PreviousPeriodLabel,
    decimal ValueUsd,
    decimal PreviousValueUsd,
    decimal GrowthPercent,
    DerivedQualifier Qualifier,
    bool Flagged,
    string? FlagReason,
    FigureRow Current,
    FigureRow Previous);

/// <summary>The sum of a set of figures with nothing counted twice, and what it is made of.</summary>
public sealed record FigureSum(decimal? ValueUsd, DerivedQualifier Qualifier, IReadOnlyList<Figure> Components, IReadOnlyList<Figure> NamedWithoutValue);

/// <summary>
/// The rules for comparing and adding figures: the same reporter, flow, HS code and months; one figure per series
/// where sources overlap; a chapter never added to a heading inside it.
/// </summary>
public static class Comparisons
{
    /// <summary>
    /// What identifies a series. A figure whose reporter is <c>unstated</c> is only like another from the same
    /// publisher: two unnamed statistics sides cannot be assumed to be one.
    /// </summary>
    public static (string Reporter, string Exporter, string Importer, string HsCode, string Publisher) SeriesKey(Figure f) =>
        (f.Reporter, f.Exporter, f.Importer, f.HsCode, UnstatedPublisher(f));

    /// <summary>The publisher where the reporter is <c>unstated</c> (it then stands for the statistics side), else empty.</summary>
    public static string UnstatedPublisher(Figure f) => f.Reporter == Codes.Unstated ? f.SourcePublisher : "";

    /// <summary>
    /// Where several figures compete for one point, the one to use: an official dataset before a press report, an
    /// exact figure before an approximate one before a bound, then the latest publication, then the first stored.
    /// </summary>
    public static Figure Preferred(IEnumerable<Figure> candidates) => candidates
        .OrderBy(f => f.SourceKind == SourceKind.Dataset ? 0 : 1)
        .ThenBy(f => f.Qualifier switch { Qualifier.Exact => 0, Qualifier.Approximate => 1, Qualifier.AtLeast => 2, _ => 3 })
        .ThenByDescending(f => f.SourceDate ?? DateOnly.MinValue)
        .ThenBy(f => f.Id)
        .First();

    /// <summary>One figure per series and period, chosen by <see cref="Preferred"/>.</summary>
    public static IEnumerable<Figure> PreferredPerPeriod(IEnumerable<Figure> figures) => figures
        .GroupBy(f => (SeriesKey(f), f.PeriodStart, f.PeriodEnd))
        .Select(Preferred);

    /// <summary>
    /// Pairs each figure with the same series' figure for the same months one year earlier (H1 2025 with H1 2024,
    /// never with 2024) and computes the growth. Figures without a value, or with a zero base, have none.
    /// </summary>
    public static List<GrowthRate> Growth(IEnumerable<Figure> figures, Func<Figure, bool>? includeCurrent = null)
    {
        var chosen = PreferredPerPeriod(figures.Where(f => f.ValueUsd is not null)).ToList();
        var byPeriod = chosen.ToDictionary(f => (SeriesKey(f), f.PeriodStart, f.PeriodEnd));
        var rates = new List<GrowthRate>();
        foreach (var current in chosen.Where(includeCurrent ?? (_ => true)))
        {
            if (!byPeriod.TryGetValue((SeriesKey(current), Period.YearBefore(current.PeriodStart), Period.YearBefore(current.PeriodEnd)), out var previous)
                || previous.ValueUsd is not > 0)
            {
                continue;
            }
            decimal percent;
            try
            {
                percent = Math.Round((current.ValueUsd!.Value / previous.ValueUsd.Value - 1m) * 100m, 1, MidpointRounding.AwayFromZero);
            }
            catch (OverflowException)
            {
                // A base of a fraction of a cent against millions: no growth rate a reader could use.
                continue;
            }
            var (qualifier, reason) = GrowthQualifier(current.Qualifier, previous.Qualifier);
            rates.Add(new GrowthRate(
                current.Reporter, current.Exporter, current.Importer, current.HsCode, current.Product, current.Category, current.Stage,
                Period.Label(current.PeriodStart, current.PeriodEnd), Period.Label(previous.PeriodStart, previous.PeriodEnd),
                current.ValueUsd.Value, previous.ValueUsd.Value, percent, qualifier, qualifier != DerivedQualifier.Exact, reason,
                FigureRow.From(current), FigureRow.From(previous)));
        }
        return rates;
    }

    /// <summary>A lower bound now against an exact base makes the growth a lower bound, and the other way round.</summary>
    public static (DerivedQualifier Qualifier, string? Reason) GrowthQualifier(Qualifier current, Qualifier previous) => (current, previous) switch
    {
        (Qualifier.Exact, Qualifier.Exact) => (DerivedQualifier.Exact, null),
        (Qualifier.Approximate, _) or (_, Qualifier.Approximate) =>
            (DerivedQualifier.Approximate, "an approximate figure is involved: the growth is approximate"),
        (Qualifier.AtLeast, Qualifier.Exact) =>
            (DerivedQualifier.AtLeast, "the later figure is a lower bound: the growth is at least this"),
        (Qualifier.Exact, Qualifier.AtLeast) =>
            (DerivedQualifier.AtMost, "the earlier figure is a lower bound: the growth is at most this"),
        _ => (DerivedQualifier.Approximate, "both figures are lower bounds: the growth is indicative only"),
    };

    /// <summary>
    /// Adds figures of one reporter, flow and period: one figure per HS code (the preferred one), and a code inside
    /// another that is present (7403 inside 74) left out, so nothing is counted twice. Products named without a
    /// value are listed, not counted as zero.
    /// </summary>
    public static FigureSum Sum(IEnumerable<Figure> figures)
    {
        var chosen = PreferredPerPeriod(figures).ToList();
        var withValue = chosen.Where(f => f.ValueUsd is not null).ToList();
        var components = withValue
            .Where(f => !withValue.Any(outer => HsClassification.IsInside(f.HsCode, outer.HsCode)))
            .OrderBy(f => f.HsCode, StringComparer.Ordinal)
            .ToList();
        var named = chosen.Where(f => f.ValueUsd is null).OrderBy(f => f.HsCode, StringComparer.Ordinal).ToList();
        if (components.Count == 0)
        {
            return new FigureSum(null, DerivedQualifier.Exact, components, named);
        }
        var qualifier = components.Any(f => f.Qualifier == Qualifier.Approximate) ? DerivedQualifier.Approximate
            : components.Any(f => f.Qualifier == Qualifier.AtLeast) ? DerivedQualifier.AtLeast
            : DerivedQualifier.Exact;
        return new FigureSum(components.Sum(f => f.ValueUsd!.Value), qualifier, components, named);
    }
}
