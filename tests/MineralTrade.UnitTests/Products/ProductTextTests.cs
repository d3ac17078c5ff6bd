using MineralTrade.Web.Features.Products;

namespace MineralTrade.UnitTests.Products;

public sealed class ProductTextTests
{
    [Theory]
    [InlineData(1, 0, 0, "1 figure")]
    [InlineData(12, 0, 0, "12 figures")]
    [InlineData(0, 11, 3, "no figure for this code itself; 11 figures in the 3 codes inside it")]
    [InlineData(0, 1, 1, "no figure for this code itself; 1 figure in the code inside it")]
    [InlineData(1, 4, 1, "1 figure for this code itself; 4 more in the code inside it")]
    [InlineData(2, 1, 2, "2 figures for this code itself; 1 more in the 2 codes inside it")]
    public void Figures_SaysOneInTheSingular_AndWhatIsInside(int own, int inside, int codes, string expected) =>
        Assert.Equal(expected, ProductText.Figures(own, inside, codes));

    [Theory]
    [InlineData(1, "2603", "The 1 figure at HS 2603, every flow")]
    [InlineData(12, "74", "All 12 figures at HS 74, every flow")]
    [InlineData(40, "TOTAL", "All 40 figures of all goods, every flow")]
    public void AllFigures_SaysOneInTheSingular(int count, string code, string expected) =>
        Assert.Equal(expected, ProductText.AllFigures(count, code));

    [Theory]
    [InlineData(HsLevel.Chapter, "2-digit")]
    [InlineData(HsLevel.Heading, "4-digit")]
    [InlineData(HsLevel.Subheading, "6-digit")]
    public void Level_SpellsOutTheHarmonizedSystem_AndSaysHowManyDigits(HsLevel level, string digits)
    {
        Assert.Contains("Harmonized System (HS)", ProductText.Level(level), StringComparison.Ordinal);
        Assert.Contains(digits, ProductText.Level(level), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2603", "Copper, raw")]
    [InlineData("74", "Copper, processed")]
    [InlineData("2501", "Salt, raw")]
    [InlineData("7103", "Precious stones")]
    [InlineData("TOTAL", "All goods")]
    public void Describe_NamesTheCategoryAndHowProcessed_InAReadersWords(string code, string expected)
    {
        var (category, stage) = MineralTrade.Web.Features.Figures.HsClassification.Classify(code);

        Assert.Equal(expected, MineralTrade.Web.Features.Figures.HsClassification.Describe(category.Id, stage));
    }
}
