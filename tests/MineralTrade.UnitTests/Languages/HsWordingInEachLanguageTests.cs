using MineralTrade.Web.Features.Languages;
using MineralTrade.Web.Features.Products;

namespace MineralTrade.UnitTests.Languages;

/// <summary>The curated HS wording per language (data/hs2022.&lt;code&gt;.csv): read in a tariff of that language, else English and marked.</summary>
public sealed class HsWordingInEachLanguageTests
{
    private static readonly string s_path = Path.Combine(AppContext.BaseDirectory, "data", HsNomenclature.FileName);
    private static readonly HsNomenclature s_nomenclature = HsNomenclature.Load(s_path);

    [Theory]
    [InlineData("2603", "zh-Hans", "铜矿砂及其精矿", "zh-Hans")]
    [InlineData("74", "zh-Hans", "铜及其制品", "zh-Hans")]
    [InlineData("7403", "zh-Hans", "未锻轧的精炼铜及铜合金", "zh-Hans")]
    [InlineData("2603", "en", "Copper ores and concentrates", "en")]
    // No Chinese heading read with certainty: English, in English.
    [InlineData("7103", "zh-Hans", null, "en")]
    // No Urdu tariff exists (Pakistan's customs tariff is in English): English, in English.
    [InlineData("2603", "ur", "Copper ores and concentrates", "en")]
    public void Wording_IsTheLanguagesTariffs_ElseEnglishSayingSo(string code, string language, string? text, string writtenIn)
    {
        var wording = s_nomenclature.For(code, language: Language.Find(language));

        if (text is not null)
        {
            Assert.Equal(text, wording.Text);
        }
        Assert.Equal(writtenIn, wording.In?.Code);
        Assert.Equal(WordingOrigin.Hs2022, wording.Origin);
    }

    [Fact]
    public void ChineseWording_NamesItsTariff_ForEveryCodeItGives()
    {
        var lines = File.ReadAllLines(HsNomenclature.FileFor(s_path, Language.Chinese)).Skip(1).ToList();

        Assert.NotEmpty(lines);
        Assert.All(lines, line =>
        {
            var code = line.Split(',')[0];
            var wording = s_nomenclature.For(code, language: Language.Chinese);
            Assert.Equal(Language.Chinese, wording.In);
            Assert.Contains("进出口税则", wording.SourcePublisher, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void ATranslationOfACodeTheEnglishTableLacks_FailsAtStart()
    {
        var folder = Directory.CreateTempSubdirectory();
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, HsNomenclature.FileName), "hs_code,description,source_publisher,source_url\n2603,Copper ores and concentrates,WCO,\n");
            File.WriteAllText(Path.Combine(folder.FullName, "hs2022.zh-Hans.csv"), "hs_code,description,source_publisher,source_url\n2608,锌矿砂及其精矿,税则,\n");

            var e = Assert.Throws<InvalidDataException>(() => HsNomenclature.Load(Path.Combine(folder.FullName, HsNomenclature.FileName)));
            Assert.Contains("'2608'", e.Message, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>
    /// A figure a total adds, as the overview's lists show it (<see cref="MineralTrade.Web.Components.Charts.ListedCell"/>):
    /// the code's Chinese tariff wording on a Chinese page; English (marked) where the tariff has none and on an Urdu
    /// page; the source's own name, of no stated language, for a code no table holds; all goods in the page's words.
    /// </summary>
    [Theory]
    [InlineData("2603", "Copper ores", "zh-Hans", "铜矿砂及其精矿", "zh-Hans")]
    [InlineData("74", "Copper and articles thereof", "zh-Hans", "铜及其制品", "zh-Hans")]
    [InlineData("2501", "Salt", "zh-Hans", "Salt (including table salt", "en")]
    [InlineData("2603", "Copper ores", "ur", "Copper ores and concentrates", "en")]
    [InlineData("2501", "Salt", "ur", "Salt (including table salt", "en")]
    [InlineData("26030011", "Copper concentrate, grade A", "zh-Hans", "Copper concentrate, grade A", null)]
    [InlineData("26030011", "Copper concentrate, grade A", "ur", "Copper concentrate, grade A", null)]
    [InlineData("TOTAL", "All goods", "zh-Hans", "全部商品", "zh-Hans")]
    [InlineData("TOTAL", "All goods", "ur", "تمام اشیا", "ur")]
    public void AListedFiguresWording_IsTheTariffsInTheLanguage_ElseEnglishMarked_ElseTheSources(string code, string fromSource, string language, string starts, string? writtenIn)
    {
        var wording = MineralTrade.Web.Components.Charts.ListedCell.ItemWording(code, fromSource, Language.Find(language)!, s_nomenclature);

        Assert.StartsWith(starts, wording.Text, StringComparison.Ordinal);
        Assert.Equal(writtenIn, wording.In?.Code);
    }
}
