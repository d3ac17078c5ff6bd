using MineralTrade.Web.Features.Dashboard;
using MineralTrade.Web.Features.Figures;
using MineralTrade.Web.Features.Languages;
using MineralTrade.Web.Features.Targets;
using static MineralTrade.UnitTests.Languages.MarketInEachLanguageTests;

namespace MineralTrade.UnitTests.Languages;

/// <summary>
/// The overview's sentences in Chinese and Urdu (issue 20): counts with each language's plural, the view a chart was
/// drawn from, how recent each reporter is, what to widen, the cards' words and the category names; codes and flows
/// left-to-right runs in Urdu, imported names isolated. The English sentences are pinned by OverviewTextTests and
/// ViewWordsTests, unchanged; the series names stay English (the charts' CSV is the same in every language).
/// </summary>
public sealed class OverviewInEachLanguageTests
{
    private const string Fsi = "\u2068";

    [Theory]
    [InlineData("zh-Hans", 1, "此视图有1条数据")]
    [InlineData("zh-Hans", 104, "此视图有104条数据")]
    [InlineData("ur", 1, "1 عدد اس منظر سے مطابقت رکھتا ہے")]
    [InlineData("ur", 1_204, "1,204 اعداد اس منظر سے مطابقت رکھتے ہیں")]
    public void Matching_CountedAsTheLanguageCounts(string language, int count, string expected) =>
        Assert.Equal(expected, OverviewText.Matching(count, Language.Find(language)));

    [Theory]
    [InlineData("en", 1, "The one figure in this view")]
    [InlineData("zh-Hans", 1, "此视图的全部1条数据")]
    [InlineData("zh-Hans", 1_204, "此视图的全部1,204条数据")]
    [InlineData("ur", 12, "اس منظر کے تمام 12 اعداد")]
    public void AllFigures_CountedAsTheLanguageCounts(string language, int count, string expected) =>
        Assert.Equal(expected, OverviewText.AllFigures(count, Language.Find(language)));

    [Theory]
    [InlineData("en", "Copper and Zinc; reporter CN-GACC; 2022 to 2025; half years; PK → CN")]
    [InlineData("zh-Hans", "铜和锌；报告方CN-GACC；2022年至2025年；半年；PK → CN")]
    [InlineData("ur", "تانبا اور جست؛ رپورٹ کرنے والا ادارہ " + Lri + "CN-GACC" + Pdi + "؛ 2022 تا 2025؛ ششماہیاں؛ " + Lri + "PK → CN" + Pdi)]
    public void View_InTheLanguagesWordsAndOrder(string language, string expected)
    {
        var filter = new FigureFilter { Categories = ["copper", "zinc"], Reporters = ["CN-GACC"], From = 2022, To = 2025, Period = PeriodKind.HalfYear };
        Assert.Equal(expected, OverviewText.View(filter, new Flow("PK", "CN"), Language.Find(language)));
    }

    [Theory]
    [InlineData("zh-Hans", "铜、锌和铅；HS编码2603和74；报告方CN-GACC和未说明报告方；2025年起")]
    [InlineData("ur", "تانبا، جست اور سیسہ؛ ایچ ایس " + Lri + "2603" + Pdi + " اور " + Lri + "74" + Pdi + "؛ رپورٹ کرنے والے ادارے " + Lri + "CN-GACC" + Pdi + " اور رپورٹ کرنے والا ادارہ نامعلوم؛ 2025 سے آگے")]
    public void View_ListsCodesAndReporters_InTheLanguage(string language, string expected)
    {
        var filter = new FigureFilter { Categories = ["copper", "zinc", "lead"], HsCodes = ["2603", "74"], Reporters = ["CN-GACC", "unstated"], From = 2025 };
        Assert.Equal(expected, OverviewText.View(filter, null, Language.Find(language)));
    }

    [Theory]
    [InlineData("zh-Hans", "2025年", "CN-GACC：截至2025年，2026年1月27日发布；未说明报告方：截至2025年")]
    [InlineData("ur", "2025", Lri + "CN-GACC" + Pdi + ": 2025 تک، 27 جنوری 2026 کو شائع؛ رپورٹ کرنے والا ادارہ نامعلوم: 2025 تک")]
    public void Recency_WithPublicationDates_AsTheLanguageWritesDays(string language, string period, string expected) =>
        Assert.Equal(expected, OverviewText.Recency(
            [new ReporterCount("CN-GACC", 10, period, new DateOnly(2026, 1, 27)), new ReporterCount("unstated", 3, period, null)], Language.Find(language)));

