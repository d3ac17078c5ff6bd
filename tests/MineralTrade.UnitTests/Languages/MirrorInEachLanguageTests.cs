using MineralTrade.Web.Features.Figures;
using MineralTrade.Web.Features.Languages;
using MineralTrade.Web.Features.Mirror;
using static MineralTrade.UnitTests.Languages.MarketInEachLanguageTests;

namespace MineralTrade.UnitTests.Languages;

/// <summary>
/// /compare's and the product page's mirror words in each language (issue 20): a gap as each language writes amounts
/// (decision 0112), its sign kept before its digits in Urdu, and the sentences of comparisons that are not paired.
/// </summary>
public sealed class MirrorInEachLanguageTests
{
    [Theory]
    [InlineData("en", "+$14.26 M (+8.5%)")]
    [InlineData("zh-Hans", "+1426万美元（+8.5%）")]
    [InlineData("ur", "\u2066+1.426\u2069 کروڑ ڈالر (+8.5%)")]
    public void Gap_InTheLanguagesUnits(string language, string expected) => Assert.Equal(expected, In(language, () => Assert.Single(MirrorRules.Pairs([
        Fig.Make("TOTAL", "2022-09", "2022-09", 167_923_000m, reporter: "PK-SBP"),
        Fig.Make("TOTAL", "2022-09", "2022-09", 182_180_000m, reporter: "CN-GACC"),
    ])).GapDisplay));

    [Theory]
    [InlineData("en", 11_005_000, "≥ +$1 M (≥ +10.0%)")]
    [InlineData("zh-Hans", 11_005_000, "至少+100万美元（至少+10.0%）")]
    [InlineData("ur", 11_005_000, "کم از کم \u2066+10\u2069 لاکھ ڈالر (کم از کم +10.0%)")]
    [InlineData("ur", 8_995_000, "کم از کم \u2066-10.1\u2069 لاکھ ڈالر (کم از کم -10.1%)")]
    public void GapOfABound_SaysSoInWords_TheSignBeforeItsDigits(string language, long first, string expected) =>
        Assert.Equal(expected, In(language, () => Assert.Single(MirrorRules.Pairs([
            Fig.Make("2603", "2025-01", "2025-12", first, Qualifier.AtLeast, reporter: "CN-GACC"),
            Fig.Make("2603", "2025-01", "2025-12", 10_000_000m, reporter: "PK-PBS"),
        ])).GapDisplay));

    [Theory]
    [InlineData("en", "the first figure is a lower bound: the gap is at least this")]
    [InlineData("zh-Hans", "第一个数据为下限：差额至少为此数")]
    [InlineData("ur", "پہلا عدد کم از کم حد ہے: فرق کم از کم اتنا ہے")]
    public void GapReason_InTheLanguage(string language, string expected) =>
        Assert.Equal(expected, MirrorRules.GapQualifier(Qualifier.AtLeast, Qualifier.Exact, Language.Find(language)).Reason);

    [Theory]
    [InlineData("en", "What these figures count: CN-GACC: goods; PK-SBP: goods and services. A pair needs", "would pair with CN-GACC's.")]
    [InlineData("zh-Hans", "这些数据的统计范围：CN-GACC：商品；PK-SBP：商品和服务。配对需要", "可与CN-GACC的数据配对。")]
    [InlineData("ur", "یہ اعداد کیا شمار کرتے ہیں: \u2066CN-GACC\u2069: اشیا؛ \u2066PK-SBP\u2069: اشیا اور خدمات۔ جوڑی کے لیے", "\u2066CN-GACC\u2069 کے عدد کے ساتھ جوڑی بنائے گا۔")]
    public void WhatWouldPair_InTheLanguage_ReporterCodesAsTheyAre(string language, string start, string end)
    {
        var china = Fig.Make("TOTAL", "2023-10", "2023-10", 368_000_000m, Qualifier.Approximate, reporter: "CN-GACC");
        var stateBank = Fig.Make("TOTAL", "2023-10", "2023-10", 318_842_000m, reporter: "PK-SBP");
        stateBank.Coverage = Coverage.GoodsAndServices;

        var words = UnpairedComparison.WhatWouldPair(MirrorRules.Unpaired([china, stateBank]), Language.Find(language));

        Assert.StartsWith(start, words, StringComparison.Ordinal);
        Assert.EndsWith(end, words, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "Not paired: one counts goods only")]
    [InlineData("zh-Hans", "未配对：一方仅统计商品")]
    [InlineData("ur", "جوڑی نہیں بنی: ایک صرف اشیا شمار کرتا ہے")]
    public void UnpairedReason_InTheLanguage(string language, string start)
    {
        var china = Fig.Make("TOTAL", "2023-10", "2023-10", 368_000_000m, reporter: "CN-GACC");
        var stateBank = Fig.Make("TOTAL", "2023-10", "2023-10", 318_842_000m, reporter: "PK-SBP");
        stateBank.Coverage = Coverage.GoodsAndServices;

        Assert.StartsWith(start, In(language, () => Assert.Single(MirrorRules.Unpaired([china, stateBank])).Reason), StringComparison.Ordinal);
    }
}
