using System.Globalization;
using MineralTrade.Web.Features.Figures;

namespace MineralTrade.Web.Features.Dashboard;

/// <summary>US dollar amounts and growth rates as a reader expects them: <c>$1.14 bn</c>, <c>&gt; $101 M</c>, <c>+4,783%</c>.</summary>
public static class Money
{
    private static readonly CultureInfo s_invariant = CultureInfo.InvariantCulture;

    /// <summary><c>$1.14 bn</c>, <c>$110.9 M</c>, <c>$0.29 M</c>, <c>$48,000</c>: at most two decimals, as sources round.</summary>
    public static string Usd(decimal value) => Math.Abs(value) switch
    {
        >= 1_000_000_000m => $"${(value / 1_000_000_000m).ToString("0.##", s_invariant)} bn",
        >= 100_000m => $"${(value / 1_000_000m).ToString("0.##", s_invariant)} M",
        _ => $"${value.ToString("#,0", s_invariant)}",
    };

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
        var format = Math.Abs(percent) >= 100m ? "#,0" : "#,0.0";
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
