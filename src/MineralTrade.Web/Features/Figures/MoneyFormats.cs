using System.Globalization;
using MineralTrade.Web.Features.Languages;

namespace MineralTrade.Web.Features.Figures;

/// <summary>One step of rounding dollar amounts: from <paramref name="From"/> up, to <paramref name="MaxDecimals"/> decimals of <paramref name="Unit"/>s.</summary>
/// <param name="Suffix">English's name of the unit (<c> bn</c>, <c> M</c>).</param>
/// <param name="Grouped">Thousands separated by commas.</param>
public sealed record UsdScale(decimal From, decimal Unit, string Suffix, int MaxDecimals, bool Grouped)
{
    public string Format => (Grouped ? "#,0" : "0") + (MaxDecimals > 0 ? "." + new string('#', MaxDecimals) : "");

    /// <summary>The amount rounding keeps: a hundredth of a billion, a hundredth of a million, a dollar.</summary>
    public decimal Step => Unit / (decimal)Math.Pow(10, MaxDecimals);
}

/// <summary>How a language writes a rounded amount from <paramref name="From"/> up: in <paramref name="Unit"/>s, into <paramref name="Pattern"/>'s <c>{0}</c>.</summary>
/// <param name="Pattern"><c>${0} bn</c>, <c>{0}亿美元</c>, <c>{0} کروڑ ڈالر</c>.</param>
public sealed record AmountScale(decimal From, decimal Unit, string Pattern, bool Grouped)
{
    /// <summary>Every decimal the rounded amount has, and none more: 1.416 کروڑ for $14.16 M, 1100万 for $11 M.</summary>
    public string Write(decimal rounded) =>
        Pattern.Replace("{0}", (rounded / Unit).ToString(Grouped ? "#,0.##########" : "0.##########", CultureInfo.InvariantCulture), StringComparison.Ordinal);
}

/// <summary>Growth rates: whole percents from <paramref name="WholeFrom"/> up, else <paramref name="Decimals"/> decimals; a sign on rises.</summary>
public sealed record PercentFormat(decimal WholeFrom, int Decimals);

/// <summary>What stands before a value that is not exact (decision 0100): a lower bound, an upper bound, an approximation.</summary>
public sealed record QualifierWords(string AtLeast, string AtMost, string About);

/// <summary>
/// How one language writes amounts and rates (decision 0112). Every language rounds as English does (<see cref="Usd"/>:
/// the same value says the same in every language) and writes the result in its own units (<see cref="Amounts"/>):
/// $1.14 bn is 11.4亿美元 and 1.14 ارب ڈالر. The chart module receives the same, so an axis reads as a card does.
/// </summary>
public sealed record MoneyFormats(IReadOnlyList<UsdScale> Usd, IReadOnlyList<AmountScale> Amounts, PercentFormat Percent, QualifierWords Qualifiers)
{
    private static readonly UsdScale[] s_rounding =
        [new(1_000_000_000m, 1_000_000_000m, " bn", 2, false), new(100_000m, 1_000_000m, " M", 2, false), new(0m, 1m, "", 0, true)];

    private static readonly PercentFormat s_percent = new(100m, 1);

    public static readonly MoneyFormats English = new(s_rounding,
        [.. s_rounding.Select(s => new AmountScale(s.From, s.Unit, "${0}" + s.Suffix, s.Grouped))], s_percent, new("≥ ", "≤ ", "~ "));

    /// <summary>亿 (10⁸) and 万 (10⁴), as the Chinese press writes dollars: 11.4亿美元, 1100万美元, 29万美元.</summary>
    public static readonly MoneyFormats Chinese = new(s_rounding,
        [new(100_000_000m, 100_000_000m, "{0}亿美元", true), new(100_000m, 10_000m, "{0}万美元", false), new(0m, 1m, "{0}美元", true)],
        s_percent, new("至少", "至多", "约"));

    /// <summary>ارب (10⁹), کروڑ (10⁷) and لاکھ (10⁵), as the Urdu press writes dollars: 1.14 ارب ڈالر, 1.1 کروڑ ڈالر, 2.9 لاکھ ڈالر.</summary>
    public static readonly MoneyFormats Urdu = new(s_rounding,
        [new(1_000_000_000m, 1_000_000_000m, "{0} ارب ڈالر", true), new(10_000_000m, 10_000_000m, "{0} کروڑ ڈالر", false),
         new(100_000m, 100_000m, "{0} لاکھ ڈالر", false), new(0m, 1m, "{0} ڈالر", true)],
        s_percent, new("کم از کم ", "زیادہ سے زیادہ ", "تقریباً "));

    public static MoneyFormats For(Language language) =>
        language == Language.Chinese ? Chinese : language == Language.Urdu ? Urdu : English;

    /// <summary>
    /// <paramref name="value"/> rounded to its scale's step the way <paramref name="rounding"/> says, in this language's
    /// words. Both scales are chosen by the value before rounding, as the chart module does.
    /// </summary>
    public string Write(decimal value, MidpointRounding rounding)
    {
        var scale = Usd.First(s => Math.Abs(value) >= s.From);
        var rounded = Math.Round(value / scale.Step, 0, rounding) * scale.Step;
        return Amounts.First(a => Math.Abs(value) >= a.From).Write(rounded);
    }
}
