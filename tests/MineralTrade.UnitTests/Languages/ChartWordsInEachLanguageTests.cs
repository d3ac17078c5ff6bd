using System.Globalization;
using MineralTrade.Web.Components.Charts;
using MineralTrade.Web.Features.Dashboard;
using MineralTrade.Web.Features.Figures;
using MineralTrade.Web.Features.Languages;
using MineralTrade.Web.Features.Products;
using static MineralTrade.UnitTests.Languages.MarketInEachLanguageTests;

namespace MineralTrade.UnitTests.Languages;

/// <summary>
/// The overview charts' words made at render, in each language (issue 20): a category as a bar names it, a sum's
/// tooltip, a By year line's name, a value-added bar and its share's note, the target's paths. English is what the
/// model said before; codes stay as they are, in left-to-right runs in Urdu; publishers as published.
/// </summary>
public sealed class ChartWordsInEachLanguageTests
{

    private static TotalPoint Point(string category, string[] codes, string reporter = "CN-GACC", string publisher = "", DerivedQualifier qualifier = DerivedQualifier.Exact, int parts = 2) =>
        new(category, HsClassification.CategoryOf(category).Name, 202501, 202512, "2025", 2025, 1_140_000_000m, qualifier, "$1.14 bn", reporter, publisher,
            "China Economic Net", new Listed(["2603 $1.1 bn"], parts), codes);

    [Theory]
    [InlineData("en", "copper", "2603", "Copper ore")]
    [InlineData("zh-Hans", "copper", "2603", "铜矿砂")]
    [InlineData("ur", "copper", "2603", "تانبے کی کچ دھات")]
    [InlineData("zh-Hans", "iron", "2601", "铁矿砂")]
    [InlineData("ur", "iron", "2601", "لوہے کی کچ دھات")]
    [InlineData("zh-Hans", "copper", "7404", "铜废碎料")]
    [InlineData("zh-Hans", "copper", "7403", "铜")]
    [InlineData("ur", "salt", "2501", "نمک")]
    public void ACategory_AsABarNamesIt(string language, string category, string code, string expected) =>
        Assert.Equal(expected, HsClassification.Label(category, [code], Language.Find(language)!));

    [Fact]
    public void InEnglish_ACategorysLabel_IsWhatItWas()
    {
        string[][] baskets = [["2603"], ["7403"], ["7404"], ["2603", "7403"], ["2601"], ["7204"], ["2501"], ["7103"], []];
        foreach (var category in HsClassification.Categories)
        {
            foreach (var codes in baskets)
            {
                Assert.Equal(HsClassification.Label(category.Id, codes), HsClassification.Label(category.Id, codes, Language.English));
            }
        }
    }

    [Theory]
    [InlineData("en", "2025: $1.14 bn|Source: China Economic Net|2 figures added")]
    [InlineData("zh-Hans", "2025：$1.14 bn|来源：\u2068China Economic Net\u2069|2项数据相加")]
    [InlineData("ur", "2025: $1.14 bn|ماخذ: \u2068China Economic Net\u2069|2 اعداد جمع کیے گئے")]
    public void ASumsTooltip_InTheLanguage(string language, string expected)
    {
        var tip = In(language, () => OverviewCharts.PointTip(Point("copper", ["2603", "7403"])));
        Assert.Equal(expected, string.Join('|', tip[0], tip[2], tip[3]));
    }

    [Theory]
    [InlineData("en", "Copper ore: 2603, CN-GACC, full years (from 2024)")]
    [InlineData("zh-Hans", "铜矿砂：2603，CN-GACC，full years（自2024起）")]
    [InlineData("ur", "تانبے کی کچ دھات: 2603، \u2066CN-GACC\u2069، full years (2024 سے)")]
    public void ALinesName_FromItsParts_KeepsWhatMadeItApart(string language, string expected)
    {
        var point = Point("copper", ["2603"]);
        var series = new YearSeries("copper", "Copper ore: 2603, CN-GACC, full years (from 2024)", "CN-GACC", "", "full years", ["2603"], [point]) { Kind = PeriodKind.Annual };
        // "full years" is OverviewText.PeriodKinds' (another helper's words): whatever it says, the name carries it.
        Assert.Equal(expected.Replace("full years", In(language, () => OverviewText.PeriodKinds(PeriodKind.Annual)), StringComparison.Ordinal), In(language, () => TimeCharts.Name(series)));
    }

    [Theory]
    [InlineData("en", "From 2025, the sum adds 7403 too (before: 2603)")]
    [InlineData("zh-Hans", "自2025起，合计另加7403（此前：2603）")]
    [InlineData("ur", "2025 سے مجموعے میں 7403 بھی شامل ہے (پہلے: 2603)")]
    public void WhereALinesSumWidens_InTheLanguage(string language, string expected) =>
        Assert.Equal(expected, In(language, () => TimeCharts.ChangeWords(new BasketChange(202501, "2025", ["7403"], ["2603"]))));

    private static readonly HsNomenclature s_nomenclature = HsNomenclature.Load(Path.Combine(AppContext.BaseDirectory, "data", HsNomenclature.FileName));

