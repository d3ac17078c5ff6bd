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
