using MineralTrade.Web.Components.Charts;
using MineralTrade.Web.Features.Dashboard;
using MineralTrade.Web.Features.Figures;
using MineralTrade.Web.Features.Products;

namespace MineralTrade.ComponentTests;

/// <summary>
/// The overview's lists of the figures a total adds, and of the target's categories, in each language (issue 20): a
/// figure's product is the code's curated wording in the page's language, English marked <c>lang="en"</c> where there
/// is none, chosen when shown; an English page shows the list's own text, as before.
/// </summary>
public sealed class ListedCellTests : WordingContext
{
    private static Listed Parts(int max = Listed.Max)
    {
        TotalPart[] parts =
        [
            new(1, "2603", 11_000_000m, Qualifier.Exact, Stage.Ore, "GACC"),
            new(2, "2501", 1_830_000m, Qualifier.AtLeast, Stage.Ore, "GACC"),
            new(3, "26030011", 250_000m, Qualifier.Exact, Stage.Ore, "GACC"),
        ];
        var names = new PartNames(new Dictionary<int, string> { [1] = "Copper ores and concentrates", [2] = "Salt", [3] = "Copper concentrate, grade A" });
        return names.List(parts, max);
    }

    private IRenderedComponent<ListedCell> RenderIn(string culture, Listed listed)
    {
        using var _ = new PageCulture(culture);
        return Render<ListedCell>(p => p.Add(c => c.Listed, listed).Add(c => c.MoreUrl, "/figures?hs=26"));
    }

    [Fact]
    public void InEnglish_TheListsOwnText_AsBefore()
    {
        var cell = RenderIn("en", Parts());

        Assert.Equal("2603 Copper ores and concentrates: $11 M; 2501 Salt: ≥ $1.83 M; 26030011 Copper concentrate, grade A: $0.25 M", cell.Markup);
        Assert.Empty(cell.FindAll("bdi"));
    }

    [Fact]
    public void InChinese_TheTariffsWording_EnglishMarkedWhereItHasNone_TheSourcesNameVerbatim()
    {
        var cell = RenderIn("zh-Hans", Parts());

        Assert.StartsWith("2603 铜矿砂及其精矿：1100万美元；2501 ", cell.Markup, StringComparison.Ordinal);
        var english = Assert.Single(cell.FindAll("bdi[lang='en']"));
        Assert.StartsWith("Salt (including table salt", english.TextContent, StringComparison.Ordinal);
        // A source's own name, of no stated language, as published: isolated, not marked English.
        Assert.EndsWith("26030011 \u2068Copper concentrate, grade A\u2069：25万美元", cell.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void InUrdu_EveryCuratedWordingIsEnglish_Marked()
    {
        var cell = RenderIn("ur", Parts());

        var marked = cell.FindAll("bdi[lang='en']");
        Assert.Equal(2, marked.Count);
        Assert.Equal("Copper ores and concentrates", marked[0].TextContent);
        Assert.StartsWith("Salt (including table salt", marked[1].TextContent, StringComparison.Ordinal);
        Assert.EndsWith("26030011 \u2068Copper concentrate, grade A\u2069: 2.5 لاکھ ڈالر", cell.Markup, StringComparison.Ordinal);
        Assert.StartsWith("2603 <bdi lang=\"en\">Copper ores and concentrates</bdi>: 1.1 کروڑ ڈالر؛ 2501 ", cell.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("Salt: ", cell.Markup, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "2603 Copper ores and concentrates: $11 M; and 2 more (")]
    [InlineData("zh-Hans", "2603 铜矿砂及其精矿：1100万美元；另有2项（")]
    [InlineData("ur", "2603 <bdi lang=\"en\">Copper ores and concentrates</bdi>: 1.1 کروڑ ڈالر؛ اور 2 مزید (")]
    public void AShortenedList_CountsTheRest_InTheLanguage(string culture, string starts)
    {
        var cell = RenderIn(culture, Parts(max: 1));

        Assert.StartsWith(starts, cell.Markup, StringComparison.Ordinal);
        Assert.Equal("/figures?hs=26", cell.Find("a").GetAttribute("href"));
    }

    [Theory]
    [InlineData("en", "Chromium ore $120 M; Copper ore $25 M")]
    [InlineData("zh-Hans", "铬矿砂 1.2亿美元；铜矿砂 2500万美元")]
    [InlineData("ur", "کرومیم کی کچ دھات 12 کروڑ ڈالر؛ تانبے کی کچ دھات 2.5 کروڑ ڈالر")]
    public void CategorySums_AreNamedInTheLanguage(string culture, string expected)
    {
        (string Category, string Code, decimal Usd)[] sums = [("chromium", "2610", 120_000_000m), ("copper", "2603", 25_000_000m)];
        var listed = Listed.Of(sums, (s, language) => new ListedItem(null, HsClassification.Label(s.Category, [s.Code], language), Money.Usd(s.Usd, DerivedQualifier.Exact, language)), 6);

        Assert.Equal(expected, RenderIn(culture, listed).Markup);
        // The list's own text (a CSV's, an API's) is the English one in English.
        using var _ = new PageCulture("en");
        Assert.Equal("Chromium ore $120 M; Copper ore $25 M", Listed.Of(sums, (s, language) => new ListedItem(null, HsClassification.Label(s.Category, [s.Code], language), Money.Usd(s.Usd, DerivedQualifier.Exact, language)), 6).Text);
    }
}
