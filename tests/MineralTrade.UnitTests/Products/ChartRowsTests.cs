using MineralTrade.Web.Features.Figures;
using MineralTrade.Web.Features.Mirror;

namespace MineralTrade.UnitTests.Products;

/// <summary>The lines of a comparisons chart's CSV (issue 18, point 10), and how /compare's page names and reads them.</summary>
public class ChartRowsTests
{
    [Fact]
    public void APair_IsTwoLines_TheBarsInTheOrderDrawn_WithTheGapAndItsQualifier()
    {
        var pairs = MirrorRules.Pairs([
            Fig.Make("2603", "2024-01", "2024-12", 11_000_000m, Qualifier.AtLeast, reporter: "CN-GACC", publisher: "China Economic Net"),
            Fig.Make("2603", "2024-01", "2024-12", 10_000_000m, reporter: "PK-PBS", publisher: "PBS"),
        ]);

        var rows = MirrorChartRows.Of(MirrorChartRows.Pairs, pairs, withCode: true).ToList();

        Assert.Equal(
            [(MirrorChartRows.FirstSeries, "CN-GACC", 11_000_000m, "at_least", "China Economic Net"), (MirrorChartRows.SecondSeries, "PK-PBS", 10_000_000m, "exact", "PBS")],
            rows.Select(r => (r.Series, r.Reporter, r.Value, r.Qualifier, r.Source)));
        Assert.All(rows, r => Assert.Equal(("HS 2603 · 2024 · CN-GACC / PK-PBS", "2024", ChartRow.Usd), (r.Label, r.Period, r.Unit)));
        // The gap as the pairs table writes it, and why the two sides differ.
        Assert.All(rows, r => Assert.StartsWith($"Gap: {pairs[0].GapDisplay}; The importer values goods", r.Note, StringComparison.Ordinal));
        Assert.StartsWith("≥ +$1 M", pairs[0].GapDisplay, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, 1)]
    [InlineData("", 1)]
    [InlineData("3", 3)]
    [InlineData("85899345", 85899345)]
    public void APageNumber_IsReadAsComparesPage(string? text, int page)
    {
        Assert.True(MirrorPage.TryParsePage(text, out var read, out _));
        Assert.Equal(page, read);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("2.0")]
    [InlineData("85899346")]
    public void ABadPageNumber_IsAMessageNamingPage(string text)
    {
        Assert.False(MirrorPage.TryParsePage(text, out _, out var error));
        Assert.StartsWith($"page: '{text}' is not a page number", error, StringComparison.Ordinal);
    }

    [Fact]
    public void APageOfPairsPastTheFirst_IsNamedForItsPage()
    {
        Assert.Equal("mineraltrade-pairs_hs2603.csv", ChartRow.FileName(new FigureFilter { HsCodes = ["2603"] }, MirrorChartRows.Pairs));
        Assert.Equal("mineraltrade-pairs_hs2603_page-2.csv", ChartRow.FileName(new FigureFilter { HsCodes = ["2603"] }, MirrorChartRows.Pairs, 2));
    }
}
