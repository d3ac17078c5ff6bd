using MineralTrade.Web.Features.Figures;
using MineralTrade.Web.Features.Mirror;

namespace MineralTrade.UnitTests.Products;

public class MirrorRulesTests
{
    [Fact]
    public void Pair_SameFlowCodeAndMonths_DifferentReporters_ImporterFirst()
    {
        var pairs = MirrorRules.Pairs([
            Fig.Make("TOTAL", "2022-09", "2022-09", 167_923_000m, reporter: "PK-SBP"),
            Fig.Make("TOTAL", "2022-09", "2022-09", 182_180_000m, reporter: "CN-GACC"),
        ]);

        var pair = Assert.Single(pairs);
        Assert.Equal(("CN-GACC", ReporterSide.Importer), (pair.First.Reporter, pair.FirstSide));
        Assert.Equal(("PK-SBP", ReporterSide.Exporter), (pair.Second.Reporter, pair.SecondSide));
        Assert.Equal(PairKind.Mirror, pair.Kind);
        Assert.Equal(14_257_000m, pair.GapUsd);
        Assert.Equal(8.5m, pair.GapPercent);
        Assert.Equal(DerivedQualifier.Exact, pair.GapQualifier);
        Assert.Equal("Sep 2022", pair.PeriodLabel);
    }

    [Fact]
    public void Pair_DifferentMonths_AreNotPaired()
    {
        var pairs = MirrorRules.Pairs([
            Fig.Make("TOTAL", "2022-09", "2022-09", 100m, reporter: "CN-GACC"),
            Fig.Make("TOTAL", "2022-07", "2022-09", 100m, reporter: "PK-SBP"),
            Fig.Make("TOTAL", "2022-01", "2022-12", 100m, reporter: "PK-SBP"),
        ]);

        Assert.Empty(pairs);
    }

    [Fact]
    public void Pair_DifferentCodes_AreNotPaired_EvenOneInsideTheOther()
    {
        var pairs = MirrorRules.Pairs([
            Fig.Make("74", "2025-01", "2025-12", 100m, reporter: "CN-GACC"),
            Fig.Make("7403", "2025-01", "2025-12", 90m, reporter: "PK-PBS"),
        ]);

        Assert.Empty(pairs);
    }

    [Fact]
    public void Pair_DifferentFlows_AreNotPaired()
    {
        var pairs = MirrorRules.Pairs([
            Fig.Make("2603", "2024-01", "2024-12", 100m, reporter: "CN-GACC"),
            Fig.Make("2603", "2024-01", "2024-12", 100m, reporter: "PK-PBS", importer: "WORLD"),
        ]);

        Assert.Empty(pairs);
    }

    [Fact]
    public void Pair_SameReporter_TwoSources_IsNotAPair_ThePreferredOneStandsForIt()
    {
        var pairs = MirrorRules.Pairs([
            Fig.Make("TOTAL", "2021-01", "2021-06", 1_735_000_000m, Qualifier.AtLeast, reporter: "CN-GACC", publisher: "Report A"),
            Fig.Make("TOTAL", "2021-01", "2021-06", 1_728_000_000m, reporter: "CN-GACC", publisher: "Report B"),
            Fig.Make("TOTAL", "2021-01", "2021-06", 1_500_000_000m, reporter: "PK-PBS"),
        ]);

        var pair = Assert.Single(pairs);
        Assert.Equal("Report B", pair.First.SourcePublisher);
        Assert.Equal(228_000_000m, pair.GapUsd);
    }

    [Fact]
    public void Pair_UnstatedReporter_NeverPairs()
    {
        var pairs = MirrorRules.Pairs([
            Fig.Make("TOTAL", "2023-10", "2023-10", 368_000_000m, reporter: "unstated"),
            Fig.Make("TOTAL", "2023-10", "2023-10", 318_842_000m, reporter: "PK-SBP"),
        ]);

        Assert.Empty(pairs);
    }

    [Fact]
    public void Pair_NamedWithoutValue_NeverPairs()
    {
        var pairs = MirrorRules.Pairs([
            Fig.Make("2602", "2025-01", "2025-12", null, reporter: "CN-GACC"),
            Fig.Make("2602", "2025-01", "2025-12", 10m, reporter: "PK-PBS"),
        ]);

        Assert.Empty(pairs);
    }

