using MineralTrade.Web.Features.Dashboard;
using MineralTrade.Web.Features.Figures;

namespace MineralTrade.UnitTests;

public class ViewWordsTests
{
    [Fact]
    public void List_JoinsTheLastWithAnd()
    {
        Assert.Equal("", OverviewText.List([]));
        Assert.Equal("Copper", OverviewText.List(["Copper"]));
        Assert.Equal("Copper and Zinc", OverviewText.List(["Copper", "Zinc"]));
        Assert.Equal("Copper, Zinc and Lead", OverviewText.List(["Copper", "Zinc", "Lead"]));
    }

    [Fact]
    public void View_SaysEveryPartOfTheFilter()
    {
        var filter = new FigureFilter { Categories = ["copper", "zinc"], Reporters = ["CN-GACC"], From = 2022, To = 2025, Period = PeriodKind.HalfYear };

        Assert.Equal("Copper and Zinc; reporter CN-GACC; 2022 to 2025; half years; PK → CN", OverviewText.View(filter, new Flow("PK", "CN")));
    }

    [Fact]
    public void View_OfTheUnstatedReporter_SaysItInWords()
    {
        Assert.Equal("Mineral categories; Reporter not stated; every year", OverviewText.View(new FigureFilter { Reporters = ["unstated"] }, null));
        Assert.Equal("Mineral categories; reporters CN-GACC and Reporter not stated; every year",
            OverviewText.View(new FigureFilter { Reporters = ["CN-GACC", "unstated"] }, null));
    }

    /// <summary>Issue 18, point 11 lists "basket" among the words a journalist meets without a glossary: By year's summary said it three times.</summary>
    [Fact]
    public void ByYearSummary_SaysSetsOfCodes_NotBaskets()
    {
        var summary = OverviewText.ByYear(OverviewBuilder.ByYear([Fig.Make("2606", "2025-01", "2025-12", 14_160_000m)]));

        Assert.DoesNotContain("basket", summary, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("set of HS codes added up", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void View_OfNoFilter_SaysWhatTheDefaultsAre() =>
        Assert.Equal("Mineral categories; every reporter; every year", OverviewText.View(FigureFilter.All, null));
}

public class CategoryLabelTests
{
    [Theory]
    [InlineData("iron", Stage.Ore, "Iron ore")]
    [InlineData("iron", Stage.Metal, "Iron and steel")]
    [InlineData("copper", Stage.Ore, "Copper ore")]
    [InlineData("copper", Stage.MetalAndArticles, "Copper")]
    [InlineData("copper", Stage.Scrap, "Copper scrap")]
    [InlineData("salt", Stage.Ore, "Salt")]
    public void Label_NamesOresAfterTheirMetal(string category, Stage stage, string label) =>
        Assert.Equal(label, HsClassification.Label(category, stage));

    [Fact]
    public void Label_OfASum_IsAnOreOnlyWhenEveryCodeIs()
    {
        Assert.Equal("Iron ore", HsClassification.Label("iron", ["2601"]));
        Assert.Equal("Copper", HsClassification.Label("copper", ["2603", "74"]));
    }
}

public class EmptyPanelTests
{
    [Fact]
    public void Empty_SaysWhy_AndWhichPartOfTheFilterToWiden()
    {
        var filter = new FigureFilter { Categories = ["salt"], From = 2010, To = 2011 };

        Assert.Equal(
            "No like-for-like pair (the same reporter, product and months one year apart) in this view. Widen the view: every year.",
            OverviewText.Growth([], 0, filter));
        Assert.Equal("every mineral category", OverviewText.Widen(filter with { From = null, To = null })!.Value.Words);
        Assert.Null(OverviewText.Widen(FigureFilter.All));
        Assert.Equal("No period in this view has values for both a processed product (metal, articles) and a raw one (ores). Same products: each period counts only the HS codes counted in every period of its series (the table lists them).",
            OverviewText.ValueAdded(new ValueAdded([], [], []), allKnown: false, FigureFilter.All));
    }
}