    /// <summary>
    /// A sum of one figure names its product in the tooltip as the tables do (ListedCell) where the page's language has a
    /// curated wording: the tariff's Chinese (it was the source's English name); on an Urdu page, which has none, the
    /// product as its source names it (HS 2022's English wording is too long for a tooltip: issue 21's page budget).
    /// </summary>
    [Fact]
    public void ASumOfOneFigure_NamesItsProductInTheTooltip_AsTheTablesDo()
    {
        var bar = Assert.Single(OverviewBuilder.Build(FigureFilter.All, [Fig.Make("2603", "2025-01", "2025-12", 1_140_000_000m)], null).ByCategory);

        var english = In("en", () => OverviewCharts.PointTip(bar, s_nomenclature))[^1];
        var chinese = In("zh-Hans", () => OverviewCharts.PointTip(bar, s_nomenclature))[^1];
        var urdu = In("ur", () => OverviewCharts.PointTip(bar, s_nomenclature))[^1];

        Assert.Equal(In("en", () => OverviewCharts.PointTip(bar))[^1], english);
        Assert.StartsWith("2603 铜矿砂及其精矿：", chinese, StringComparison.Ordinal);
        Assert.Equal(In("ur", () => OverviewCharts.PointTip(bar))[^1], urdu);
    }

    /// <summary>A long basket reads by heading in the page's words (it was "2601: 3 codes" on a Chinese or Urdu page).</summary>
    [Theory]
    [InlineData("en", "2601: 3 codes + 7403: 2 codes", "2601 + 2602 + 2603 + 4 more codes")]
    [InlineData("zh-Hans", "2601：3 个HS编码 + 7403：2 个HS编码", "2601 + 2602 + 2603 + 另 4 个HS编码")]
    [InlineData("ur", "2601: 3 کوڈ + 7403: 2 کوڈ", "2601 + 2602 + 2603 + مزید 4 کوڈ")]
    public void ALongBasket_ReadsByHeading_InTheLanguage(string language, string byHeading, string withMore)
    {
        var words = Language.For(new CultureInfo(language));
        Assert.Equal(byHeading, OverviewText.Basket(["260101", "260102", "260103", "740301", "740302"], words));
        Assert.Equal(withMore, OverviewText.Basket(["2601", "2602", "2603", "2604", "2605", "260601", "260602"], words));
        var change = new BasketChange(202501, "2025", ["260101", "260102", "260103", "740301", "740302"], ["2603"]);
        Assert.Equal("2601: 3 codes + 7403: 2 codes", change.Added);
        Assert.Contains(byHeading, In(language, () => TimeCharts.ChangeWords(change)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "2025 (CN-GACC) *", "the processed sum is a lower bound: the share is at least this")]
    [InlineData("zh-Hans", "2025（CN-GACC） *", "加工品合计为下限：占比至少为此")]
    [InlineData("ur", "2025 (\u2066CN-GACC\u2069) *", "پراسیس شدہ کا مجموعہ کم از کم حد ہے: حصہ کم از کم اتنا ہے")]
    public void AValueAddedBar_AndItsSharesNote(string language, string label, string note)
    {
        var point = new ValueAddedPoint("2025", 202512, "CN-GACC", "CN-GACC, full years", 10m, "≥ $10", 30m, "$30", 25m,
            DerivedQualifier.AtLeast, DerivedQualifier.Exact, Listed.None, Listed.None, Listed.None, "GACC");
        Assert.Equal(label, In(language, () => OverviewCharts.BarLabel(point)));
        Assert.Equal(note, In(language, () => OverviewCharts.ShareNote(point)));
        if (language == "en")
        {
            Assert.Equal(point.Label, OverviewCharts.BarLabel(point));
            Assert.Equal(point.ShareNote, OverviewCharts.ShareNote(point));
        }
    }

    [Theory]
    [InlineData("en", "Path to $6 bn by 2030 (+24.6% a year)", "Known: mineral categories, PK → CN (lower bound)")]
    [InlineData("zh-Hans", "2030年达到60亿美元的路径（每年+24.6%）", "已知：矿产类别，PK → CN（下限）")]
    [InlineData("ur", "2030 تک 6 ارب ڈالر کا راستہ (سالانہ +24.6%)", "معلوم: معدنی زمرے، \u2066PK → CN\u2069 (کم از کم حد)")]
    public void TheTargetsPaths_AndWhatIsKnown(string language, string path, string known)
    {
        var track = new TargetTrack("goal", "scope", new Flow("PK", "WORLD"), 6_000_000_000m, 8_000_000_000m, 2030, 2_000_000_000m, "about $2 billion", "x", null, 2025,
            24.6m, 31.6m, "China Economic Net", null, null, [], new Flow("PK", "CN"));
        Assert.Equal(path, In(language, () => OverviewCharts.PathName(track, 0)));
        Assert.Equal(known, In(language, () => OverviewCharts.KnownName(track)));
        if (language == "en")
        {
            Assert.Equal(track.Paths[0].Name, OverviewCharts.PathName(track, 0));
            Assert.Equal(track.KnownName, OverviewCharts.KnownName(track));
        }
    }
}
