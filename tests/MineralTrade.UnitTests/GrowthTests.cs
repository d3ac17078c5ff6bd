using MineralTrade.Web.Features.Figures;

namespace MineralTrade.UnitTests;

public class GrowthTests
{
    [Fact]
    public void Growth_SameMonthsOneYearApart_IsPaired()
    {
        var rates = Comparisons.Growth([
            Fig.Make("2608", "2024-01", "2024-06", 200m),
            Fig.Make("2608", "2025-01", "2025-06", 150m),
        ]);

        var rate = Assert.Single(rates);
        Assert.Equal(-25.0m, rate.GrowthPercent);
        Assert.Equal("H1 2024", rate.PreviousPeriodLabel);
        Assert.Equal("H1 2025", rate.PeriodLabel);
        Assert.Equal(DerivedQualifier.Exact, rate.Qualifier);
        Assert.False(rate.Flagged);
    }

    [Fact]
    public void Growth_ATotalOfOtherCoverageAYearEarlier_IsNotPaired()
    {
        var servicesIn = Fig.Make("TOTAL", "2023-07", "2023-09", 633_374_000m, reporter: "PK-SBP");
        servicesIn.Coverage = Coverage.GoodsAndServices;
        var notSaid = Fig.Make("TOTAL", "2024-07", "2024-09", 559_070_000m, reporter: "PK-SBP");
        notSaid.Coverage = Coverage.Unstated;

        Assert.Empty(Comparisons.Growth([servicesIn, notSaid]));
    }

    [Fact]
    public void Growth_HalfYearAgainstFullYear_IsNotPaired()
    {
        var rates = Comparisons.Growth([
            Fig.Make("74", "2024-01", "2024-12", 1000m),
            Fig.Make("74", "2025-01", "2025-06", 600m),
        ]);

        Assert.Empty(rates);
    }

    [Fact]
    public void Growth_DifferentReporters_AreNotPaired()
    {
        var rates = Comparisons.Growth([
            Fig.Make("TOTAL", "2023-07", "2024-06", 100m, reporter: "PK-SBP"),
            Fig.Make("TOTAL", "2024-07", "2025-06", 120m, reporter: "PK-TDAP"),
        ]);

        Assert.Empty(rates);
    }

    [Fact]
    public void Growth_DifferentHsLevels_AreNotPaired()
    {
        var rates = Comparisons.Growth([
            Fig.Make("74", "2024-01", "2024-06", 100m),
            Fig.Make("7403", "2025-01", "2025-06", 120m),
        ]);

        Assert.Empty(rates);
    }

    [Fact]
    public void Growth_UnstatedReporterFromDifferentPublishers_IsNotPaired()
    {
        var rates = Comparisons.Growth([
            Fig.Make("74", "2018-01", "2018-12", 132m, reporter: "unstated", publisher: "Radio"),
            Fig.Make("74", "2019-01", "2019-12", 550m, reporter: "unstated", publisher: "Newswire"),
        ]);

        Assert.Empty(rates);
    }

    [Fact]
    public void Growth_UnstatedReporterFromOnePublisher_IsPaired()
    {
        var rates = Comparisons.Growth([
            Fig.Make("2610", "2022-01", "2022-12", 100m, reporter: "unstated", publisher: "Profit"),
            Fig.Make("2610", "2023-01", "2023-12", 130m, reporter: "unstated", publisher: "Profit"),
        ]);

        Assert.Equal(30.0m, Assert.Single(rates).GrowthPercent);
    }

    [Theory]
    [InlineData(Qualifier.AtLeast, Qualifier.Exact, DerivedQualifier.AtLeast)]
    [InlineData(Qualifier.Exact, Qualifier.AtLeast, DerivedQualifier.AtMost)]
    [InlineData(Qualifier.Approximate, Qualifier.Exact, DerivedQualifier.Approximate)]
    [InlineData(Qualifier.Exact, Qualifier.Approximate, DerivedQualifier.Approximate)]
    [InlineData(Qualifier.AtLeast, Qualifier.AtLeast, DerivedQualifier.Approximate)]
    public void Growth_FromBoundOrApproximateFigure_IsFlagged(Qualifier current, Qualifier previous, DerivedQualifier expected)
    {
        var rates = Comparisons.Growth([
            Fig.Make("TOTAL", "2021-01", "2021-06", 100m, previous),
            Fig.Make("TOTAL", "2022-01", "2022-06", 110m, current),
        ]);

        var rate = Assert.Single(rates);
        Assert.Equal(expected, rate.Qualifier);
        Assert.True(rate.Flagged);
        Assert.False(string.IsNullOrEmpty(rate.FlagReason));
    }

    [Fact]
    public void Growth_TwoSourcesForOnePeriod_UsesTheExactOneAndSaysWhich()
    {
        var bound = Fig.Make("TOTAL", "2021-01", "2021-06", 1735m, Qualifier.AtLeast, publisher: "B");
        var exact = Fig.Make("TOTAL", "2021-01", "2021-06", 1728m, Qualifier.Exact, publisher: "A");
        var rates = Comparisons.Growth([bound, exact, Fig.Make("TOTAL", "2022-01", "2022-06", 1918m, Qualifier.AtLeast)]);

        var rate = Assert.Single(rates);
        Assert.Equal(1728m, rate.PreviousValueUsd);
        Assert.Equal("A", rate.Previous.SourcePublisher);
        Assert.Equal(11.0m, rate.GrowthPercent);
    }

    [Fact]
    public void Growth_OfficialDataset_IsPreferredOverPressReport()
    {
        var press = Fig.Make("2601", "2024-01", "2024-12", 90m, kind: SourceKind.Press);
        var dataset = Fig.Make("2601", "2024-01", "2024-12", 80m, kind: SourceKind.Dataset, publisher: "UN Comtrade+");
        var rates = Comparisons.Growth([press, dataset, Fig.Make("2601", "2025-01", "2025-12", 100m)]);

        Assert.Equal(80m, Assert.Single(rates).PreviousValueUsd);
    }

    [Fact]
    public void Growth_ProductNamedWithoutValueOrZeroBase_HasNoRate()
    {
        var rates = Comparisons.Growth([
            Fig.Make("2602", "2024-01", "2024-12", null),
            Fig.Make("2602", "2025-01", "2025-12", 10m),
            Fig.Make("2607", "2024-01", "2024-12", 0m),
            Fig.Make("2607", "2025-01", "2025-12", 10m),
        ]);

        Assert.Empty(rates);
    }

    [Fact]
    public void Growth_AluminiumOres_MatchesThePublishedFortySevenFold()
    {
        var rates = Comparisons.Growth([
            Fig.Make("2606", "2024-01", "2024-12", 290_000m),
            Fig.Make("2606", "2025-01", "2025-12", 14_160_000m),
        ]);

        Assert.Equal(4782.8m, Assert.Single(rates).GrowthPercent);
    }

    [Fact]
    public void Growth_FromABaseOfAFractionOfACent_IsSkippedNotAnOverflow()
    {
        var rates = Comparisons.Growth([
            Fig.Make("2603", "2024-01", "2024-12", 0.00000000000000000001m),
            Fig.Make("2603", "2025-01", "2025-12", 1_000_000_000m),
        ]);

        Assert.Empty(rates);
    }
}
