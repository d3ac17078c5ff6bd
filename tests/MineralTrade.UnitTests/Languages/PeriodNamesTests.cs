using MineralTrade.Web.Features.Figures;
using MineralTrade.Web.Features.Languages;

namespace MineralTrade.UnitTests.Languages;

/// <summary>Periods as each language names them (decision 0112); the State Bank's fiscal years and quarters in each.</summary>
public sealed class PeriodNamesTests
{
    [Theory]
    [InlineData(202501, 202512, false, "en", "2025")]
    [InlineData(202501, 202512, false, "zh-Hans", "2025年")]
    [InlineData(202501, 202512, false, "ur", "2025")]
    [InlineData(202407, 202506, true, "en", "FY2024-25")]
    [InlineData(202407, 202506, true, "zh-Hans", "2024-25财年")]
    [InlineData(202407, 202506, true, "ur", "مالی سال 2024-25")]
    [InlineData(202507, 202509, true, "en", "Q1 FY2025-26 (Jul–Sep 2025)")]
    [InlineData(202507, 202509, true, "zh-Hans", "2025-26财年第一季度（2025年7—9月）")]
    [InlineData(202507, 202509, true, "ur", "مالی سال 2025-26 کی پہلی سہ ماہی (جولائی–ستمبر 2025)")]
    [InlineData(202501, 202506, true, "en", "H2 FY2024-25 (Jan–Jun 2025)")]
    [InlineData(202501, 202506, true, "zh-Hans", "2024-25财年下半年（2025年1—6月）")]
    [InlineData(202501, 202506, true, "ur", "مالی سال 2024-25 کی دوسری ششماہی (جنوری–جون 2025)")]
    [InlineData(202507, 202509, false, "en", "Q3 2025")]
    [InlineData(202507, 202509, false, "zh-Hans", "2025年第三季度")]
    [InlineData(202507, 202509, false, "ur", "2025 کی تیسری سہ ماہی")]
    [InlineData(202501, 202506, false, "zh-Hans", "2025年上半年")]
    [InlineData(202501, 202506, false, "ur", "2025 کی پہلی ششماہی")]
    [InlineData(202308, 202308, false, "en", "Aug 2023")]
    [InlineData(202308, 202308, false, "zh-Hans", "2023年8月")]
    [InlineData(202308, 202308, false, "ur", "اگست 2023")]
    [InlineData(202301, 202305, false, "en", "Jan–May 2023")]
    [InlineData(202301, 202305, false, "zh-Hans", "2023年1—5月")]
    [InlineData(202301, 202305, false, "ur", "جنوری–مئی 2023")]
    [InlineData(202312, 202402, false, "en", "Dec 2023–Feb 2024")]
    [InlineData(202312, 202402, false, "zh-Hans", "2023年12月—2024年2月")]
    [InlineData(202312, 202402, false, "ur", "دسمبر 2023–فروری 2024")]
    public void Label_NamesThePeriodAsTheLanguageDoes(int start, int end, bool fiscal, string language, string expected) =>
        Assert.Equal(expected, Period.Label(start, end, fiscal, Language.Find(language)));

    [Theory]
    [InlineData("en", "2026-01-27")]
    [InlineData("zh-Hans", "2026年1月27日")]
    [InlineData("ur", "27 جنوری 2026")]
    public void Day_AsTheLanguageWritesADate(string language, string expected) =>
        Assert.Equal(expected, PeriodNames.For(Language.Find(language)!).Day(new DateOnly(2026, 1, 27)));

    [Fact]
    public void Label_OfAFiscalQuarter_HasTwoLinesInEveryLanguage() =>
        Assert.All(Language.All, l => Assert.Equal(2, Period.LabelLines(202510, 202512, fiscal: true, l).Length));
}
