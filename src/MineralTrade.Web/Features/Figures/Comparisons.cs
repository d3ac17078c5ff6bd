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

/// <summary>Why a comparison of two values is not exact (<see cref="Comparisons.Ratio"/>).</summary>
public enum RatioReading { Exact, Approximate, FirstIsBound, SecondIsBound, BothBounds }

/// <summary>Like-for-like growth of one product between the same months of two consecutive years.</summary>
/// <param name="Current">The later figure: its reporter, flow, HS code and product are the rate's.</param>
/// <param name="Previous">The same series' figure for the same months one year earlier.</param>
/// <param name="GrowthPercent">Percent, rounded to one decimal.</param>
/// <param name="LowPercent">The lowest rate the two values' published roundings allow (docs/decisions/0091); null where a bound leaves it open.</param>
/// <param name="HighPercent">The highest rate the roundings allow; null where a bound leaves it open.</param>
public sealed record GrowthRate(
    Figure Current, Figure Previous, decimal GrowthPercent, decimal? LowPercent, decimal? HighPercent, DerivedQualifier Qualifier, string? FlagReason)
{
    public string PeriodLabel => Period.Label(Current.PeriodStart, Current.PeriodEnd, Current.Reporter);

    public string PreviousPeriodLabel => Period.Label(Previous.PeriodStart, Previous.PeriodEnd, Previous.Reporter);

    /// <summary>Never null: a figure without a value has no growth.</summary>
    public decimal ValueUsd => Current.ValueUsd!.Value;

    public decimal PreviousValueUsd => Previous.ValueUsd!.Value;

    /// <summary>True where a bound or an approximate figure is involved: not to be read as exact.</summary>
    public bool Flagged => Qualifier != DerivedQualifier.Exact;
}

