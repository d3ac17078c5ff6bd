using MineralTrade.Web.Features.Figures;
using MineralTrade.Web.Features.Languages;

namespace MineralTrade.UnitTests;

/// <summary>Each abbreviation a page shows is written as one with its meaning (issue 18, point 11).</summary>
public class AbbreviationsTests
{
    [Theory]
    [InlineData("CN-GACC", "CN-GACC")]
    [InlineData("CN-GACC and PK-XYZ", "CN-GACC| and |PK|-XYZ")]
    [InlineData("CN → PK", "CN| → |PK")]
    [InlineData("Q1 FY2025-26", "Q1 |FY|2025-26")]
    [InlineData("PK → WORLD", "PK| → |WORLD")]
    [InlineData("UrduPoint (APP)", "UrduPoint (|APP|)")]
    [InlineData("MM News (citing SMM)", "MM News (citing |SMM|)")]
    [InlineData("ASPNETCORE_ENVIRONMENT and XYZ", "ASPNETCORE_ENVIRONMENT and XYZ")]
    [InlineData("Copper", "Copper")]
    public void Split_MarksEachKnownAbbreviation_AndLeavesNamesAndUnknownCapitals(string text, string pieces) =>
        Assert.Equal(pieces, string.Join("|", Abbreviations.Split(text).Select(p => p.Text)));

    [Fact]
    public void Split_GivesEachAbbreviationItsMeaning_AndAReporterCodeWhatReportersSaysOfIt()
    {
        Assert.Equal(["Harmonized System: the world's customs codes for products"], Abbreviations.Split("HS 2603").Where(p => p.Meaning is not null).Select(p => p.Meaning!.Text));
        Assert.Equal([Reporters.Describe("CN-GACC", Language.Default)], Abbreviations.Split("CN-GACC").Select(p => p.Meaning!.Text));
    }

    [Theory]
    [InlineData("en", "HS 2603", "Harmonized System: the world's customs codes for products")]
    [InlineData("zh-Hans", "HS 2603", "《商品名称及编码协调制度》：世界各国海关通用的商品编码")]
    [InlineData("ur", "HS 2603", "ہارمونائزڈ سسٹم: مصنوعات کے لیے دنیا بھر کے کسٹمز کوڈ")]
    [InlineData("zh-Hans", "2025年（CN-GACC）", "中国海关总署")]
    [InlineData("ur", "USD", "امریکی ڈالر")]
    public void Split_GivesTheMeaning_InThePagesLanguage(string code, string text, string expected)
    {
        var before = System.Globalization.CultureInfo.CurrentUICulture;
        try
        {
            var language = Language.Find(code)!;
            System.Globalization.CultureInfo.CurrentUICulture = language.Culture;
            var meaning = Assert.Single(Abbreviations.Split(text), p => p.Meaning is not null).Meaning!;
            Assert.StartsWith(expected, meaning.Text, StringComparison.Ordinal);
            Assert.Equal(language, meaning.Language);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentUICulture = before;
        }
    }

    [Theory]
    [InlineData("PK", "Pakistan (PK)")]
    [InlineData("WORLD", "all destinations (WORLD)")]
    [InlineData("XX", "XX")]
    public void SpelledOut_WritesTheNameBeforeTheCode(string code, string expected) => Assert.Equal(expected, Abbreviations.SpelledOut(code));

    [Fact]
    public void EveryReporterCodeOfTheSeed_IsExplainedWholly()
    {
        foreach (var reporter in new[] { "CN-GACC", "PK-SBP", "PK-PBS", "PK-TDAP", "PK-MOC" })
        {
            Assert.NotNull(Assert.Single(Abbreviations.Split(reporter)).Meaning);
        }
    }
}