    [Fact]
    public void Pair_ThreeReporters_GiveThreePairs_TwoAgenciesOfOneSideAreSameSide()
    {
        var pairs = MirrorRules.Pairs([
            Fig.Make("TOTAL", "2023-07", "2024-05", 2_553_000_000m, reporter: "PK-SBP"),
            Fig.Make("TOTAL", "2023-07", "2024-05", 2_409_000_000m, reporter: "PK-TDAP"),
            Fig.Make("TOTAL", "2023-07", "2024-05", 2_900_000_000m, reporter: "CN-GACC"),
        ]);

        Assert.Equal(
            [("CN-GACC", "PK-SBP", PairKind.Mirror), ("CN-GACC", "PK-TDAP", PairKind.Mirror), ("PK-SBP", "PK-TDAP", PairKind.SameSide)],
            pairs.Select(p => (p.First.Reporter, p.Second.Reporter, p.Kind)));
        Assert.Equal(6.0m, pairs[2].GapPercent);
    }

    [Theory]
    [InlineData(Qualifier.AtLeast, Qualifier.Exact, DerivedQualifier.AtLeast)]
    [InlineData(Qualifier.Exact, Qualifier.AtLeast, DerivedQualifier.AtMost)]
    [InlineData(Qualifier.Approximate, Qualifier.Exact, DerivedQualifier.Approximate)]
    [InlineData(Qualifier.AtLeast, Qualifier.AtLeast, DerivedQualifier.Approximate)]
    public void Gap_TakesItsQualifierFromBothFigures(Qualifier first, Qualifier second, DerivedQualifier expected)
    {
        var pair = Assert.Single(MirrorRules.Pairs([
            Fig.Make("2603", "2025-01", "2025-12", 11_000_000m, first, reporter: "CN-GACC"),
            Fig.Make("2603", "2025-01", "2025-12", 9_000_000m, second, reporter: "PK-PBS"),
        ]));

        Assert.Equal(expected, pair.GapQualifier);
        Assert.NotNull(pair.GapReason);
    }

    [Theory]
    [InlineData(Qualifier.AtLeast, Qualifier.Exact, 11_005_000, "≥ +$1 M (≥ +10.0%)")]
    [InlineData(Qualifier.Exact, Qualifier.AtLeast, 11_005_000, "≤ +$1.01 M (≤ +10.1%)")]
    [InlineData(Qualifier.AtLeast, Qualifier.Exact, 8_995_000, "≥ -$1.01 M (≥ -10.1%)")]
    [InlineData(Qualifier.Approximate, Qualifier.Exact, 11_005_000, "~ +$1.01 M (~ +10.1%)")]
    [InlineData(Qualifier.Exact, Qualifier.Exact, 11_005_000, "+$1.01 M (+10.1%)")]
    public void Gap_OfABound_SaysItInBothNumbers_RoundedTowardTheBound(Qualifier first, Qualifier second, long firstUsd, string expected)
    {
        var pair = Assert.Single(MirrorRules.Pairs([
            Fig.Make("2603", "2025-01", "2025-12", firstUsd, first, reporter: "CN-GACC"),
            Fig.Make("2603", "2025-01", "2025-12", 10_000_000m, second, reporter: "PK-PBS"),
        ]));

        Assert.Equal(expected, pair.GapDisplay);
    }

    [Theory]
    [InlineData("CN-GACC", ReporterSide.Importer)]
    [InlineData("PK-SBP", ReporterSide.Exporter)]
    [InlineData("PK-PBS", ReporterSide.Exporter)]
    [InlineData("IN-COMTRADE", ReporterSide.Other)]
    [InlineData("unstated", ReporterSide.Other)]
    [InlineData("CNX", ReporterSide.Other)]
    public void Side_IsTheReportersCountry_WhereItIsOneOfTheFlow(string reporter, ReporterSide side) =>
        Assert.Equal(side, MirrorRules.SideOf(reporter, "PK", "CN"));

    [Fact]
    public void Gap_AgainstAZeroSecondValue_HasNoPercent()
    {
        var pair = Assert.Single(MirrorRules.Pairs([
            Fig.Make("2603", "2025-01", "2025-12", 5m, reporter: "CN-GACC"),
            Fig.Make("2603", "2025-01", "2025-12", 0m, reporter: "PK-PBS"),
        ]));

        Assert.Equal(5m, pair.GapUsd);
        Assert.Null(pair.GapPercent);
    }

