using MineralTrade.Web.Features.Figures;
using MineralTrade.Web.Features.Products;

namespace MineralTrade.UnitTests.Products;

public class SharesTests
{
    [Fact]
    public void Share_CountsOnlyFiguresOfTheSameReporterFlowAndMonths()
    {
        var whole = Fig.Make("TOTAL", "2021-01", "2021-12", 1_000m);
        var share = Shares.Of([
            Fig.Make("2501", "2021-01", "2021-12", 50m),
            Fig.Make("2603", "2021-01", "2021-06", 30m),                         // other months
            Fig.Make("2610", "2021-01", "2021-12", 20m, reporter: "PK-PBS"),    // other reporter
            Fig.Make("2606", "2021-01", "2021-12", 10m, importer: "WORLD"),     // other flow
        ], whole)!;

        Assert.Equal(50m, share.PartUsd);
        Assert.Equal(5.0m, share.Percent);
        Assert.Equal(["2501"], share.Parts.Select(p => p.HsCode));
        Assert.Equal(DerivedQualifier.Exact, share.Qualifier);
        Assert.Contains("CN-GACC", share.Basis, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Coverage.GoodsAndServices)]
    [InlineData(Coverage.Unstated)]
    public void Share_OfATotalThatIsNotGoodsAlone_IsNone(Coverage coverage)
    {
        var whole = Fig.Make("TOTAL", "2023-10", "2023-10", 1_000m, reporter: "PK-SBP");
        whole.Coverage = coverage;

        Assert.Null(Shares.Of([Fig.Make("2603", "2023-10", "2023-10", 50m, reporter: "PK-SBP")], whole));
    }

    [Fact]
    public void Share_NeverAddsACodeBesideOneInsideIt()
    {
        var whole = Fig.Make("TOTAL", "2025-01", "2025-12", 1_000m);
        var share = Shares.Of([Fig.Make("74", "2025-01", "2025-12", 300m), Fig.Make("7403", "2025-01", "2025-12", 200m)], whole)!;

        Assert.Equal(300m, share.PartUsd);
    }

    [Fact]
    public void Share_WithALowerBoundInThePart_IsAtLeast()
    {
        var whole = Fig.Make("TOTAL", "2025-01", "2025-12", 1_000m);
        var share = Shares.Of([Fig.Make("2603", "2025-01", "2025-12", 11m, Qualifier.AtLeast)], whole)!;

        Assert.Equal(DerivedQualifier.AtLeast, share.Qualifier);
    }

    [Fact]
    public void Share_OfAnUnstatedReporter_IsNone()
    {
        var whole = Fig.Make("TOTAL", "2022-01", "2022-12", 1_000m, reporter: "unstated");

        Assert.Null(Shares.Of([Fig.Make("74", "2022-01", "2022-12", 300m, reporter: "unstated")], whole));
    }

    [Fact]
    public void MineralsOfAllGoods_LeavesOtherGoodsOut_AndPeriodsWithoutATotal()
    {
        var shares = Shares.MineralsOfAllGoods([
            Fig.Make("TOTAL", "2021-01", "2021-12", 1_000m),
            Fig.Make("2501", "2021-01", "2021-12", 40m),
            Fig.Make("74", "2021-01", "2021-12", 60m),
            Fig.Make("0901", "2021-01", "2021-12", 500m),           // coffee: other goods
            Fig.Make("2603", "2022-01", "2022-12", 70m),            // no total for 2022
        ]);

        var share = Assert.Single(shares);
        Assert.Equal(100m, share.PartUsd);
        Assert.Equal(10.0m, share.Percent);
        Assert.Equal("2021", share.PeriodLabel);
    }

    [Theory]
    [InlineData("740311", true)]
    [InlineData("7403", true)]
    [InlineData("74", false)]
    [InlineData("2603", false)]
    [InlineData("TOTAL", false)]
    public void IsInsideAny_LooksUpTheCodesPrefixes(string code, bool inside) =>
        Assert.Equal(inside, HsClassification.IsInsideAny(code, new HashSet<string> { "74", "TOTAL", "26031" }));
}
