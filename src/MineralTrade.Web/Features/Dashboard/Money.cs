using System.Globalization;
using MineralTrade.Web.Features.Figures;

namespace MineralTrade.Web.Features.Dashboard;

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

/// <summary>US dollar amounts and growth rates as a reader expects them: <c>$1.14 bn</c>, <c>&gt; $101 M</c>, <c>+4,783%</c>.</summary>
public static class Money
{
    private static readonly CultureInfo s_invariant = CultureInfo.InvariantCulture;

    /// <summary>The one source of the dollar and percent formats, for these methods and for the charts' axes and labels.</summary>
    public static readonly MoneyFormats Formats = new(
        [new(1_000_000_000m, 1_000_000_000m, " bn", 2, false), new(100_000m, 1_000_000m, " M", 2, false), new(0m, 1m, "", 0, true)],
        new PercentFormat(100m, 1));

    /// <summary><c>$1.14 bn</c>, <c>$110.9 M</c>, <c>$0.29 M</c>, <c>$48,000</c>: at most two decimals, as sources round.</summary>
    public static string Usd(decimal value)
    {
        var scale = Formats.Usd.First(s => Math.Abs(value) >= s.From);
        return $"${(value / scale.Unit).ToString(scale.Format, s_invariant)}{scale.Suffix}";
    }

    /// <summary>A growth rate's two values, each with its own qualifier: <c>&gt; $1.92 bn against $1.73 bn</c>.</summary>
    public static string Pair(GrowthRate rate) =>
        $"{Usd(rate.Current.ValueUsd, rate.Current.Qualifier)} against {Usd(rate.Previous.ValueUsd, rate.Previous.Qualifier)}";

    /// <summary>A figure's value with its qualifier: <c>&gt; $101 M</c> for a lower bound, <c>≈ $550 M</c> for a rounded statement.</summary>
    public static string Usd(decimal? value, Qualifier qualifier) => (value, qualifier) switch
    {
        (null, _) => "reported, no value published",
        ({ } v, Qualifier.AtLeast) => $"> {Usd(v)}",
        ({ } v, Qualifier.Approximate) => $"≈ {Usd(v)}",
        ({ } v, _) => Usd(v),
    };

    /// <summary>A sum or rate with the qualifier derived from its parts.</summary>
    public static string Usd(decimal? value, DerivedQualifier qualifier) => value is not { } v ? "no value published" : qualifier switch
    {
        DerivedQualifier.AtLeast => $"> {Usd(v)}",
        DerivedQualifier.AtMost => $"< {Usd(v)}",
        DerivedQualifier.Approximate => $"≈ {Usd(v)}",
        _ => Usd(v),
    };

    /// <summary><c>+4,783%</c> from a hundred percent up, <c>-12.5%</c> below.</summary>
    public static string Percent(decimal percent)
    {
        var format = Math.Abs(percent) >= Formats.Percent.WholeFrom ? "#,0" : "#,0." + new string('0', Formats.Percent.Decimals);
        return (percent > 0 ? "+" : "") + percent.ToString(format, s_invariant) + "%";
    }

    /// <summary>A share of a whole, without a sign: <c>75%</c>, <c>62.5%</c>.</summary>
    public static string Share(decimal percent) => percent.ToString("0.#", s_invariant) + "%";

    public static string Percent(decimal percent, DerivedQualifier qualifier) => qualifier switch
    {
        DerivedQualifier.AtLeast => $"≥ {Percent(percent)}",
        DerivedQualifier.AtMost => $"≤ {Percent(percent)}",
        DerivedQualifier.Approximate => $"≈ {Percent(percent)}",
        _ => Percent(percent),
    };
}
