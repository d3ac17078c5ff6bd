using MineralTrade.Web.Features.Dashboard;
using MineralTrade.Web.Features.Figures;

namespace MineralTrade.UnitTests;

public sealed class OverviewTextTests
{
    [Theory]
    [InlineData(0, "0 categories")]
    [InlineData(1, "1 category")]
    [InlineData(2, "2 categories")]
    [InlineData(49_000, "49,000 categories")]
    public void Count_SaysOneInTheSingular(int count, string expected) =>
        Assert.Equal(expected, OverviewText.Count(count, "category", "categories"));

    [Theory]
    [InlineData(1, "1 figure matches this view")]
    [InlineData(24, "24 figures match this view")]
    public void Matching_AgreesWithItsCount(int count, string expected) => Assert.Equal(expected, OverviewText.Matching(count));

    [Theory]
    [InlineData(-12.4, GrowthDirection.Down)]
    [InlineData(-0.04, GrowthDirection.Down)]
    [InlineData(0, GrowthDirection.Up)]
    [InlineData(4782.8, GrowthDirection.Up)]
    public void Direction_ComesFromTheNumber(double percent, GrowthDirection expected) =>
        Assert.Equal(expected, OverviewText.Direction((decimal)percent));

    [Fact]
    public void Card_OfADecline_PointsDown()
    {
        Figure[] figures = [Fig.Make("2608", "2024-01", "2024-12", 200m), Fig.Make("2608", "2025-01", "2025-12", 150m, Qualifier.AtLeast)];

        var card = Assert.Single(OverviewBuilder.Build(FigureFilter.All, figures, null).Headlines);

        Assert.Equal(GrowthDirection.Down, card.Growth!.Direction);
        Assert.True(card.Growth.Flagged);
        Assert.Equal("≥ -25.0%", card.Growth.Display);
    }

    [Fact]
    public void ByCategory_OneBar_IsOneCategory_WithItsValue()
    {
        Figure[] figures = [Fig.Make("2608", "2025-01", "2025-12", 101_000_000m, Qualifier.AtLeast)];

        var text = OverviewText.ByCategory(OverviewBuilder.ByCategory(figures, (202501, 202512)), "2025");

        Assert.StartsWith("1 category with a value in 2025, largest first: Zinc ore ≥ $101 M.", text, StringComparison.Ordinal);
        Assert.Equal("No category has a value for a period of this kind in this view.", OverviewText.ByCategory([], "2025"));
    }

    [Fact]
    public void Growth_SaysWhenOnlyTheEndsAreDrawn()
    {
        Figure[] figures = [Fig.Make("2608", "2024-01", "2024-12", 100m), Fig.Make("2608", "2025-01", "2025-12", 120m)];
        var rates = Comparisons.Growth(figures);

        Assert.StartsWith("1 growth rate, each against", OverviewText.Growth(rates, 1), StringComparison.Ordinal);
        Assert.DoesNotContain("highest", OverviewText.Growth(rates, 1), StringComparison.Ordinal);
        Assert.Contains($"The {OverviewBuilder.GrowthEnds} highest and {OverviewBuilder.GrowthEnds} lowest are drawn", OverviewText.Growth(rates, 300), StringComparison.Ordinal);
        Assert.EndsWith("product 2608 2025 +20.0%", OverviewText.GrowthDescription(rates, 1), StringComparison.Ordinal);
    }

    [Fact]
    public void ValueAdded_GivesEachPeriodsProcessedShare()
    {
        Figure[] figures = [Fig.Make("74", "2025-01", "2025-12", 300m), Fig.Make("2603", "2025-01", "2025-12", 100m)];

        var text = OverviewText.ValueAdded(OverviewBuilder.ValueAdded(figures), allKnown: false);

        Assert.Contains("2025 (CN-GACC) 75% processed", text, StringComparison.Ordinal);
        Assert.Contains("Same products", text, StringComparison.Ordinal);
    }

    [Fact]
    public void TargetNarrowed_SaysWhenTheViewIsNotTheGoalsBasket_AndNamesWhatItShows()
    {
        Assert.Null(OverviewText.TargetNarrowed(FigureFilter.All));
        Assert.Null(OverviewText.TargetNarrowed(new FigureFilter { Reporters = ["CN-GACC"], From = 2022 }));

        var copper = OverviewText.TargetNarrowed(new FigureFilter { Categories = ["copper"] });
        var codes = OverviewText.TargetNarrowed(new FigureFilter { Categories = ["zinc"], HsCodes = ["2603"], HsCodesWithInside = ["74"] });

        Assert.StartsWith("This view shows Copper only:", copper, StringComparison.Ordinal);
        Assert.Contains("not every mineral export the goal counts", copper, StringComparison.Ordinal);
        Assert.StartsWith("This view shows Zinc, HS 2603 and HS 74 only:", codes, StringComparison.Ordinal);
    }
}
