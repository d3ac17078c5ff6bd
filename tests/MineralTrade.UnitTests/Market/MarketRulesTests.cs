using MineralTrade.Web.Features.Figures;
using MineralTrade.Web.Features.Market;
using static MineralTrade.UnitTests.Market.SupplierRulesTests;

namespace MineralTrade.UnitTests.Market;

/// <summary>Pakistan's price against the market and China's share of Pakistan's exports (made-up values, checked by hand).</summary>
public class MarketRulesTests
{
    private static readonly PeriodWindow Y2025 = PeriodWindow.Year(2025);

    /// <summary>Pakistan's own figure (PK-PBS) for its exports of 2603 to <paramref name="importer"/> in 2025.</summary>
    private static Figure Export(string importer, decimal millions, Qualifier qualifier = Qualifier.Exact) =>
        Import("PK", millions, null, reporter: "PK-PBS", importer: importer, qualifier: qualifier);

    [Fact]
    public void Price_PakistanAgainstTheWorldFiguresUnitValue_80Percent()
    {
        var point = MarketRules.Price(SupplierRules.Table("CN-GACC", "CN", "2603", Y2025, CopperOres2025()));

        // Pakistan: $11 M over 5,500 t = $2,000/t; the world: $1,200 M over 480,000 t = $2,500/t.
        Assert.Equal((2_000m, 2_500m, 80.0m, DerivedQualifier.Exact), (point.Pakistan!.UsdPerUnit, point.Market!.UnitValue.UsdPerUnit, point.Percent, point.Qualifier));
        Assert.Null(point.Missing);
        Assert.Equal("2025: China paid $2,000/t for Pakistan's HS 2603, 80% of the $2,500/t it paid its suppliers on average (the world figure's value over its net weight).",
            MarketText.Price(point, "2603"));
    }

    [Fact]
    public void Price_PakistanWithoutAWeight_NoComparisonAndSaysWhy()
    {
        var figures = CopperOres2025().Where(f => f.Exporter != "PK").Append(Import("PK", 11, null)).ToList();

        var point = MarketRules.Price(SupplierRules.Table("CN-GACC", "CN", "2603", Y2025, figures));

        Assert.Null(point.Percent);
        Assert.Equal("Pakistan: no quantity known", point.Missing);
        Assert.Equal("2025: no price comparison for HS 2603 (Pakistan: no quantity known); none is estimated.", MarketText.Price(point, "2603"));
    }

    [Fact]
    public void Price_NoOtherSupplierWithAWeight_NoMarketPrice()
    {
        List<Figure> figures = [Import("WORLD", 100, null), Import("CL", 60, null), Import("PK", 10, 5_000)];

        var point = MarketRules.Price(SupplierRules.Table("CN-GACC", "CN", "2603", Y2025, figures));

        // The partners with a weight are Pakistan alone: an "average" of itself is no market.
        Assert.Equal((2_000m, (decimal?)null), (point.Pakistan!.UsdPerUnit, point.Percent));
        Assert.Equal("no other supplier's figure with a quantity: no market price", point.Missing);
    }

    [Fact]
    public void Destination_ChinasShareOfPakistansOwnFigures_HandChecked()
    {
        // China's side ($11 M, CIF) is beside the share, never in it: 4 / 16 = 25%.
        var point = MarketRules.Destination(Y2025, "PK-PBS", "CN", [Export("WORLD", 16), Export("CN", 4), Export("AE", 3)], CopperOres2025());

        Assert.Equal((25.0m, DerivedQualifier.Exact), (point.ChinaSharePercent, point.ShareQualifier));
        Assert.Equal(11_000_000m, point.Mirror.ValueUsd);
        Assert.False(point.MirrorOnly);
        Assert.Equal("2025: China took 25% of Pakistan's exports of HS 2603 ($4 M of $16 M, Pakistan's own figures).", MarketText.Destination(point, "2603"));
    }

    [Fact]
    public void Destination_AWorldFigureThatIsALowerBound_TheShareIsAtMost()
    {
        var point = MarketRules.Destination(Y2025, "PK-PBS", "CN", [Export("WORLD", 12, Qualifier.AtLeast), Export("CN", 4)], []);

        // 4 / 12 = 33.33...%, rounded up: an upper bound is never understated.
        Assert.Equal((33.4m, DerivedQualifier.AtMost), (point.ChinaSharePercent, point.ShareQualifier));
        Assert.NotNull(point.ShareReason);
    }

    [Fact]
    public void Destination_OnlyChinasSide_NoShareAndTheMirrorCaveat()
    {
        var point = MarketRules.Destination(Y2025, "PK-PBS", "CN", [Export("WORLD", 16)], CopperOres2025());

        Assert.Null(point.ChinaSharePercent);
        Assert.True(point.MirrorOnly);
        Assert.Contains("Only China's side", point.Note);
        Assert.StartsWith("2025: Pakistan's own figure for its exports of HS 2603 to China is not held; China's customs recorded $11 M", MarketText.Destination(point, "2603"));
    }

    [Fact]
    public void Destination_AnotherReportersFigures_AreLeftOut()
    {
        // China's customs' figure "from PK to WORLD" (none exists, but a file could hold anything) is not Pakistan's own.
        var point = MarketRules.Destination(Y2025, "PK-PBS", "CN", [Import("PK", 50, null, importer: "WORLD"), Export("CN", 4)], []);

        Assert.Null(point.World.ValueUsd);
        Assert.Null(point.ChinaSharePercent);
        Assert.Equal("2025: no share of Pakistan's exports of HS 2603: no figure of its exports to the world.", MarketText.Destination(point, "2603"));
    }

    [Fact]
    public void Standing_PakistanOutsideTheTopTen_RankShareAndTheWorldSaid()
    {
        var table = SupplierRules.Table("CN-GACC", "CN", "2603", Y2025, CopperOres2025());

        Assert.Equal("2025: China's customs recorded $11 M of imports of HS 2603 from Pakistan, rank 12 or lower of 13 suppliers held and 0.92% of China's imports from the world ($1.2 bn, China's own figure).",
            MarketText.Standing(table));
    }

    [Fact]
    public void Standing_NoFigureFromPakistan_NamesTheLargestSupplier()
    {
        var table = SupplierRules.Table("CN-GACC", "CN", "2603", Y2025, CopperOres2025().Where(f => f.Exporter != "PK"));

        Assert.Equal("2025: China's customs record no imports of HS 2603 from Pakistan among 12 suppliers held; the largest supplier was Chile (CL) with $300 M (25% of China's imports from the world ($1.2 bn, China's own figure)).",
            MarketText.Standing(table));
    }

    [Theory]
    [InlineData("CL", "Chile (CL)")]
    [InlineData("PK", "Pakistan (PK)")]
    [InlineData("XX", "XX")]
    [InlineData("WORLD", "WORLD")]
    public void Partner_ARegionNameWhereDotNetKnowsTheCode(string code, string expected) =>
        Assert.Equal(expected, MarketText.Partner(code));
}
