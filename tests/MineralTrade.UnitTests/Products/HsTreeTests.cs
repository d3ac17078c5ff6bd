using MineralTrade.Web.Features.Figures;
using MineralTrade.Web.Features.Products;

namespace MineralTrade.UnitTests.Products;

public class HsTreeTests
{
    private static readonly HsNomenclature s_nomenclature = new(new Dictionary<string, Wording>
    {
        ["26"] = new("Ores, slag and ash", WordingOrigin.Hs2022, "WCO"),
        ["2603"] = new("Copper ores and concentrates", WordingOrigin.Hs2022, "WCO"),
        ["74"] = new("Copper and articles thereof", WordingOrigin.Hs2022, "WCO"),
    });

    [Theory]
    [InlineData("74", HsLevel.Chapter, null)]
    [InlineData("7403", HsLevel.Heading, "74")]
    [InlineData("740311", HsLevel.Subheading, "7403")]
    [InlineData("74031100", HsLevel.NationalLine, "740311")]
    [InlineData("7403110010", HsLevel.NationalLine, "74031100")]
    [InlineData("TOTAL", HsLevel.AllGoods, null)]
    public void Level_AndParent_FollowTheDigits(string code, HsLevel level, string? parent)
    {
        Assert.Equal(level, HsLevels.LevelOf(code));
        Assert.Equal(parent, HsLevels.ParentOf(code));
    }

    [Fact]
    public void InsideRange_HoldsEveryLongerCodeWithThePrefix_AndNothingElse()
    {
        var (after, before) = HsClassification.InsideRange("79")!.Value;
        string[] inside = ["7901", "790111", "7999999999"];
        string[] outside = ["79", "78", "7", "80", "8001", "TOTAL"];

        Assert.All(inside, c => Assert.True(string.CompareOrdinal(c, after) > 0 && string.CompareOrdinal(c, before) < 0, c));
        Assert.All(outside, c => Assert.False(string.CompareOrdinal(c, after) > 0 && string.CompareOrdinal(c, before) < 0, c));
        Assert.Null(HsClassification.InsideRange("TOTAL"));
    }

    [Fact]
    public void Build_AddsTheLevelsAboveStoredCodes_AndCountsFiguresInside()
    {
        var tree = HsTree.Build([new("2603", 3), new("740311", 2), new("74", 4), new("7404", 1)], s_nomenclature);

        var chapter26 = tree.Find("26")!;
        Assert.Equal(0, chapter26.OwnFigures);
        Assert.Equal(3, chapter26.FiguresInside);
        Assert.Equal(["2603"], chapter26.Children.Select(c => c.Code));

        var chapter74 = tree.Find("74")!;
        Assert.Equal(4, chapter74.OwnFigures);
        Assert.Equal(3, chapter74.FiguresInside);
        Assert.Equal(["7403", "7404"], chapter74.Children.Select(c => c.Code));
        Assert.Equal(["740311"], tree.Find("7403")!.Children.Select(c => c.Code));
        Assert.Same(tree.Find("7403"), tree.Find("740311")!.Parent);
        Assert.Equal(["26", "74"], tree.Roots.Select(r => r.Code));
    }

    [Fact]
    public void Build_PutsAllGoodsFirst_AndNeverAboveAChapter()
    {
        var tree = HsTree.Build([new("74", 1), new("TOTAL", 5), new("2603", 1)], s_nomenclature);

        Assert.Equal(["TOTAL", "26", "74"], tree.Roots.Select(r => r.Code));
        Assert.Null(tree.Find("74")!.Parent);
        Assert.Empty(tree.Find("TOTAL")!.Children);
    }

    [Fact]
    public void Wording_IsCurated_ElseTheFiguresOwn_ElseSaysItIsUnknown()
    {
        var tree = HsTree.Build([new("2603", 1, "copper ore (as the file names it)"), new("740311", 1, "Cathodes of refined copper"), new("7404", 1)], s_nomenclature);

        Assert.Equal(("Copper ores and concentrates", WordingOrigin.Hs2022), (tree.Find("2603")!.Wording.Text, tree.Find("2603")!.Wording.Origin));
        Assert.Equal(("Cathodes of refined copper", WordingOrigin.Source), (tree.Find("740311")!.Wording.Text, tree.Find("740311")!.Wording.Origin));
        Assert.Equal(WordingOrigin.None, tree.Find("7404")!.Wording.Origin);
        Assert.Equal(Wording.UnknownText, tree.Find("7403")!.Wording.Display);
    }

    [Fact]
    public void Node_CarriesItsCategoryAndStage()
    {
        var tree = HsTree.Build([new("2603", 1), new("7404", 1)], s_nomenclature);

        Assert.Equal(("copper", Web.Features.Figures.Stage.Ore), (tree.Find("2603")!.Category.Id, tree.Find("2603")!.Stage));
        Assert.Equal(("copper", Web.Features.Figures.Stage.Scrap), (tree.Find("7404")!.Category.Id, tree.Find("7404")!.Stage));
    }

    [Theory]
    [InlineData("2603", new[] { "2603" })]
    [InlineData("26", new[] { "26", "2603" })]
    [InlineData("7403.11", new[] { "740311" })]
    [InlineData("copper ores", new[] { "2603" })]
    [InlineData("COPPER", new[] { "74", "2603", "7403", "7404", "740311" })]
    [InlineData("total", new[] { "TOTAL" })]
    [InlineData("nickel", new string[0])]
    public void Search_TakesACodeOrWords(string query, string[] expected)
    {
        var tree = HsTree.Build([new("2603", 1), new("740311", 1), new("7404", 1), new("74", 1), new("TOTAL", 1)], s_nomenclature);

        var (matches, total) = tree.Search(query, 50);

        Assert.Equal(expected, matches.Select(m => m.Code));
        Assert.Equal(expected.Length, total);
    }

    [Fact]
    public void Search_CapsTheMatches_AndSaysHowManyThereAre()
    {
        var tree = HsTree.Build(Enumerable.Range(10, 80).Select(i => new CodeCount($"26{i:D2}", 1)), s_nomenclature);

        var (matches, total) = tree.Search("26", 10);

        Assert.Equal(10, matches.Count);
        Assert.Equal(81, total);
        Assert.Equal("26", matches[0].Code);
    }

    [Fact]
    public void Nomenclature_FromTheDataFolder_HasEverySeedCodeAndItsSource()
    {
        var nomenclature = HsNomenclature.Load(Path.Combine(AppContext.BaseDirectory, "data", HsNomenclature.FileName));
        var seedCodes = File.ReadLines(Path.Combine(AppContext.BaseDirectory, "data", "pk-cn-mineral-figures.csv")).Skip(1)
            .Select(l => l.Split(',')[5]).Where(c => c != "TOTAL").Distinct();

        Assert.All(seedCodes, code =>
        {
            var wording = nomenclature.For(code);
            Assert.Equal(WordingOrigin.Hs2022, wording.Origin);
            Assert.Contains("World Customs Organization", wording.SourcePublisher, StringComparison.Ordinal);
        });
    }
}