    [Theory]
    [InlineData("zh-Hans", "此视图中没有同口径同比的配对（同一报告方、产品和月份，相隔一年）。放宽视图：任何期间类型，而不仅是季度。")]
    [InlineData("ur", "اس منظر میں یکساں بنیاد پر موازنے کی کوئی جوڑی نہیں (ایک ہی رپورٹ کرنے والا ادارہ، پروڈکٹ اور مہینے، ایک سال کے فرق سے)۔ منظر وسیع کریں: کسی بھی قسم کی مدت، صرف سہ ماہیاں نہیں۔")]
    public void EmptyPanel_SaysWhatToWiden_InTheLanguage(string language, string expected) =>
        Assert.Equal(expected, OverviewText.Growth([], 0, new FigureFilter { Period = PeriodKind.Quarter, From = 2024 }, Language.Find(language)));

    [Theory]
    [InlineData("zh-Hans", "所有HS编码")]
    [InlineData("ur", "تمام ایچ ایس کوڈ")]
    public void Widen_NamesThePartWidened_AndWidensIt(string language, string words)
    {
        var widened = OverviewText.Widen(new FigureFilter { HsCodes = ["2603"], Categories = ["copper"] }, Language.Find(language));
        Assert.Equal(words, widened!.Value.Words);
        Assert.Empty(widened.Value.Filter.HsCodes);
    }

    [Fact]
    public void Card_InUrdu_AgainstTheYearBefore_InLakhs()
    {
        Figure[] figures = [Fig.Make("2606", "2024-01", "2024-12", 290_000m), Fig.Make("2606", "2025-01", "2025-12", 14_160_000m)];

        var card = In("ur", () => Assert.Single(OverviewBuilder.Build(FigureFilter.All, figures, null).Headlines));

        Assert.Equal("1.416 کروڑ ڈالر", card.Display);
        Assert.Equal("بمقابلہ 2024 (2.9 لاکھ ڈالر)", card.Growth!.Note);
        Assert.Equal("ایلومینیم کی کچ دھات", OverviewText.CategoryOf(card.HsCode, Language.Urdu));
    }

    [Fact]
    public void CardTitle_InChinese_KeepsTheImportedNamesAsPublished()
    {
        Figure[] figures = [Fig.Make("2603", "2025-01", "2025-12", 11_000_000m, Qualifier.AtLeast, sourceDate: new DateOnly(2026, 1, 27))];

        var card = In("zh-Hans", () => Assert.Single(OverviewBuilder.Build(FigureFilter.All, figures, null).Headlines));

        Assert.Equal($"{Fsi}product 2603{Pdi}（2603），2025年：至少1100万美元。来源：CN-GACC；{Fsi}Test Publisher, 2026-01-27{Pdi}", OverviewText.CardTitle(card, Language.Chinese));
        Assert.Equal("铜矿砂", OverviewText.CategoryOf("2603", Language.Chinese));
    }

    [Fact]
    public void CardTitle_InEnglish_IsAsItWas()
    {
        Figure[] figures = [Fig.Make("2603", "2025-01", "2025-12", 11_000_000m, Qualifier.AtLeast, sourceDate: new DateOnly(2026, 1, 27))];

        var card = Assert.Single(OverviewBuilder.Build(FigureFilter.All, figures, null).Headlines);

        Assert.Equal("product 2603 (2603), 2025: ≥ $11 M. Source: CN-GACC; Test Publisher, 2026-01-27", OverviewText.CardTitle(card, Language.English));
    }

    [Theory]
    [InlineData("zh-Hans", "2025年有数值的类别共1个，从大到小：铜 至少11.5亿美元。")]
    [InlineData("ur", "2025 میں قدر والا 1 زمرہ، بڑے سے چھوٹے: تانبا کم از کم 1.15 ارب ڈالر۔")]
    public void ByCategory_NamesCategoriesAndAmountsInTheLanguage(string language, string start)
    {
        Figure[] figures = [Fig.Make("74", "2025-01", "2025-12", 1_140_000_000m), Fig.Make("2603", "2025-01", "2025-12", 11_000_000m, Qualifier.AtLeast)];

        var summary = In(language, () =>
        {
            var model = OverviewBuilder.Build(FigureFilter.All, figures, null);
            return OverviewText.ByCategory(model.ByCategory, model.LatestPeriod);
        });

        Assert.True(summary.StartsWith(start, StringComparison.Ordinal), summary);
    }

