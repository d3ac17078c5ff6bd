using MineralTrade.Web.Components.Cards;
using MineralTrade.Web.Features.Dashboard;
using MineralTrade.Web.Features.Figures;
using MineralTrade.Web.Features.Products;

namespace MineralTrade.ComponentTests;

/// <summary>
/// The overview's headline cards in each language (issue 20): a card names its product in the code's curated wording
/// where it is in the page's language, else as published (decision 0128), and keeps the name its source gives in its
/// title and, where the two differ, in its Source details; an English card is as before.
/// </summary>
public sealed class HeadlineCardsTests : WordingContext
{
    private static readonly Provenance s_source = new("CN-GACC", "China Economic Net", "2026-01-27", "http://en.ce.cn/a.shtml");

    private static Headline Card(string code, string product, string? note = null) =>
        new(product, code, "copper", "2025", 1_140_000_000m, "$1.14 bn", null, s_source, note, []);

    private IRenderedComponent<HeadlineCards> RenderIn(string culture, params Headline[] cards)
    {
        using var _ = new PageCulture(culture);
        return Render<HeadlineCards>(p => p.Add(c => c.Headlines, cards).Add(c => c.Period, "2025"));
    }

    [Fact]
    public void InEnglish_TheProductAsPublished_AsBefore()
    {
        var cards = RenderIn("en", Card("74", "Copper and articles"));

        var product = cards.Find("[data-testid='card-product']");
        Assert.Equal("Copper and articles", product.InnerHtml);
        Assert.Single(cards.FindAll(".card-source > span"));
        Assert.StartsWith("Copper and articles (74), 2025", cards.Find(".card").GetAttribute("title"), StringComparison.Ordinal);
    }

    [Fact]
    public void InChinese_TheTariffsWording_ThePublishedNameInTheTitleAndSourceDetails()
    {
        var cards = RenderIn("zh-Hans", Card("74", "Copper and articles"));

        Assert.Equal("铜及其制品", cards.Find("[data-testid='card-product']").InnerHtml);
        var named = cards.FindAll(".card-source > span")[1];
        Assert.Equal("来源所用名称：Copper and articles", named.TextContent);
        Assert.Equal("Copper and articles", named.QuerySelector("bdi[data-verbatim]")?.TextContent);
        Assert.StartsWith("\u2068Copper and articles\u2069", cards.Find(".card").GetAttribute("title"), StringComparison.Ordinal);
    }

    /// <summary>
    /// Where the page's language has no curated wording (2501 in Chinese, every code in Urdu), the name as published,
    /// isolated: HS 2022's English wording of 2501 runs to 30 words (decision 0128).
    /// </summary>
    [Theory]
    [InlineData("zh-Hans", "2501", "Salt")]
    [InlineData("ur", "2501", "Salt")]
    [InlineData("ur", "2601", "Iron ores and concentrates")]
    public void WithoutAWordingInTheLanguage_TheNameAsPublished_Isolated(string culture, string code, string published)
    {
        var cards = RenderIn(culture, Card(code, published));

        Assert.Equal("\u2068" + published + "\u2069", cards.Find("[data-testid='card-product']").InnerHtml);
        // The same words twice would cost the Urdu overview bytes it does not have (issue 21's bound) and tell nothing.
        Assert.Single(cards.FindAll(".card-source > span"));
    }

    [Theory]
    [InlineData("zh-Hans")]
    [InlineData("ur")]
    public void ACodeNoTableHolds_ShowsItsSourcesName_Isolated(string culture)
    {
        var cards = RenderIn(culture, Card("26030011", "Copper concentrate, grade A"));

        Assert.Equal("\u2068Copper concentrate, grade A\u2069", cards.Find("[data-testid='card-product']").InnerHtml);
        Assert.Single(cards.FindAll(".card-source > span"));
    }

    [Fact]
    public void AllGoods_IsNamedInTheLanguage()
    {
        Assert.Equal("全部商品", RenderIn("zh-Hans", Card("TOTAL", "Total trade")).Find("[data-testid='card-product']").InnerHtml);
    }

    /// <summary>Imported text on a card (product, note, publisher) is text in every language: no element made of it, RLO isolated.</summary>
    [Theory]
    [InlineData("en")]
    [InlineData("zh-Hans")]
    [InlineData("ur")]
    public void HostileImportedText_IsShownAsText(string culture)
    {
        const string hostile = "A&B <b>bold</b> <img src=x onerror=alert(1)> \u202Egnp.exe";
        var cards = RenderIn(culture, Card("26030011", hostile, note: hostile), Card("2603", hostile));

        Assert.Empty(cards.FindAll(".card img, .card b"));
        var products = cards.FindAll("[data-testid='card-product']");
        Assert.Equal(hostile, products[0].TextContent.Trim('\u2068', '\u2069'));
        var details = cards.FindAll(".card-source");
        Assert.Contains(hostile, details[0].TextContent, StringComparison.Ordinal);
        Assert.All(cards.FindAll(".card"), c => Assert.Contains(hostile, c.GetAttribute("title"), StringComparison.Ordinal));
        if (culture != "en")
        {
            // An RLO inside imported text ends where the isolate ends: it cannot turn the card's own words around.
            Assert.Matches("^\u2068[^\u2069]*\u202E[^\u2069]*\u2069$", products[0].TextContent);
        }
        if (culture == "zh-Hans")
        {
            // The curated wording shown, the imported name is kept in the Source details, as text.
            Assert.Contains(hostile, details[1].TextContent, StringComparison.Ordinal);
        }
    }
}
