using System.Globalization;
using MineralTrade.Web.Features.Figures;
using MineralTrade.Web.Features.Languages;
using MineralTrade.Web.Features.Market;
using static MineralTrade.UnitTests.Market.SupplierRulesTests;

namespace MineralTrade.UnitTests.Languages;

/// <summary>
/// The market panels' sentences and words in Chinese and Urdu (issue 20): whole sentences
/// in each language's order, its amounts, periods and dates; codes left-to-right runs in Urdu. The English ones are
/// pinned by the market tests (MarketRulesTests, WindowRateTests, SupplierRulesTests) unchanged.
/// </summary>
public sealed class MarketInEachLanguageTests
{
    internal const string Lri = "\u2066", Pdi = "\u2069";

    private static readonly PeriodWindow Y2025 = PeriodWindow.Year(2025);

    /// <summary>Runs <paramref name="read"/> with <paramref name="code"/> as the page's language, as a request or circuit would.</summary>
    internal static T In<T>(string code, Func<T> read)
    {
        var before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = Language.Find(code)!.Culture;
            return read();
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    [Theory]
    [InlineData("zh-Hans", "2025年：中国海关记录的自巴基斯坦进口HS 2603为1100万美元，在所持13个供应国中排名第12（或更低），占中国自全球进口（12亿美元，中方自身数据）的0.92%。")]
    [InlineData("ur", "2025: چین کی کسٹمز نے پاکستان سے ایچ ایس " + Lri + "2603" + Pdi + " کی 1.1 کروڑ ڈالر کی درآمدات درج کیں، موجود 13 سپلائرز میں درجہ 12 یا اس سے نیچے اور دنیا سے چین کی درآمدات (1.2 ارب ڈالر، چین کا اپنا عدد) کا 0.92%۔")]
    public void Standing_AWholeSentenceInTheLanguage(string language, string expected) =>
        Assert.Equal(expected, In(language, () => MarketText.Standing(SupplierRules.Table("CN-GACC", "CN", "2603", Y2025, CopperOres2025()))));

    [Theory]
    [InlineData("zh-Hans", "2025年：中国自巴基斯坦进口HS 2603的单价为2,000美元/吨，为其向各供应国平均支付的2,500美元/吨的80%（全球数据的金额除以其净重）。")]
    [InlineData("ur", "2025: چین نے پاکستان کے ایچ ایس " + Lri + "2603" + Pdi + " کے لیے 2,000 ڈالر فی ٹن ادا کیے، جو اس اوسط 2,500 ڈالر فی ٹن کا 80% ہے جو اس نے اپنے سپلائرز کو ادا کیا (دنیا کے عدد کی قدر تقسیم اس کا خالص وزن)۔")]
    public void Price_PakistanAgainstTheMarket_InTheLanguage(string language, string expected) =>
        Assert.Equal(expected, In(language, () => MarketText.Price(MarketRules.Price(SupplierRules.Table("CN-GACC", "CN", "2603", Y2025, CopperOres2025())), "2603")));

    [Theory]
    [InlineData("zh-Hans", "年初至今（2026年1—10月）：1500万美元；无增长率：2025年3月无数据。")]
    [InlineData("ur", "سال کے آغاز سے اب تک، جنوری–اکتوبر 2026: 1.5 کروڑ ڈالر؛ کوئی شرح نہیں: مارچ 2025 کا کوئی عدد نہیں۔")]
    public void Window_AMonthMissing_NoRate_TheMonthNamedInTheLanguage(string language, string expected)
    {
        // Every month of 2026 to October; 2025 without March (WindowRateTests has the same in English).
        var series = Enumerable.Range(1, 10).Select(m => Month(2026, m, 1_500_000m))
            .Concat(Enumerable.Range(1, 12).Where(m => m != 3).Select(m => Month(2025, m, 1_000_000m))).ToList();

        Assert.Equal(expected, In(language, () => MarketText.Window(Assert.Single(WindowRate.OfSeries(series), r => r.Window.Kind == WindowKind.YearToDate))));
    }

    [Theory]
    [InlineData("zh-Hans", "截至2026年10月的12个月（2025年11月—2026年10月）")]
    [InlineData("ur", "اکتوبر 2026 تک کے 12 مہینے (نومبر 2025–اکتوبر 2026)")]
    public void TwelveMonths_InWords(string language, string expected) =>
        Assert.Equal(expected, PeriodWindow.Rolling12(202610).WordsIn(Language.Find(language)!));

    [Fact]
    public void SupplierWords_RankShareAndUnitValue_InEachLanguage()
    {
        var table = SupplierRules.Table("CN-GACC", "CN", "2603", Y2025, CopperOres2025());

        Assert.Equal(("12（或更低）", "2,000美元/吨", "5,500吨"), In("zh-Hans", () =>
            (table.Pakistan!.RankDisplay, table.Pakistan.Sum.UnitValue!.Display, UnitValue.Quantity(table.Pakistan.Sum.Quantity, table.Pakistan.Sum.QuantityUnit))));
        Assert.Equal(("12 یا اس سے نیچے", "2,000 ڈالر فی ٹن", "5,500 ٹن"), In("ur", () =>
            (table.Pakistan!.RankDisplay, table.Pakistan.Sum.UnitValue!.Display, UnitValue.Quantity(table.Pakistan.Sum.Quantity, table.Pakistan.Sum.QuantityUnit))));
        // The API's words stay English whatever the page's language: the language is the request's.
        Assert.Equal("12 or lower", table.Pakistan!.RankDisplay);
    }

    private static Figure Month(int year, int month, decimal value) =>
        Fig.Make("2603", $"{year}-{month:D2}", $"{year}-{month:D2}", value, kind: SourceKind.Dataset);
}
