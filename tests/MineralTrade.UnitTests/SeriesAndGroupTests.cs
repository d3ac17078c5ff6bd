using MineralTrade.Web.Features.Dashboard;
using MineralTrade.Web.Features.Figures;

namespace MineralTrade.UnitTests;

/// <summary>Issue 9's data rules: series identity, totals that name their group, value added on the same products.</summary>
public sealed class SeriesAndGroupTests
{
    [Fact]
    public void ByYear_ABasketThatWidens_GoesOnAsOneLine_WithTheChangeSaid()
    {
        Figure[] figures =
        [
            Fig.Make("2606", "2024-01", "2024-12", 290_000m), Fig.Make("2606", "2025-01", "2025-12", 14_160_000m),
            Fig.Make("76", "2025-01", "2025-12", 30_350_000m),
        ];

        var line = Assert.Single(OverviewBuilder.ByYear(figures));

        Assert.Equal("Aluminium: 2606, + 76 from 2025, CN-GACC, full years", line.Name);
        Assert.Equal([2024, 2025], line.Points.Select(p => p.Year));
        Assert.Equal(["2606", "76"], line.Basket);
        var change = Assert.Single(line.Changes);
        Assert.Equal(("2025", "76", "2606"), (change.PeriodLabel, change.Added, change.Before));
    }

    [Fact]
    public void ByYear_TwoReporters_AreNeverOneLine()
    {
        Figure[] figures =
        [
            Fig.Make("74", "2024-01", "2024-12", 100m, reporter: "unstated", publisher: "Paper A"),
            Fig.Make("74", "2025-01", "2025-12", 120m, reporter: "CN-GACC"),
        ];

        var series = OverviewBuilder.ByYear(figures);

        Assert.Equal(2, series.Count);
        Assert.All(series, s => Assert.Single(s.Points));
        // The reporter that is no one's code in words, as its tooltip says (issue 18's walk-through: "unstated (Paper A)").
        Assert.Contains(series, s => s.Name == "Copper: 74, Reporter not stated (Paper A), full years");
    }

    [Fact]
    public void Group_NamesTheUnstatedReporterInWords_AndAKnownReporterByItsCode()
    {
        Assert.Equal("Reporter not stated (Paper A)", OverviewBuilder.Group("unstated", "Paper A"));
        Assert.Equal("CN-GACC", OverviewBuilder.Group("CN-GACC", ""));
    }

    [Fact]
    public void ValueAddedBar_OfTheUnstatedReporter_IsNamedInWords()
    {
        var bar = new ValueAddedPoint("2024", 2024_12, "unstated", "s", 2m, "$2", 1m, "$1", 66.7m, DerivedQualifier.Exact, DerivedQualifier.Exact,
            new Listed(["a"], 1), new Listed(["b"], 1), new Listed([], 0), "Paper A");

        Assert.Equal("2024 (Reporter not stated)", bar.Label);
    }

    [Fact]
    public void Totals_UnstatedReporter_AreGroupedByPublisher_AndSayWhich()
    {
        var totals = Comparisons.CategoryTotals([
            Fig.Make("74", "2022-01", "2022-12", 1_220_000_000m, reporter: "unstated", publisher: "Radio"),
            Fig.Make("7403", "2022-01", "2022-12", 470_940_000m, reporter: "unstated", publisher: "Review"),
        ]);

        Assert.Equal(2, totals.Count);
        Assert.Equal(["Radio", "Review"], totals.Select(t => t.Publisher).Order(StringComparer.Ordinal));
        Assert.All(totals, t => Assert.Equal(100m, t.SharePercent));
    }

