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
/// <param name="Current">The later figure: its reporter, flow, HS code and product are the rate's.</param>
/// <param name="Previous">The same series' figure for the same months one year earlier.</param>
/// <param name="GrowthPercent">Percent, rounded to one decimal.</param>
public sealed record GrowthRate(Figure Current, Figure Previous, decimal GrowthPercent, DerivedQualifier Qualifier, string? FlagReason)
{
    public string PeriodLabel => Period.Label(Current.PeriodStart, Current.PeriodEnd, Current.Reporter);

    public string PreviousPeriodLabel => Period.Label(Previous.PeriodStart, Previous.PeriodEnd, Previous.Reporter);

    /// <summary>Never null: a figure without a value has no growth.</summary>
    public decimal ValueUsd => Current.ValueUsd!.Value;

    public decimal PreviousValueUsd => Previous.ValueUsd!.Value;

    /// <summary>True where a bound or an approximate figure is involved: not to be read as exact.</summary>
    public bool Flagged => Qualifier != DerivedQualifier.Exact;
}

/// <summary>A category's sum for one reporter, flow and period, with its share of the minerals beside it.</summary>
/// <param name="SharePercent">Share of the mineral categories' sum for the same reporter, flow and period (all goods and other goods left out).</param>
public sealed record CategoryTotal(
    Category Category,
    string Reporter,
    string Exporter,
    string Importer,
    int PeriodStart,
    int PeriodEnd,
    decimal? ValueUsd,
    DerivedQualifier Qualifier,
    decimal? SharePercent,
    IReadOnlyList<Figure> Components,
    IReadOnlyList<Figure> NamedWithoutValue)
{
    public PeriodKind PeriodKind => Period.KindOf(PeriodStart, PeriodEnd);

    public string PeriodLabel => Period.Label(PeriodStart, PeriodEnd, Reporter);
}

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
            rates.Add(new GrowthRate(current, previous, percent, qualifier, reason));
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
        var present = withValue.Select(f => f.HsCode).ToHashSet(StringComparer.Ordinal);
        var components = withValue
            .Where(f => !HsClassification.IsInsideAny(f.HsCode, present))
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

    /// <summary>
    /// Each category's <see cref="Sum"/> per reporter, flow and period, with its share of the mineral categories' sum;
    /// latest period first, then by reporter, largest first.
    /// </summary>
    public static List<CategoryTotal> CategoryTotals(IEnumerable<Figure> figures)
    {
        var totals = new List<CategoryTotal>();
        foreach (var flow in figures.GroupBy(f => (f.Reporter, f.Exporter, f.Importer, Publisher: UnstatedPublisher(f), f.PeriodStart, f.PeriodEnd)))
        {
            // A code inside another present code is left out across categories too: chapter 26 (ores, all of them)
            // is never added beside heading 2603 (copper ores) in the shares.
            var codes = flow.Where(f => f.ValueUsd is not null).Select(f => f.HsCode).ToHashSet(StringComparer.Ordinal);
            var sums = flow.Where(f => !HsClassification.IsInsideAny(f.HsCode, codes))
                .GroupBy(f => f.Category).Select(g => (Category: HsClassification.CategoryOf(g.Key), Sum: Sum(g))).ToList();
            var minerals = sums.Where(s => HsClassification.IsMineral(s.Category.Id)).Sum(s => s.Sum.ValueUsd ?? 0m);
            foreach (var (category, sum) in sums)
            {
                decimal? share = HsClassification.IsMineral(category.Id) && sum.ValueUsd is { } v && minerals > 0 ? Math.Round(v / minerals * 100m, 1) : null;
                totals.Add(new CategoryTotal(
                    category, flow.Key.Reporter, flow.Key.Exporter, flow.Key.Importer, flow.Key.PeriodStart, flow.Key.PeriodEnd,
                    sum.ValueUsd, sum.Qualifier, share, sum.Components, sum.NamedWithoutValue));
            }
        }
        return [.. totals.OrderByDescending(t => t.PeriodEnd).ThenBy(t => t.Reporter).ThenByDescending(t => t.ValueUsd)];
    }
}