/// <summary>
/// A category's total within one group: reporter, flow, period and, where the reporter is <c>unstated</c>, publisher
/// (docs/decisions/0093), with its share of the group's minerals beside it.
/// </summary>
/// <param name="Publisher">The source publisher where the reporter is <c>unstated</c> (part of the group), else empty.</param>
/// <param name="SharePercent">Share of the group's mineral categories (all goods and other goods left out); null for those two.</param>
/// <param name="Components">The covering figures added, in HS code order: their codes are the total's basket.</param>
public sealed record CategoryTotal(
    Category Category,
    string Reporter,
    string Exporter,
    string Importer,
    string Publisher,
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

    /// <summary>The HS codes added: with the reporter, flow and kind of period, what makes a series (docs/decisions/0093).</summary>
    public IReadOnlyList<string> Basket => [.. Components.Select(f => f.HsCode)];
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
    /// Where several figures compete for one point, the one to use: one with a value before a product named without
    /// one, an official dataset before a press report, an exact figure before an approximate one before a bound, then
    /// the latest publication, then the first stored (decision 5; the summaries' SQL ranks the same way).
    /// </summary>
    /// <remarks>One pass, no sort: the overview chooses among the ~2,500 figures of a period a request (issue 21).</remarks>
    public static Figure Preferred(IEnumerable<Figure> candidates)
    {
        Figure? best = null;
        foreach (var f in candidates)
        {
            if (best is null || PreferenceOrder(f, best) < 0)
            {
                best = f;
            }
        }
        return best ?? throw new InvalidOperationException("No figure to choose from.");
    }

    /// <summary><see cref="Preferred"/>'s order: below zero where <paramref name="a"/> comes first.</summary>
    private static int PreferenceOrder(Figure a, Figure b)
    {
        static int Rank(Qualifier q) => q switch { Qualifier.Exact => 0, Qualifier.Approximate => 1, Qualifier.AtLeast => 2, _ => 3 };
        var order = (a.ValueUsd is null ? 1 : 0).CompareTo(b.ValueUsd is null ? 1 : 0);
        if (order == 0)
        {
            order = (a.SourceKind == SourceKind.Dataset ? 0 : 1).CompareTo(b.SourceKind == SourceKind.Dataset ? 0 : 1);
        }
        if (order == 0)
        {
            order = Rank(a.Qualifier).CompareTo(Rank(b.Qualifier));
        }
        if (order == 0)
        {
            order = (b.SourceDate ?? DateOnly.MinValue).CompareTo(a.SourceDate ?? DateOnly.MinValue);
        }
        return order != 0 ? order : a.Id.CompareTo(b.Id);
    }

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
                || previous.ValueUsd is not > 0
                // A total of goods and services against one of goods is no growth (decision 0067); SummarySql holds the same.
                || previous.Coverage != current.Coverage)
            {
                continue;
            }
            if (current.ValueUsd!.Value > previous.ValueUsd.Value * MaxGrowthRatio)
            {
                // A base of a fraction of a cent against millions: no growth rate a reader could use.
                continue;
            }
            rates.Add(Rate(current, previous));
        }
        return rates;
    }

    /// <summary>
    /// The largest later value to base ratio a rate is computed for: beyond it the base is a rounding of nothing, and
    /// the percentage would not fit a decimal. The summaries' SQL applies the same limit.
    /// </summary>
    public const decimal MaxGrowthRatio = 1_000_000_000_000_000_000m;

    /// <summary>The rate of two figures already paired (same series, same months a year apart, a base above zero).</summary>
    public static GrowthRate Rate(Figure current, Figure previous)
    {
        var percent = Math.Round((current.ValueUsd!.Value / previous.ValueUsd!.Value - 1m) * 100m, 1, MidpointRounding.AwayFromZero);
        var (low, high) = Rounding.GrowthRange(current, previous);
        var (qualifier, reason) = GrowthQualifier(current.Qualifier, previous.Qualifier);
        return new GrowthRate(current, previous, percent, low, high, qualifier, reason);
    }

    /// <summary>
    /// The order of the overview's highest growth: by the ratio of the two values (not the rounded percentage), then
    /// the later figure's id; the lowest are the same order reversed. The summaries' ranking index walks it.
    /// </summary>
    public static IOrderedEnumerable<GrowthRate> Highest(IEnumerable<GrowthRate> rates) =>
        rates.OrderByDescending(g => g.ValueUsd / g.PreviousValueUsd).ThenByDescending(g => g.Current.Id);

    private static readonly Languages.Texts s_texts = new(typeof(Comparisons));

    /// <summary>A lower bound now against an exact base makes the growth a lower bound, and the other way round.</summary>
    public static (DerivedQualifier Qualifier, string? Reason) GrowthQualifier(Qualifier current, Qualifier previous) =>
        GrowthQualifier(WithPart(DerivedQualifier.Exact, current), WithPart(DerivedQualifier.Exact, previous));

    /// <summary>The same for two sums (a window of months against the same months a year earlier).</summary>
    public static (DerivedQualifier Qualifier, string? Reason) GrowthQualifier(DerivedQualifier current, DerivedQualifier previous)
    {
        var (qualifier, reading) = Ratio(current, previous);
        return (qualifier, reading switch
        {
            RatioReading.Exact => null,
            RatioReading.Approximate => s_texts["GrowthApproximate", Languages.Language.Current],
            RatioReading.FirstIsBound => s_texts["GrowthAtLeast", Languages.Language.Current],
            RatioReading.SecondIsBound => s_texts["GrowthAtMost", Languages.Language.Current],
            _ => s_texts["GrowthIndicative", Languages.Language.Current],
        });
    }

    /// <summary>
    /// How a comparison of two values reads (a growth, a gap, a share: it rises with the first and falls with the
    /// second): a lower bound over an exact value is a lower bound, an exact value over a lower bound an upper one;
    /// anything approximate, or bounds on both sides, approximate. The one declaration of that rule; each comparison
    /// says why in its own words, from the <see cref="RatioReading"/>.
    /// </summary>
    public static (DerivedQualifier Qualifier, RatioReading Reading) Ratio(DerivedQualifier first, DerivedQualifier second) => (first, second) switch
    {
        (DerivedQualifier.Exact, DerivedQualifier.Exact) => (DerivedQualifier.Exact, RatioReading.Exact),
        (DerivedQualifier.Approximate, _) or (_, DerivedQualifier.Approximate) => (DerivedQualifier.Approximate, RatioReading.Approximate),
        (DerivedQualifier.AtLeast, DerivedQualifier.Exact) => (DerivedQualifier.AtLeast, RatioReading.FirstIsBound),
        (DerivedQualifier.Exact, DerivedQualifier.AtLeast) => (DerivedQualifier.AtMost, RatioReading.SecondIsBound),
        _ => (DerivedQualifier.Approximate, RatioReading.BothBounds),
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
        return new FigureSum(components.Sum(f => f.ValueUsd!.Value), SumQualifier(components), components, named);
    }

    /// <summary>
    /// How a sum reads with one more part added: any approximate part makes it approximate, else any lower bound a
    /// lower bound, else it is exact. The one declaration of the rule: the sums here, the summaries' totals
    /// (<c>TotalsWriter</c>, part by part) and the overview's value-added sums all fold it.
    /// </summary>
    public static DerivedQualifier WithPart(DerivedQualifier sum, Qualifier part) => (sum, part) switch
    {
        (DerivedQualifier.Approximate, _) or (_, Qualifier.Approximate) => DerivedQualifier.Approximate,
        (DerivedQualifier.Exact, Qualifier.AtLeast) => DerivedQualifier.AtLeast,
        _ => sum,
    };

    /// <summary>The qualifier of the sum of <paramref name="parts"/> (<see cref="WithPart"/> from an exact nothing).</summary>
    public static DerivedQualifier SumQualifier(IEnumerable<Figure> parts) => parts.Aggregate(DerivedQualifier.Exact, (sum, f) => WithPart(sum, f.Qualifier));

    /// <inheritdoc cref="SumQualifier(IEnumerable{Figure})"/>
    public static DerivedQualifier SumQualifier(IEnumerable<TotalPart> parts) => parts.Aggregate(DerivedQualifier.Exact, (sum, f) => WithPart(sum, f.Qualifier));

    /// <summary>
    /// One total per category within each group (reporter, flow, period, and publisher where the reporter is
    /// <c>unstated</c>): the covering figures of the category (docs/decisions/0093), with its share of the group's
    /// minerals. In the order of <c>/api/totals</c>: latest period end first, then first month, reporter, exporter,
    /// importer, publisher, category.
    /// </summary>
    public static List<CategoryTotal> CategoryTotals(IEnumerable<Figure> figures)
    {
        var totals = new List<CategoryTotal>();
        foreach (var group in figures.GroupBy(f => (f.Reporter, f.Exporter, f.Importer, Publisher: UnstatedPublisher(f), f.PeriodStart, f.PeriodEnd)))
        {
            // A code inside another code with a value is left out across categories too: chapter 26 (ores, all of
            // them) is never added beside heading 2603 (copper ores), so the shares add up to at most 100%.
            var codes = group.Where(f => f.ValueUsd is not null).Select(f => f.HsCode).ToHashSet(StringComparer.Ordinal);
            var sums = group.Where(f => !HsClassification.IsInsideAny(f.HsCode, codes))
                .GroupBy(f => f.Category).Select(g => (Category: HsClassification.CategoryOf(g.Key), Sum: Sum(g))).ToList();
            var minerals = sums.Where(s => HsClassification.IsMineral(s.Category.Id)).Sum(s => s.Sum.ValueUsd ?? 0m);
            foreach (var (category, sum) in sums)
            {
                totals.Add(new CategoryTotal(
                    category, group.Key.Reporter, group.Key.Exporter, group.Key.Importer, group.Key.Publisher, group.Key.PeriodStart, group.Key.PeriodEnd,
                    sum.ValueUsd, sum.Qualifier, Share(category, sum.ValueUsd, minerals), sum.Components, sum.NamedWithoutValue));
            }
        }
        return [.. totals
            .OrderByDescending(t => t.PeriodEnd).ThenBy(t => t.PeriodStart)
            .ThenBy(t => t.Reporter, StringComparer.Ordinal).ThenBy(t => t.Exporter, StringComparer.Ordinal).ThenBy(t => t.Importer, StringComparer.Ordinal)
            .ThenBy(t => t.Publisher, StringComparer.Ordinal).ThenBy(t => t.Category.Id, StringComparer.Ordinal)];
    }

    /// <summary>A mineral category's share of its group's mineral sum, in percent to one decimal; none for the other two.</summary>
    public static decimal? Share(Category category, decimal? value, decimal groupMinerals) =>
        HsClassification.IsMineral(category.Id) && value is { } v && groupMinerals > 0 ? Math.Round(v / groupMinerals * 100m, 1) : null;
}
