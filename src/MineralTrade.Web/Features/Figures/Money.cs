using System.Globalization;

namespace MineralTrade.Web.Features.Figures;

/// <summary>One scale of dollar amounts: from <paramref name="From"/> up, counted in <paramref name="Unit"/>s and named by <paramref name="Suffix"/>.</summary>
/// <param name="MaxDecimals">At most this many decimals, trailing zeros dropped.</param>
/// <param name="Grouped">Thousands separated by commas.</param>
public sealed record UsdScale(decimal From, decimal Unit, string Suffix, int MaxDecimals, bool Grouped)
{
    public string Format => (Grouped ? "#,0" : "0") + (MaxDecimals > 0 ? "." + new string('#', MaxDecimals) : "");
}

/// <summary>Growth rates: whole percents from <paramref name="WholeFrom"/> up, else <paramref name="Decimals"/> decimals; a sign on rises.</summary>
public sealed record PercentFormat(decimal WholeFrom, int Decimals);

/// <summary>How amounts and rates read; the chart module receives the same, so an axis reads as a card does.</summary>
public sealed record MoneyFormats(IReadOnlyList<UsdScale> Usd, PercentFormat Percent);

/// <summary>US dollar amounts and growth rates as a reader expects them: <c>$1.14 bn</c>, <c>≥ $101 M</c>, <c>+4,783%</c>.</summary>
public static class Money
{
    private static readonly CultureInfo s_invariant = CultureInfo.InvariantCulture;

    /// <summary>The one source of the dollar and percent formats, for these methods and for the charts' axes and labels.</summary>
    public static readonly MoneyFormats Formats = new(
        [new(1_000_000_000m, 1_000_000_000m, " bn", 2, false), new(100_000m, 1_000_000m, " M", 2, false), new(0m, 1m, "", 0, true)],
        new PercentFormat(100m, 1));

    /// <summary><c>$1.14 bn</c>, <c>$110.9 M</c>, <c>$0.29 M</c>, <c>$48,000</c>: at most two decimals, as sources round.</summary>
    public static string Usd(decimal value) => Usd(value, MidpointRounding.AwayFromZero);

    /// <summary>
    /// Rounded the way <paramref name="rounding"/> says: a lower bound rounds down (<see cref="MidpointRounding.ToNegativeInfinity"/>),
    /// so that "≥ $1.49 bn" never claims more than the $1,496,840,000 it stands for (decision 0100).
    /// </summary>
    private static string Usd(decimal value, MidpointRounding rounding)
    {
        var scale = Formats.Usd.First(s => Math.Abs(value) >= s.From);
        return $"${Math.Round(value / scale.Unit, scale.MaxDecimals, rounding).ToString(scale.Format, s_invariant)}{scale.Suffix}";
    }

    /// <summary>The sign of a value that is not exact (decision 0100): <c>≥</c> a lower bound, <c>≤</c> an upper one, <c>~</c> about.</summary>
    public static string Sign(DerivedQualifier qualifier) => qualifier switch
    {
        DerivedQualifier.AtLeast => "≥ ",
        DerivedQualifier.AtMost => "≤ ",
        DerivedQualifier.Approximate => "~ ",
        _ => "",
    };

    private static MidpointRounding TowardTheBound(DerivedQualifier qualifier) => qualifier switch
    {
        DerivedQualifier.AtLeast => MidpointRounding.ToNegativeInfinity,
        DerivedQualifier.AtMost => MidpointRounding.ToPositiveInfinity,
        _ => MidpointRounding.AwayFromZero,
    };

    /// <summary>A figure's qualifier as a sum of one figure would derive it.</summary>
    public static DerivedQualifier Derived(Qualifier qualifier) => qualifier switch
    {
        Qualifier.AtLeast => DerivedQualifier.AtLeast,
        Qualifier.Approximate => DerivedQualifier.Approximate,
        _ => DerivedQualifier.Exact,
    };

    /// <summary>A growth rate's two values, each with its own qualifier: <c>≥ $1.92 bn against $1.73 bn</c>.</summary>
    public static string Pair(GrowthRate rate) =>
        $"{Usd(rate.Current.ValueUsd, rate.Current.Qualifier)} against {Usd(rate.Previous.ValueUsd, rate.Previous.Qualifier)}";

    /// <summary>A figure's value with its qualifier: <c>≥ $101 M</c> for a lower bound, <c>~ $550 M</c> for a rounded statement.</summary>
    public static string Usd(decimal? value, Qualifier qualifier) =>
        value is null ? "reported, no value published" : Usd(value, Derived(qualifier));

    /// <summary>A sum or rate with the qualifier derived from its parts.</summary>
    public static string Usd(decimal? value, DerivedQualifier qualifier) =>
        value is not { } v ? "no value published" : Sign(qualifier) + Usd(v, TowardTheBound(qualifier));

    /// <summary><c>+4,783%</c> from a hundred percent up, <c>-12.5%</c> below.</summary>
    public static string Percent(decimal percent) => Percent(percent, MidpointRounding.AwayFromZero);

    private static string Percent(decimal percent, MidpointRounding rounding)
    {
        var digits = Math.Abs(percent) >= Formats.Percent.WholeFrom ? 0 : Formats.Percent.Decimals;
        var rounded = Math.Round(percent, digits, rounding);
        return (rounded > 0 ? "+" : "") + rounded.ToString(digits == 0 ? "#,0" : "#,0." + new string('0', digits), s_invariant) + "%";
    }

    /// <summary>A share of a whole, without a sign: <c>75%</c>, <c>62.5%</c>.</summary>
    public static string Share(decimal percent) => percent.ToString("0.#", s_invariant) + "%";

    /// <summary>A share with its qualifier's sign, rounded toward the bound: <c>≥ 88.9%</c>, <c>≤ 78.1%</c>, <c>~ 60%</c>.</summary>
    public static string Share(decimal percent, DerivedQualifier qualifier) => Sign(qualifier) + Share(Math.Round(percent, 1, TowardTheBound(qualifier)));

    public static string Percent(decimal percent, DerivedQualifier qualifier) => Sign(qualifier) + Percent(percent, TowardTheBound(qualifier));

    /// <summary>
    /// The range the two values' published roundings allow (decision 0091), each end rounded away from the rate so the
    /// range still holds it: <c>between +4,698% and +4,871% from the published rounding</c>; null where the range
    /// says no more than the rate itself (values exact to the dollar) or both ends are open.
    /// </summary>
    public static string? RoundingRange(GrowthRate rate)
    {
        var low = rate.LowPercent is { } l ? Percent(l, MidpointRounding.ToNegativeInfinity) : null;
        var high = rate.HighPercent is { } h ? Percent(h, MidpointRounding.ToPositiveInfinity) : null;
        // The API's ends are already rounded outwards to 0.1: a range one step wide is the rate's own rounding.
        if (rate.HighPercent - rate.LowPercent <= 0.1m || (low is not null && low == high))
        {
            return null;
        }
        return (low, high) switch
        {
            ({ } a, { } b) => $"between {a} and {b} from the published rounding",
            ({ } a, null) => $"at least {a} from the published rounding",
            (null, { } b) => $"at most {b} from the published rounding",
            _ => null,
        };
    }

    /// <summary>The rate with its qualifier and, where it says more, the range its roundings allow: <c>+4,783%, between +4,698% and +4,871% from the published rounding</c>.</summary>
    public static string PercentWithRange(GrowthRate rate) =>
        Percent(rate.GrowthPercent, rate.Qualifier) + (RoundingRange(rate) is { } range ? ", " + range : "");
}
