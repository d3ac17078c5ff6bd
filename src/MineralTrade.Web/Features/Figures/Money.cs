using System.Globalization;
using MineralTrade.Web.Features.Languages;

namespace MineralTrade.Web.Features.Figures;

/// <summary>
/// US dollar amounts and growth rates as a reader expects them, in the reader's language (decision 0112):
/// <c>$1.14 bn</c>, <c>≥ $101 M</c>, <c>+4,783%</c>; <c>11.4亿美元</c>, <c>至少1.01亿美元</c>; <c>1.14 ارب ڈالر</c>. Each
/// method without a language writes in <see cref="Language.Current"/>'s.
/// </summary>
public static partial class Money
{
    private static readonly CultureInfo s_invariant = CultureInfo.InvariantCulture;

    private static readonly Texts s_words = new(typeof(Money));

    /// <summary>English's formats: the rounding every language shares (<see cref="MoneyFormats.For"/> has each language's words).</summary>
    public static MoneyFormats Formats => MoneyFormats.English;

    /// <summary><c>$1.14 bn</c>, <c>$110.9 M</c>, <c>$0.29 M</c>, <c>$48,000</c>: at most two decimals, as sources round.</summary>
    public static string Usd(decimal value) => Usd(value, Language.Current);

    public static string Usd(decimal value, Language language) => MoneyFormats.For(language).Write(value, MidpointRounding.AwayFromZero);

    /// <summary>The sign of a value that is not exact (decision 0100): <c>≥</c> a lower bound, <c>≤</c> an upper one, <c>~</c> about; in words where the language says it so (<c>至少</c>, <c>کم از کم</c>).</summary>
    public static string Sign(DerivedQualifier qualifier) => Sign(qualifier, Language.Current);

    public static string Sign(DerivedQualifier qualifier, Language language)
    {
        var words = MoneyFormats.For(language).Qualifiers;
        return qualifier switch
        {
            DerivedQualifier.AtLeast => words.AtLeast,
            DerivedQualifier.AtMost => words.AtMost,
            DerivedQualifier.Approximate => words.About,
            _ => "",
        };
    }

    /// <summary>
    /// A lower bound rounds down (<see cref="MidpointRounding.ToNegativeInfinity"/>), so that "≥ $1.49 bn" never claims
    /// more than the $1,496,840,000 it stands for (decision 0100); an upper bound up; the rest half away from zero.
    /// </summary>
    private static MidpointRounding TowardTheBound(DerivedQualifier qualifier) => qualifier switch
    {
        DerivedQualifier.AtLeast => MidpointRounding.ToNegativeInfinity,
        DerivedQualifier.AtMost => MidpointRounding.ToPositiveInfinity,
        _ => MidpointRounding.AwayFromZero,
    };

    /// <summary>A figure's qualifier as a sum of one figure would derive it.</summary>
    public static DerivedQualifier Derived(Qualifier qualifier) => Comparisons.WithPart(DerivedQualifier.Exact, qualifier);

    /// <summary>A growth rate's two values, each with its own qualifier: <c>≥ $1.92 bn against $1.73 bn</c>.</summary>
    public static string Pair(GrowthRate rate) => Pair(rate, Language.Current);

    public static string Pair(GrowthRate rate, Language language) => s_words.Format("Pair", language,
        ("current", Usd(rate.Current.ValueUsd, rate.Current.Qualifier, language)), ("previous", Usd(rate.Previous.ValueUsd, rate.Previous.Qualifier, language)));

    /// <summary>A figure's value with its qualifier: <c>≥ $101 M</c> for a lower bound, <c>~ $550 M</c> for a rounded statement.</summary>
    public static string Usd(decimal? value, Qualifier qualifier) => Usd(value, qualifier, Language.Current);

    public static string Usd(decimal? value, Qualifier qualifier, Language language) =>
        value is null ? s_words["NamedWithoutValue", language] : Usd(value, Derived(qualifier), language);

    /// <summary>A sum or rate with the qualifier derived from its parts.</summary>
    public static string Usd(decimal? value, DerivedQualifier qualifier) => Usd(value, qualifier, Language.Current);

    public static string Usd(decimal? value, DerivedQualifier qualifier, Language language) => value is not { } v
        ? s_words["NoValue", language]
        : Sign(qualifier, language) + MoneyFormats.For(language).Write(v, TowardTheBound(qualifier));

    /// <summary>
    /// A difference with its sign and its qualifier's, rounded toward the bound: <c>+$14.26 M</c>, <c>≥ +$1 M</c> for a
    /// gap of at least $1,005,000, <c>≥ -$1.01 M</c> for one of at least -$1,005,000; <c>+1426万美元</c>; in Urdu the
    /// sign and its number are one left-to-right run (<c>⁦+1.416⁩ کروڑ ڈالر</c>), so that the sign stays before the digits.
    /// </summary>
    public static string Difference(decimal usd, DerivedQualifier qualifier) => Difference(usd, qualifier, Language.Current);

