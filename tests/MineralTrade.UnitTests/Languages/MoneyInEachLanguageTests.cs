using MineralTrade.Web.Features.Figures;
using MineralTrade.Web.Features.Languages;

namespace MineralTrade.UnitTests.Languages;

/// <summary>Amounts as each language's press writes them (decision 0112): one rounding, each language's units.</summary>
public sealed class MoneyInEachLanguageTests
{
    public static TheoryData<string, long, Qualifier, string> Amounts() => new()
    {
        // The figures: copper $1.14 bn, iron ores above $101 M, aluminium ores $0.29 M -> $14.16 M, $11 M.
        { "en", 1_140_000_000, Qualifier.Exact, "$1.14 bn" },
        { "zh-Hans", 1_140_000_000, Qualifier.Exact, "11.4亿美元" },
        { "ur", 1_140_000_000, Qualifier.Exact, "1.14 ارب ڈالر" },
        { "en", 11_000_000, Qualifier.Exact, "$11 M" },
        { "zh-Hans", 11_000_000, Qualifier.Exact, "1100万美元" },
        { "ur", 11_000_000, Qualifier.Exact, "1.1 کروڑ ڈالر" },
        { "en", 290_000, Qualifier.Exact, "$0.29 M" },
        { "zh-Hans", 290_000, Qualifier.Exact, "29万美元" },
        { "ur", 290_000, Qualifier.Exact, "2.9 لاکھ ڈالر" },
        { "en", 14_160_000, Qualifier.Exact, "$14.16 M" },
        { "zh-Hans", 14_160_000, Qualifier.Exact, "1416万美元" },
        { "ur", 14_160_000, Qualifier.Exact, "1.416 کروڑ ڈالر" },
        { "en", 101_000_000, Qualifier.AtLeast, "≥ $101 M" },
        { "zh-Hans", 101_000_000, Qualifier.AtLeast, "至少1.01亿美元" },
        { "ur", 101_000_000, Qualifier.AtLeast, "کم از کم 10.1 کروڑ ڈالر" },
        { "en", 550_000_000, Qualifier.Approximate, "~ $550 M" },
        { "zh-Hans", 550_000_000, Qualifier.Approximate, "约5.5亿美元" },
        { "ur", 550_000_000, Qualifier.Approximate, "تقریباً 55 کروڑ ڈالر" },
        { "en", 110_900_000, Qualifier.Exact, "$110.9 M" },
        { "zh-Hans", 110_900_000, Qualifier.Exact, "1.109亿美元" },
        { "ur", 110_900_000, Qualifier.Exact, "11.09 کروڑ ڈالر" },
        { "en", 48_000, Qualifier.Exact, "$48,000" },
        { "zh-Hans", 48_000, Qualifier.Exact, "48,000美元" },
        { "ur", 48_000, Qualifier.Exact, "48,000 ڈالر" },
        { "zh-Hans", 6_000_000_000, Qualifier.Exact, "60亿美元" },
        { "ur", 6_000_000_000, Qualifier.Exact, "6 ارب ڈالر" },
    };

    [Theory]
    [MemberData(nameof(Amounts))]
    public void Usd_WritesTheAmountInTheLanguagesUnits(string language, long value, Qualifier qualifier, string expected) =>
        Assert.Equal(expected, Money.Usd(value, qualifier, Language.Find(language)!));

    [Theory]
    [InlineData("en", "≥ $1.49 bn")]
    [InlineData("zh-Hans", "至少14.9亿美元")]
    [InlineData("ur", "کم از کم 1.49 ارب ڈالر")]
    public void ASumWithABound_RoundsDownInEveryLanguage(string language, string expected) =>
        Assert.Equal(expected, Money.Usd(1_496_840_000m, DerivedQualifier.AtLeast, Language.Find(language)!));

    [Theory]
    [InlineData("en", "reported, no value published")]
    [InlineData("zh-Hans", "有报道，未公布数值")]
    [InlineData("ur", "ذکر موجود، کوئی قدر شائع نہیں ہوئی")]
    public void NoValue_SaysSoInEachLanguage_NeverZero(string language, string expected) =>
        Assert.Equal(expected, Money.Usd(null, Qualifier.NamedWithoutValue, Language.Find(language)!));

    [Theory]
    [InlineData("en", "+4,783%, between +4,698% and +4,871% from the published rounding")]
    [InlineData("zh-Hans", "+4,783%（按公布数字的舍入，介于+4,698%与+4,871%之间）")]
    [InlineData("ur", "+4,783%، شائع شدہ اعداد کی گولائی کے لحاظ سے +4,698% اور +4,871% کے درمیان")]
    public void RoundingRange_AluminiumOres_InEachLanguagesWords(string language, string expected) =>
        Assert.Equal(expected, Money.PercentWithRange(
            Comparisons.Rate(Fig.Make("2606", "2025-01", "2025-12", 14_160_000m), Fig.Make("2606", "2024-01", "2024-12", 290_000m)), Language.Find(language)!));

    [Theory]
    [InlineData("en", "at least +5.2% from the published rounding")]
    [InlineData("zh-Hans", "按公布数字的舍入，至少+5.2%")]
    [InlineData("ur", "شائع شدہ اعداد کی گولائی کے لحاظ سے کم از کم +5.2%")]
    public void RoundingRange_OpenAtTheTop_InEachLanguagesWords(string language, string expected) =>
        Assert.Equal(expected, Money.RoundingRange(
            Comparisons.Rate(Fig.Make("2601", "2025-01", "2025-12", 101_000_000m, Qualifier.AtLeast), Fig.Make("2601", "2024-01", "2024-12", 95_000_000m)), Language.Find(language)!));

    [Theory]
    [InlineData("en", "≥ $1.91 bn against $1.73 bn")]
    [InlineData("zh-Hans", "至少19.1亿美元，上年同期17.3亿美元")]
    [InlineData("ur", "کم از کم 1.91 ارب ڈالر بمقابلہ 1.73 ارب ڈالر")]
    public void Pair_KeepsEachValuesQualifier_InEachLanguage(string language, string expected) =>
        Assert.Equal(expected, Money.Pair(Comparisons.Rate(
            Fig.Make("TOTAL", "2022-01", "2022-06", 1_918_000_000m, Qualifier.AtLeast), Fig.Make("TOTAL", "2021-01", "2021-06", 1_728_000_000m)), Language.Find(language)!));

    [Theory]
    [InlineData("en", "≥ +4,782%")]
    [InlineData("zh-Hans", "至少+4,782%")]
    [InlineData("ur", "کم از کم +4,782%")]
    public void Percent_SameDigitsInEveryLanguage_ItsQualifierInWords(string language, string expected) =>
        Assert.Equal(expected, Money.Percent(4782.8m, DerivedQualifier.AtLeast, Language.Find(language)!));

    [Fact]
    public void WithoutALanguage_TheCurrentOneIsUsed()
    {
        var before = System.Globalization.CultureInfo.CurrentUICulture;
        try
        {
            System.Globalization.CultureInfo.CurrentUICulture = Language.Urdu.Culture;
            Assert.Equal("1.14 ارب ڈالر", Money.Usd(1_140_000_000m));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentUICulture = before;
        }
    }
}
