using MineralTrade.Web.Features.Figures;
using MineralTrade.Web.Features.Languages;
using MineralTrade.Web.Features.Products;
using static MineralTrade.UnitTests.Languages.MarketInEachLanguageTests;

namespace MineralTrade.UnitTests.Languages;

/// <summary>
/// The product page's words made from numbers, in each language (issue 20): counts with each language's plural, codes
/// as left-to-right runs in Urdu, the charts' titles and series names. (The CSV of a product chart stays English in
/// every language: <c>IntegrationTests/ProductCsvInEachLanguageTests</c>.)
/// </summary>
public sealed class ProductInEachLanguageTests
{
    [Theory]
    [InlineData("zh-Hans", 1, 0, 0, "1条数据")]
    [InlineData("zh-Hans", 0, 11, 3, "本编码自身无数据；其下3个编码有11条数据")]
    [InlineData("zh-Hans", 1, 4, 1, "本编码自身1条数据；其下1个编码另有4条")]
    [InlineData("ur", 1, 0, 0, "1 عدد")]
    [InlineData("ur", 12, 0, 0, "12 اعداد")]
    [InlineData("ur", 0, 1, 1, "اس کوڈ کا اپنا کوئی عدد نہیں؛ اس کے اندر کے کوڈ میں 1 عدد")]
    [InlineData("ur", 2, 1_204, 2, "اس کوڈ کے اپنے 2 اعداد؛ اس کے اندر کے 2 کوڈ میں 1,204 مزید")]
    public void Figures_CountedAsTheLanguageCounts(string language, int own, int inside, int codes, string expected) =>
        Assert.Equal(expected, ProductText.Figures(own, inside, codes, Language.Find(language)));

    [Theory]
    [InlineData("zh-Hans", 1, "2603", "HS 2603的全部1条数据（所有贸易流向）")]
    [InlineData("ur", 1, "2603", "ایچ ایس \u20662603\u2069 کا 1 عدد، تمام تجارتی بہاؤ")]
    [InlineData("ur", 12, "74", "ایچ ایس \u206674\u2069 کے تمام 12 اعداد، تمام تجارتی بہاؤ")]
    [InlineData("zh-Hans", 40, "TOTAL", "全部商品的全部40条数据（所有贸易流向）")]
    [InlineData("ur", 40, "TOTAL", "تمام اشیا کے تمام 40 اعداد، تمام تجارتی بہاؤ")]
    public void AllFigures_TheCodeALeftToRightRunInUrdu(string language, int count, string code, string expected) =>
        Assert.Equal(expected, ProductText.AllFigures(count, code, Language.Find(language)));

    [Theory]
    [InlineData("en", HsLevel.Heading, "A heading of the Harmonized System (HS), the 4-digit level")]
    [InlineData("zh-Hans", HsLevel.Heading, "《商品名称及编码协调制度》（HS）中的品目，即4位数编码")]
    [InlineData("ur", HsLevel.Chapter, "ہارمونائزڈ سسٹم (ایچ ایس) کا ایک باب، یعنی 2 ہندسوں کی سطح")]
    public void Level_InTheGlossarysWords(string language, HsLevel level, string expected) =>
        Assert.Equal(expected, ProductText.Level(level, Language.Find(language)));

    [Theory]
    [InlineData("en", PeriodKind.Quarter, 1, "1 quarter")]
    [InlineData("en", PeriodKind.Quarter, 20, "20 quarters")]
    [InlineData("zh-Hans", PeriodKind.Quarter, 20, "20个季度")]
    [InlineData("zh-Hans", PeriodKind.Annual, 3, "3个全年")]
    [InlineData("ur", PeriodKind.Month, 1, "1 مہینہ")]
    [InlineData("ur", PeriodKind.Month, 240, "240 مہینے")]
    [InlineData("ur", PeriodKind.HalfYear, 2, "2 ششماہیاں")]
    public void Periods_CountedAsTheLanguageCounts(string language, PeriodKind kind, int count, string expected) =>
        Assert.Equal(expected, ProductText.Periods(kind, count, Language.Find(language)));

    [Theory]
    [InlineData("en", "Fiscal years (July–June)", "Reporter not stated (1)")]
    [InlineData("zh-Hans", "财年数据（7月至次年6月）", "未说明报告方（1）")]
    [InlineData("ur", "مالی سال کے اعداد (جولائی تا جون)", "رپورٹ کرنے والا ادارہ نامعلوم (\u20661\u2069)")]
    public void SeriesChart_TitleAndUnstatedSeries_InThePagesLanguage(string language, string title, string series)
    {
        var chart = In(language, () => Assert.Single(ProductViewBuilder.Charts([
            Fig.Make("74", "2022-07", "2023-06", 10m, reporter: "unstated", publisher: "Radio"),
        ])));

        Assert.Equal(title, In(language, () => chart.Title));
        Assert.Equal(series, Assert.Single(chart.Series).Name);
    }
}
