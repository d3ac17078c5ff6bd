using System.Text.Json;
using MineralTrade.Web.Components.Charts;
using MineralTrade.Web.Components.Shared;
using MineralTrade.Web.Features.Figures;

namespace MineralTrade.ComponentTests;

/// <summary>
/// The Growth chart and the Updates page name a product as the cards do (ListedCell.Shown, decision 0128): in the
/// code's curated wording where the page's language has one, else as published, isolated; an English page as before.
/// </summary>
public sealed class ProductWordingTests : WordingContext
{
    private const string Published = "Aluminium ores and concentrates";

    private static List<GrowthRate> Rates()
    {
        var id = 0;
        Figure Year(int year, decimal value) => new Figure
        {
            Id = ++id, Reporter = "CN-GACC", Exporter = "PK", Importer = "CN", PeriodStart = year * 100 + 1, PeriodEnd = year * 100 + 12,
            HsCode = "2606", Product = Published, Category = "", ValueUsd = value, Qualifier = Qualifier.Exact,
            SourcePublisher = "China Economic Net", SourceKind = SourceKind.Press,
        }.Classify();
        return Comparisons.Growth([Year(2024, 290_000m), Year(2025, 14_160_000m)]);
    }

    private IRenderedComponent<GrowthChart> Growth(string culture)
    {
        using var _ = new PageCulture(culture);
        var rates = Rates();
        return Render<GrowthChart>(p => p.Add(c => c.Rates, rates).Add(c => c.Count, rates.Count));
    }

    private static string[] BarLabel(IRenderedComponent<GrowthChart> chart)
    {
        using var options = JsonDocument.Parse(ChartJson.Json(chart.Find("#chart-growth").GetAttribute("data-options")!));
        var label = options.RootElement.GetProperty("series")[0].GetProperty("data")[0].GetProperty("x");
        return [.. label.EnumerateArray().Select(l => l.GetString()!)];
    }

    [Fact]
    public void Growth_InChinese_TheTariffsWording_InTheBarTheTableAndTheDescription()
    {
        var chart = Growth("zh-Hans");

        Assert.Equal("铝矿砂及其精矿 (2606)", string.Concat(BarLabel(chart).Skip(1)));
        Assert.StartsWith("<a href=\"/products/2606?exporter=PK&amp;importer=CN\">铝矿砂及其精矿 <bdi>(2606)</bdi></a>", chart.Find("tbody th").InnerHtml, StringComparison.Ordinal);
        Assert.Contains("铝矿砂及其精矿 2025", chart.Find("#chart-growth").GetAttribute("aria-label"), StringComparison.Ordinal);
        Assert.DoesNotContain(Published, chart.Markup, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("ur")]
    public void Growth_WhereTheLanguageHasNoWording_TheNameAsPublished(string culture)
    {
        var chart = Growth(culture);

        Assert.Contains(Published, string.Join(" ", BarLabel(chart)), StringComparison.Ordinal);
        Assert.Equal(Published, chart.Find("tbody th a bdi[data-verbatim]").TextContent);
    }

    [Theory]
    [InlineData("zh-Hans", "铝矿砂及其精矿")]
    [InlineData("ur", null)]
    [InlineData("en", null)]
    public void AnUpdate_NamesItsSeries_AsTheOverviewDoes(string culture, string? shown)
    {
        using var _ = new PageCulture(culture);
        var name = Render<SeriesName>(p => p.Add(c => c.Reporter, "CN-GACC").Add(c => c.Exporter, "PK").Add(c => c.Importer, "CN")
            .Add(c => c.Product, Published).Add(c => c.HsCode, "2606"));

        if (shown is null)
        {
            Assert.Equal(Published, name.Find("bdi[data-verbatim]").TextContent);
        }
        else
        {
            var span = name.Find("span[title]");
            Assert.Equal(shown, span.TextContent);
            Assert.Equal($"\u2068{Published}\u2069", span.GetAttribute("title"));
            Assert.Empty(name.FindAll("bdi[data-verbatim]"));
        }
    }
}
