using System.Globalization;
using MineralTrade.Web.Components.Charts;
using MineralTrade.Web.Features.Dashboard;
using MineralTrade.Web.Features.Figures;
using MineralTrade.Web.Features.Languages;

namespace MineralTrade.UnitTests.Languages;

/// <summary>
/// The overview charts' words made at render, in each language (issue 20): a category as a bar names it, a sum's
/// tooltip, a By year line's name, a value-added bar and its share's note, the target's paths. English is what the
/// model said before; codes stay as they are, in left-to-right runs in Urdu; publishers as published.
/// </summary>
public sealed class ChartWordsInEachLanguageTests
{
    private static T In<T>(string language, Func<T> make)
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo(language);
        try
        {
            return make();
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

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
        Assert.Equal(expected, In(language, () => TimeCharts.ChangeWords(new BasketChange(202501, "2025", "7403", "2603"))));

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