    [Fact]
    public void Totals_SharesInAGroup_AddUpToAtMostAHundred_WithAChapterOfOresCoveringAHeading()
    {
        var totals = Comparisons.CategoryTotals([
            Fig.Make("26", "2025-01", "2025-12", 500m), Fig.Make("2603", "2025-01", "2025-12", 200m),
            Fig.Make("74", "2025-01", "2025-12", 500m), Fig.Make("TOTAL", "2025-01", "2025-12", 9_000m),
        ]);

        Assert.Equal(["74"], totals.Single(t => t.Category.Id == "copper").Basket);
        Assert.Equal(100m, totals.Sum(t => t.SharePercent ?? 0m));
        Assert.Null(totals.Single(t => t.Category.Id == "all-goods").SharePercent);
    }

    [Fact]
    public void Sum_ADatasetMentionWithoutValue_DoesNotHideAValue()
    {
        var sum = Comparisons.Sum([
            Fig.Make("2602", "2025-01", "2025-12", null, kind: SourceKind.Dataset, publisher: "UN Comtrade+"),
            Fig.Make("2602", "2025-01", "2025-12", 7_000_000m, publisher: "Paper"),
        ]);

        Assert.Equal(7_000_000m, sum.ValueUsd);
        Assert.Empty(sum.NamedWithoutValue);
    }

    // The seed's H1 figures: copper and zinc ores in both half years, iron ores only in 2025.
    private static readonly Figure[] s_halfYears =
    [
        Fig.Make("74", "2024-01", "2024-06", 504_530_000m), Fig.Make("2608", "2024-01", "2024-06", 63_040_000m),
        Fig.Make("74", "2025-01", "2025-06", 482_410_000m), Fig.Make("2608", "2025-01", "2025-06", 55_240_000m),
        Fig.Make("2601", "2025-01", "2025-06", 39_030_000m),
    ];

    [Fact]
    public void ValueAdded_OnTheSameProducts_LeavesOutAProductOneHalfYearAdds()
    {
        var valueAdded = OverviewBuilder.ValueAdded(s_halfYears);

        var same = valueAdded.SameProducts.Select(p => p.ProcessedSharePercent).ToList();
        var all = valueAdded.AllKnown.Select(p => p.ProcessedSharePercent).ToList();
        Assert.True(same[1] > same[0], "on the same products the processed share rose");
        Assert.True(all[1] < all[0], "counting iron ores only in 2025, it appears to fall");
        Assert.DoesNotContain(valueAdded.SameProducts[1].Raw.Items, r => r.StartsWith("2601", StringComparison.Ordinal));
        Assert.Contains(valueAdded.AllKnown[1].Raw.Items, r => r.StartsWith("2601", StringComparison.Ordinal));
    }

    [Fact]
    public void ValueAdded_NoProcessedProductInEveryPeriod_HasNoSameProductsPoint_AndSaysSo()
    {
        Figure[] figures =
        [
            Fig.Make("74", "2024-01", "2024-12", 100m), Fig.Make("2608", "2024-01", "2024-12", 50m),
            Fig.Make("76", "2025-01", "2025-12", 100m), Fig.Make("2608", "2025-01", "2025-12", 50m),
        ];

        var valueAdded = OverviewBuilder.ValueAdded(figures);

        Assert.Empty(valueAdded.SameProducts);
        Assert.Equal(2, valueAdded.AllKnown.Count);
        Assert.Equal(["CN-GACC, full years"], valueAdded.NoCommonProducts);
    }

    [Fact]
    public void ValueAdded_BothViewsNameTheProductsTheyDifferBy()
    {
        var valueAdded = OverviewBuilder.ValueAdded(s_halfYears);

        Assert.Empty(valueAdded.AllKnown[0].Difference.Items);
        Assert.Equal(["2601 product 2601: $39.03 M"], valueAdded.AllKnown[1].Difference.Items);
        Assert.Equal(["2601 product 2601: $39.03 M"], valueAdded.SameProducts[1].Difference.Items);
        Assert.Contains("against the same products, H1 2025 (CN-GACC) adds 2601.", OverviewText.ValueAdded(valueAdded, allKnown: true), StringComparison.Ordinal);
        Assert.DoesNotContain("adds 2601", OverviewText.ValueAdded(valueAdded, allKnown: false), StringComparison.Ordinal);
    }
}
