using MineralTrade.Web.Components.Charts;
using MineralTrade.Web.Features.Figures;
using static MineralTrade.UnitTests.Languages.MarketInEachLanguageTests;

namespace MineralTrade.UnitTests;

/// <summary>
/// A bar's name in lines (the Growth chart): English and Urdu break at spaces exactly as before (the cases are the
/// overview's own labels, as main drew them); Chinese, which has no spaces, between its characters, each two columns
/// wide, so that the code at the end is not cut; a run of Latin letters or digits is never split.
/// </summary>
public class LabelLinesTests
{
    private const string Lri = "\u2066", Pdi = "\u2069";

    [Theory]
    [InlineData("Copper ores and concentrates (2603)", 20, 3, "Copper ores and|concentrates (2603)")]
    [InlineData("Pearls, precious and semi-precious stones and precious metals (71)", 20, 3, "Pearls, precious and|semi-precious stones|and precious metals…")]
    [InlineData("2025 · CN-GACC", 22, 2, "2025 · CN-GACC")]
    [InlineData("Jan–Feb 2023 · Reporter not stated", 22, 2, "Jan–Feb 2023 ·|Reporter not stated")]
    [InlineData("Aluminium ores and concentrates (2606)", 22, 3, "Aluminium ores and|concentrates (2606)")]
    [InlineData("Refined copper and copper alloys, unwrought (7403)", 22, 3, "Refined copper and|copper alloys,|unwrought (7403)")]
    [InlineData("Unrefined copper; copper anodes for electrolytic refining (7402)", 22, 3, "Unrefined copper;|copper anodes for|electrolytic refining…")]
    [InlineData("Salt (Himalayan pink salt) (2501)", 22, 3, "Salt (Himalayan pink|salt) (2501)")]
    [InlineData("Electrolytic-copper-anodes (7402)", 10, 3, "Electrolytic-copper-anodes|(7402)")]
    [InlineData("2025 · " + Lri + "CN-GACC" + Pdi, 22, 2, "2025 · " + Lri + "CN-GACC" + Pdi)]
    [InlineData("2025 کی پہلی سہ ماہی · " + Lri + "CN-GACC" + Pdi, 22, 2, "2025 کی پہلی سہ ماہی ·|" + Lri + "CN-GACC" + Pdi)]
    [InlineData("2023 · رپورٹ کرنے والا ادارہ نامعلوم", 22, 2, "2023 · رپورٹ کرنے والا|ادارہ نامعلوم")]
    [InlineData("جنوری–فروری 2023 · رپورٹ کرنے والا ادارہ نامعلوم", 22, 2, "جنوری–فروری 2023 ·|رپورٹ کرنے والا ادارہ…")]
    [InlineData("جنوری–مئی 2023 · رپورٹ کرنے والا ادارہ نامعلوم", 22, 2, "جنوری–مئی 2023 · رپورٹ|کرنے والا ادارہ…")]
    public void Wrap_EnglishAndUrdu_BreakAtSpaces_AsBefore(string text, int width, int lines, string expected) =>
        Assert.Equal(expected.Split('|'), LabelLines.Wrap(text, width, lines));

    [Theory]
    [InlineData("Copper (7402)", 13)]
    [InlineData("未精炼铜；", 10)]
    [InlineData("（ＨＳ）", 8)]
    [InlineData("구리 どう", 9)]
    public void Columns_CountAWideCharacterAsTwo(string text, int columns) => Assert.Equal(columns, LabelLines.Columns(text));

    [Fact]
    public void Wrap_Chinese_BreaksBetweenCharacters_IntoLinesOfAtMostTheWidth_AndKeepsTheCode()
    {
        var wrapped = LabelLines.Wrap("未精炼铜；电解精炼用的铜阳极 (7402)", 22, 3);

        Assert.Equal(["未精炼铜；电解精炼用的", "铜阳极 (7402)"], wrapped);
        Assert.All(wrapped, l => Assert.InRange(LabelLines.Columns(l), 1, 22));
    }

    [Fact]
    public void Wrap_Chinese_TooLongForThreeLines_IsCutAfterTheThirdLine_AndMarked()
    {
        var wrapped = LabelLines.Wrap("天然或养殖珍珠、宝石或半宝石、贵金属、包贵金属及其制品；仿首饰；硬币 (71)", 22, 3);

        Assert.Equal(["天然或养殖珍珠、宝石或", "半宝石、贵金属、包贵金", "属及其制品；仿首饰；硬…"], wrapped);
        Assert.All(wrapped, l => Assert.InRange(LabelLines.Columns(l.TrimEnd('…')), 1, 22));
    }

    [Theory]
    [InlineData("电解精炼用的铜阳极(7402)", 22, "电解精炼用的铜阳极|(7402)")]
    [InlineData("铜阳极(7402)", 22, "铜阳极(7402)")]
    [InlineData("电解铜阳极LME-A级 (7402)", 12, "电解铜阳极|LME-A级|(7402)")]
    public void Wrap_ChineseWithLatin_KeepsEachLatinRunWhole(string text, int width, string expected) =>
        Assert.Equal(expected.Split('|'), LabelLines.Wrap(text, width, 3));

    [Fact]
    public void Wrap_ChineseWordThatFitsALine_MovesToTheNextWhole_AsAnEnglishWordDoes() =>
        Assert.Equal(["2023年1—2月 ·", "未说明报告方"], LabelLines.Wrap("2023年1—2月 · 未说明报告方", 22, 2));

    [Fact]
    public void Wrap_Chinese_DoesNotStartALineWithClosingPunctuation() =>
        Assert.Equal(["未精炼", "铜；电解"], LabelLines.Wrap("未精炼铜；电解", 8, 3));

    [Fact]
    public void GrowthLabel_InChinese_TheProductInShortLines_WithItsCode()
    {
        var label = In("zh-Hans", () => OverviewCharts.GrowthLabel(Rate(), "未精炼铜；电解精炼用的铜阳极"));

        Assert.Equal(["2025年上半年 · CN-GACC", "未精炼铜；电解精炼用的", "铜阳极 (7402)"], label);
    }

    [Fact]
    public void GrowthLabel_InEnglish_AsBefore()
    {
        var label = In("en", () => OverviewCharts.GrowthLabel(Rate(), "Unrefined copper; copper anodes for electrolytic refining"));

        Assert.Equal(["H1 2025 · CN-GACC", "Unrefined copper;", "copper anodes for", "electrolytic refining…"], label);
    }

    private static GrowthRate Rate() =>
        Assert.Single(Comparisons.Growth([Fig.Make("7402", "2024-01", "2024-06", 100m), Fig.Make("7402", "2025-01", "2025-06", 150m)]));
}