    public static string Difference(decimal usd, DerivedQualifier qualifier, Language language)
    {
        var rounding = TowardTheBound(qualifier);
        // The amount is written without its sign: below zero, rounding toward the bound moves its size the other way.
        var ofSize = usd >= 0 ? rounding : rounding switch
        {
            MidpointRounding.ToNegativeInfinity => MidpointRounding.ToPositiveInfinity,
            MidpointRounding.ToPositiveInfinity => MidpointRounding.ToNegativeInfinity,
            _ => rounding,
        };
        var sign = usd < 0 ? "-" : "+";
        var amount = MoneyFormats.For(language).Write(Math.Abs(usd), ofSize);
        return Sign(qualifier, language) + (language.RightToLeft
            ? LeadingNumber().Replace(amount, m => Bidi.Ltr(sign + m.Value, language), 1)
            : sign + amount);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"[0-9][0-9,.]*")]
    private static partial System.Text.RegularExpressions.Regex LeadingNumber();

    /// <summary><c>+4,783%</c> from a hundred percent up, <c>-12.5%</c> below: the same in every language (decision 0112).</summary>
    public static string Percent(decimal percent) => Percent(percent, MidpointRounding.AwayFromZero);

    private static string Percent(decimal percent, MidpointRounding rounding)
    {
        var format = Formats.Percent;
        var digits = Math.Abs(percent) >= format.WholeFrom ? 0 : format.Decimals;
        var rounded = Math.Round(percent, digits, rounding);
        return (rounded > 0 ? "+" : "") + rounded.ToString(digits == 0 ? "#,0" : "#,0." + new string('0', digits), s_invariant) + "%";
    }

    /// <summary>A share of a whole, without a sign: <c>75%</c>, <c>62.5%</c>.</summary>
    public static string Share(decimal percent) => percent.ToString("0.#", s_invariant) + "%";

    /// <summary>A share with its qualifier's sign, rounded toward the bound: <c>≥ 88.9%</c>, <c>≤ 78.1%</c>, <c>~ 60%</c>.</summary>
    public static string Share(decimal percent, DerivedQualifier qualifier) => Share(percent, qualifier, Language.Current);

    /// <summary>A share or rate to one decimal, rounded toward its bound: the number a chart's CSV gives for it.</summary>
    public static decimal Rounded(decimal percent, DerivedQualifier qualifier) => Math.Round(percent, 1, TowardTheBound(qualifier));

    public static string Share(decimal percent, DerivedQualifier qualifier, Language language) =>
        Sign(qualifier, language) + Share(Math.Round(percent, 1, TowardTheBound(qualifier)));

    public static string Percent(decimal percent, DerivedQualifier qualifier) => Percent(percent, qualifier, Language.Current);

    public static string Percent(decimal percent, DerivedQualifier qualifier, Language language) =>
        Sign(qualifier, language) + Percent(percent, TowardTheBound(qualifier));

    /// <summary>
    /// The range the two values' published roundings allow (decision 0091), each end rounded away from the rate so the
    /// range still holds it: <c>between +4,698% and +4,871% from the published rounding</c>; null where the range
    /// says no more than the rate itself (values exact to the dollar) or both ends are open.
    /// </summary>
    public static string? RoundingRange(GrowthRate rate) => RoundingRange(rate, Language.Current);

    public static string? RoundingRange(GrowthRate rate, Language language) => RoundingRange(rate.LowPercent, rate.HighPercent, language);

    /// <summary>The same for a range's two ends (a window's rate, <c>Features/Market/WindowRate</c>).</summary>
    public static string? RoundingRange(decimal? lowPercent, decimal? highPercent, Language language)
    {
        var low = lowPercent is { } l ? Percent(l, MidpointRounding.ToNegativeInfinity) : null;
        var high = highPercent is { } h ? Percent(h, MidpointRounding.ToPositiveInfinity) : null;
        // The API's ends are already rounded outwards to 0.1: a range one step wide is the rate's own rounding.
        if (highPercent - lowPercent <= 0.1m || (low is not null && low == high))
        {
            return null;
        }
        return (low, high) switch
        {
            ({ } a, { } b) => s_words.Format("RangeBetween", language, ("low", a), ("high", b)),
            ({ } a, null) => s_words.Format("RangeAtLeast", language, ("low", a)),
            (null, { } b) => s_words.Format("RangeAtMost", language, ("high", b)),
            _ => null,
        };
    }

    /// <summary>The rate with its qualifier and, where it says more, the range its roundings allow: <c>+4,783%, between +4,698% and +4,871% from the published rounding</c>.</summary>
    public static string PercentWithRange(GrowthRate rate) => PercentWithRange(rate, Language.Current);

    public static string PercentWithRange(GrowthRate rate, Language language) =>
        RoundingRange(rate, language) is { } range
            ? s_words.Format("RateWithRange", language, ("rate", Percent(rate.GrowthPercent, rate.Qualifier, language)), ("range", range))
            : Percent(rate.GrowthPercent, rate.Qualifier, language);
}