    [Fact]
    public void Pair_GoodsAgainstGoodsAndServices_IsNoPair_ButAnUnpairedComparisonSayingWhy()
    {
        var china = Fig.Make("TOTAL", "2023-10", "2023-10", 368_000_000m, Qualifier.Approximate, reporter: "CN-GACC");
        var stateBank = Fig.Make("TOTAL", "2023-10", "2023-10", 318_842_000m, reporter: "PK-SBP");
        stateBank.Coverage = Coverage.GoodsAndServices;

        Assert.Empty(MirrorRules.Pairs([china, stateBank]));
        var unpaired = Assert.Single(MirrorRules.Unpaired([china, stateBank]));
        Assert.Equal([china, stateBank], unpaired.Figures);
        Assert.Contains("goods and services", unpaired.FiguresDisplay, StringComparison.Ordinal);
        Assert.Contains("goods only", unpaired.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Pair_TotalsThatDoNotSayWhatTheyCount_NeverPair_EvenWithEachOther()
    {
        var figures = new[]
        {
            Fig.Make("TOTAL", "2023-07", "2024-05", 2_553_000_000m, reporter: "PK-SBP"),
            Fig.Make("TOTAL", "2023-07", "2024-05", 2_409_000_000m, reporter: "PK-TDAP"),
        };
        foreach (var f in figures)
        {
            f.Coverage = Coverage.Unstated;
        }

        Assert.Empty(MirrorRules.Pairs(figures));
        Assert.Contains("does not say", Assert.Single(MirrorRules.Unpaired(figures)).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Pair_ThreeReporters_OnlyThoseCountingTheSameThingPair_TheRestIsListedUnpaired()
    {
        var stateBank = Fig.Make("TOTAL", "2024-01", "2024-03", 700m, reporter: "PK-SBP");
        stateBank.Coverage = Coverage.GoodsAndServices;
        var figures = new[]
        {
            Fig.Make("TOTAL", "2024-01", "2024-03", 800m, reporter: "CN-GACC"),
            Fig.Make("TOTAL", "2024-01", "2024-03", 600m, reporter: "PK-PBS"),
            stateBank,
        };

        var pair = Assert.Single(MirrorRules.Pairs(figures));
        Assert.Equal(("CN-GACC", "PK-PBS", Coverage.Goods), (pair.First.Reporter, pair.Second.Reporter, pair.First.Coverage));
        Assert.Equal(3, Assert.Single(MirrorRules.Unpaired(figures)).Figures.Count);
    }

    [Fact]
    public void WhatWouldPair_SaysWhatEachReporterCounts_AndWhoseGoodsFigureAnotherWouldPairWith()
    {
        var china = Fig.Make("TOTAL", "2023-10", "2023-10", 368_000_000m, Qualifier.Approximate, reporter: "CN-GACC");
        var stateBank = Fig.Make("TOTAL", "2023-10", "2023-10", 318_842_000m, reporter: "PK-SBP");
        stateBank.Coverage = Coverage.GoodsAndServices;
        var spans = new[]
        {
            Fig.Make("TOTAL", "2023-07", "2024-05", 2_553_000_000m, reporter: "PK-SBP"),
            Fig.Make("TOTAL", "2023-07", "2024-05", 2_409_000_000m, reporter: "PK-TDAP"),
        };
        foreach (var f in spans)
        {
            f.Coverage = Coverage.Unstated;
        }

        var words = UnpairedComparison.WhatWouldPair(MirrorRules.Unpaired([china, stateBank, .. spans]));
        Assert.StartsWith("What these figures count: CN-GACC: goods; PK-SBP: goods and services or coverage not stated; PK-TDAP: coverage not stated. A pair needs", words, StringComparison.Ordinal);
        Assert.EndsWith("would pair with CN-GACC's.", words, StringComparison.Ordinal);
        Assert.EndsWith("goods and services against goods and services).", UnpairedComparison.WhatWouldPair(MirrorRules.Unpaired(spans)), StringComparison.Ordinal);
    }

    [Fact]
    public void Unpaired_LikeCoverage_IsNotListed()
    {
        Assert.Empty(MirrorRules.Unpaired([
            Fig.Make("2603", "2025-01", "2025-12", 11m, reporter: "CN-GACC"),
            Fig.Make("2603", "2025-01", "2025-12", 9m, reporter: "PK-PBS"),
        ]));
    }
}
