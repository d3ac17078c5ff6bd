using MineralTrade.Web.Features.Figures;

namespace MineralTrade.UnitTests;

public class HsClassificationTests
{
    [Theory]
    [InlineData("74", "copper", Stage.MetalAndArticles)]
    [InlineData("2603", "copper", Stage.Ore)]
    [InlineData("7402", "copper", Stage.Metal)]
    [InlineData("7403", "copper", Stage.Metal)]
    [InlineData("740311", "copper", Stage.Metal)]
    [InlineData("7404", "copper", Stage.Scrap)]
    [InlineData("7408", "copper", Stage.Articles)]
    [InlineData("2606", "aluminium", Stage.Ore)]
    [InlineData("76", "aluminium", Stage.MetalAndArticles)]
    [InlineData("2601", "iron", Stage.Ore)]
    [InlineData("2608", "zinc", Stage.Ore)]
    [InlineData("2610", "chromium", Stage.Ore)]
    [InlineData("2602", "manganese", Stage.Ore)]
    [InlineData("2607", "lead", Stage.Ore)]
    [InlineData("2510", "phosphates", Stage.Ore)]
    [InlineData("253010", "industrial-minerals", Stage.Ore)]
    [InlineData("2501", "salt", Stage.Ore)]
    [InlineData("71", "gemstones", Stage.Unclassified)]
    [InlineData("7103", "gemstones", Stage.Unclassified)]
    [InlineData("2613", "other-minerals", Stage.Ore)]
    [InlineData("TOTAL", "all-goods", Stage.Total)]
    [InlineData("0901", "other", Stage.Unclassified)]
    public void Classify_HsCode_GivesCategoryAndStage(string code, string category, Stage stage)
    {
        var (c, s) = HsClassification.Classify(code);

        Assert.Equal(category, c.Id);
        Assert.Equal(stage, s);
    }

    [Fact]
    public void Rules_EveryRule_NamesAKnownCategory()
    {
        Assert.All(HsClassification.Rules, r => Assert.True(HsClassification.TryGetCategory(r.CategoryId, out _), r.CategoryId));
    }

    [Theory]
    [InlineData("7403", "74", true)]
    [InlineData("2603", "74", false)]
    [InlineData("74", "74", false)]
    [InlineData("TOTAL", "74", false)]
    public void IsInside_HeadingAndChapter(string inner, string outer, bool expected) =>
        Assert.Equal(expected, HsClassification.IsInside(inner, outer));
}