    [Theory]
    [InlineData("ur", "PK-PBS", "", PeriodKind.Month, 24, false, Lri + "PK-PBS" + Pdi + "، مہینے: 24 مدتیں")]
    [InlineData("ur", "CN-GACC", "", PeriodKind.Annual, 1, true, Lri + "CN-GACC" + Pdi + "، پورے سال: 1 پہلے کی مدت")]
    [InlineData("zh-Hans", "unstated", "Radio", PeriodKind.Annual, 3, true, "未说明报告方（" + Fsi + "Radio" + Pdi + "），全年：3个较早期间")]
    [InlineData("en", "unstated", "Radio", PeriodKind.Quarter, 1, false, "Reporter not stated (Radio), quarters: 1 period")]
    public void LeftOut_CountsThePeriodsNotDrawn(string language, string reporter, string publisher, PeriodKind kind, int count, bool earlier, string expected) =>
        Assert.Equal(expected, OverviewText.LeftOut(reporter, publisher, kind, count, earlier, Language.Find(language)));

    /// <summary>Value added's table names its series in the page's language (the chart's CSV names them by stage, in English).</summary>
    [Theory]
    [InlineData("en", "CN-GACC", "", 202501, 202512, "CN-GACC, full years")]
    [InlineData("zh-Hans", "CN-GACC", "", 202501, 202512, "CN-GACC，全年")]
    [InlineData("ur", "PK-SBP", "", 202407, 202412, Lri + "PK-SBP" + Pdi + "، ")]
    [InlineData("zh-Hans", "unstated", "Radio", 202501, 202506, "未说明报告方（" + Fsi + "Radio" + Pdi + "），每年1—6月")]
    public void ValueAddedSeries_IsNamedInThePagesLanguage(string language, string reporter, string publisher, int start, int end, string expected) =>
        Assert.StartsWith(expected, OverviewText.ValueAddedSeries(reporter, publisher, start, end, Language.Find(language)), StringComparison.Ordinal);

    [Theory]
    [InlineData("zh-Hans", "目标追踪：本十年内每年60亿美元至80亿美元（至2030年）")]
    [InlineData("ur", "ہدف کی پیش رفت: اس دہائی میں سالانہ 6 ارب ڈالر تا 8 ارب ڈالر (2030 تک)")]
    public void TargetTitle_InTheLanguagesUnits(string language, string expected)
    {
        var target = new Target { Name = "goal", Exporter = "PK", Importer = "WORLD", Scope = "minerals", SourcePublisher = "Test", LowUsd = 6e9m, HighUsd = 8e9m, ByYear = 2030 };
        var track = In(language, () => OverviewBuilder.Build(FigureFilter.All, [Fig.Make("2610", "2025-01", "2025-12", 80_000_000m)], target).Target!);

        Assert.Equal(expected, OverviewText.TargetTitle(track, Language.Find(language)));
        Assert.DoesNotContain("$", OverviewText.Target(track, Language.Find(language)));
    }

    [Theory]
    [InlineData("zh-Hans", "此视图只显示铜和HS编码2603：")]
    [InlineData("ur", "یہ منظر صرف تانبا اور ایچ ایس " + Lri + "2603" + Pdi + " دکھاتا ہے:")]
    public void TargetNarrowed_NamesWhatTheViewKeeps(string language, string start) =>
        Assert.StartsWith(start, OverviewText.TargetNarrowed(new FigureFilter { Categories = ["copper"], HsCodes = ["2603"] }, Language.Find(language)));

    [Fact]
    public void CategoryLabels_InEnglish_AreTheSeriesNames()
    {
        foreach (var category in HsClassification.Categories)
        {
            foreach (var stage in Enum.GetValues<Stage>())
            {
                Assert.Equal(HsClassification.Label(category.Id, stage), HsClassification.Label(category.Id, stage, Language.English));
            }
        }
    }

    [Theory]
    [InlineData("zh-Hans", "iron", Stage.Ore, "铁矿砂")]
    [InlineData("zh-Hans", "iron", Stage.Metal, "钢铁")]
    [InlineData("ur", "copper", Stage.Scrap, "تانبے کا اسکریپ")]
    [InlineData("ur", "salt", Stage.Ore, "نمک")]
    public void CategoryLabels_InTheGlossarysWords(string language, string category, Stage stage, string expected) =>
        Assert.Equal(expected, HsClassification.Label(category, stage, Language.Find(language)!));
}
