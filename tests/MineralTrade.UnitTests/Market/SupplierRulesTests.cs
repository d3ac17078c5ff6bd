using MineralTrade.Web.Features.Figures;
using MineralTrade.Web.Features.Market;

namespace MineralTrade.UnitTests.Market;

/// <summary>China's suppliers of a code (made-up values, the shapes of tests/data/comtrade-china-market.csv): hand-checked ranks, shares and prices.</summary>
public class SupplierRulesTests
{
    private static readonly PeriodWindow Y2025 = PeriodWindow.Year(2025);

    /// <summary>China's customs' dataset figure for imports of 2603 from <paramref name="partner"/> in 2025, with a weight in tonnes.</summary>
    internal static Figure Import(string partner, decimal millions, decimal? tonnes, string hs = "2603", string start = "2025-01", string end = "2025-12",
        Qualifier qualifier = Qualifier.Exact, SourceKind kind = SourceKind.Dataset, string reporter = "CN-GACC", string importer = "CN")
    {
        var f = Fig.Make(hs, start, end, millions * 1_000_000m, qualifier, reporter: reporter, exporter: partner, importer: importer, kind: kind,
            publisher: kind == SourceKind.Dataset ? "UN Comtrade+" : "A newspaper");
        f.Quantity = tonnes * 1000m;
        f.QuantityUnit = tonnes is null ? null : "kg";
        return f;
    }

    /// <summary>The 2603 table of the test file: a world of $1,200 M and thirteen partners adding up to $903 M.</summary>
    internal static List<Figure> CopperOres2025() =>
    [
        Import("WORLD", 1200, 480_000), Import("CL", 300, 120_000), Import("PE", 250, 125_000), Import("MN", 80, null),
        Import("KZ", 60, 24_000), Import("MX", 50, 20_000), Import("AU", 40, 16_000), Import("ER", 30, 12_000), Import("TR", 25, 10_000),
        Import("LA", 20, 8_000), Import("PH", 15, 6_000), Import("ID", 12, 4_800), Import("PK", 11, 5_500), Import("IR", 10, 4_000),
    ];

    [Fact]
    public void Table_RanksAndSharesOfChinasOwnWorldFigure_HandChecked()
    {
        var table = SupplierRules.Table("CN-GACC", "CN", "2603", Y2025, CopperOres2025());

        Assert.Equal((1_200_000_000m, WorldBasis.Reported, DerivedQualifier.Exact), (table.World!.ValueUsd, table.World.Basis, table.World.Qualifier));
        Assert.Equal(["CL", "PE", "MN", "KZ", "MX", "AU", "ER", "TR", "LA", "PH", "ID", "PK", "IR"], table.Lines.Select(l => l.Partner));
        Assert.Equal(Enumerable.Range(1, 13), table.Lines.Select(l => l.Rank));
        Assert.Equal(903_000_000m, table.PartnersUsd);
        Assert.Equal(75.3m, table.CoveragePercent);
        // 300 / 1200 and 250 / 1200.
        Assert.Equal((25.00m, DerivedQualifier.Exact), (table.Line("CL")!.SharePercent, table.Line("CL")!.ShareQualifier));
        Assert.Equal(20.83m, table.Line("PE")!.SharePercent);
        // Pakistan, outside the top ten: 11 / 1200 = 0.9167%.
        var pakistan = table.Pakistan!;
        Assert.Equal((12, 0.92m), (pakistan.Rank, pakistan.SharePercent));
        // $297 M of the world is in no partner held: one partner outside the store could rank above Pakistan, not above Chile.
        Assert.Equal(DerivedQualifier.AtLeast, pakistan.RankQualifier);
        Assert.Equal("12 or lower", pakistan.RankDisplay);
        Assert.Equal(DerivedQualifier.Exact, table.Line("CL")!.RankQualifier);
        Assert.True(table.Comparable);
    }

    [Fact]
    public void Table_UnitValuesAgainstTheWorldFigure_PakistanAt80PercentOfTheMarket()
    {
        var table = SupplierRules.Table("CN-GACC", "CN", "2603", Y2025, CopperOres2025());

        Assert.Equal((2_500m, "t", MarketBasis.World, DerivedQualifier.Exact), (table.Market!.UnitValue.UsdPerUnit, table.Market.UnitValue.Per, table.Market.Basis, table.Market.UnitValue.Qualifier));
        var pakistan = table.Pakistan!;
        Assert.Equal(2_000m, pakistan.Sum.UnitValue!.UsdPerUnit);
        Assert.Equal((80.0m, DerivedQualifier.Exact), (pakistan.AgainstMarketPercent, pakistan.AgainstMarketQualifier));
        Assert.Equal(100.0m, table.Line("CL")!.AgainstMarketPercent);
    }

    [Fact]
    public void Table_PartnerWithoutAWeight_HasNoUnitValue_AndSaysSo()
    {
        var mongolia = SupplierRules.Table("CN-GACC", "CN", "2603", Y2025, CopperOres2025()).Line("MN")!;

        Assert.Null(mongolia.Sum.UnitValue);
        Assert.Null(mongolia.AgainstMarketPercent);
        Assert.Equal(UnitValue.NoQuantity, mongolia.Sum.NoUnitValueReason);
        // Its value and share stand.
        Assert.Equal(6.67m, mongolia.SharePercent);
    }

    [Fact]
    public void Table_WithoutAWorldFigure_SharesAreOfThePartnersAddedUp_AnUpperBound()
    {
        var table = SupplierRules.Table("CN-GACC", "CN", "2608", Y2025,
        [
            Import("AU", 200, 100_000, hs: "2608"), Import("PE", 150, 75_000, hs: "2608"), Import("BO", 90, 45_000, hs: "2608"),
            Import("PK", 110.9m, null, hs: "2608", kind: SourceKind.Press),
        ]);

        Assert.Equal((550_900_000m, WorldBasis.SumOfPartners, DerivedQualifier.AtLeast), (table.World!.ValueUsd, table.World.Basis, table.World.Qualifier));
        Assert.Contains("lower bound", table.World.Words, StringComparison.Ordinal);
        // 110.9 / 550.9 = 20.13%: the world is at least the sum, so the share is at most this, rounded up.
        Assert.Equal((3, 20.14m, DerivedQualifier.AtMost), (table.Pakistan!.Rank, table.Pakistan.SharePercent, table.Pakistan.ShareQualifier));
        Assert.All(table.Lines, l => Assert.Equal(DerivedQualifier.AtLeast, l.RankQualifier));
        Assert.Null(table.CoveragePercent);
        // The market's price is the partners' with weights: (200 + 150 + 90) M$ over 220,000 t.
        Assert.Equal((MarketBasis.PartnersWithQuantities, 3, 2_000m), (table.Market!.Basis, table.Market.Partners, table.Market.UnitValue.UsdPerUnit));
    }

    [Fact]
    public void Table_ALowerBoundInAShare_CarriesItsQualifier_AndBlursTheRanks()
    {
        var table = SupplierRules.Table("CN-GACC", "CN", "2601", Y2025,
        [
            Import("WORLD", 2000, 20_000_000, hs: "2601"), Import("AU", 1200, 12_000_000, hs: "2601"), Import("BR", 500, 5_000_000, hs: "2601"),
            Import("ZA", 150, 1_500_000, hs: "2601"), Import("IN", 48, 480_000, hs: "2601"),
            Import("PK", 101, null, hs: "2601", qualifier: Qualifier.AtLeast, kind: SourceKind.Press),
        ]);

        var pakistan = table.Pakistan!;
        // 101 / 2000 = 5.05%, and at least that.
        Assert.Equal((5.05m, DerivedQualifier.AtLeast), (pakistan.SharePercent, pakistan.ShareQualifier));
        Assert.Contains("lower bound", pakistan.ShareNote, StringComparison.Ordinal);
        Assert.Equal(("≥ $101 M", 4, "~4"), (pakistan.Display, pakistan.Rank, pakistan.RankDisplay));
        Assert.All(table.Lines, l => Assert.Equal(DerivedQualifier.Approximate, l.RankQualifier));
        Assert.Contains(table.Notes, n => n.Contains("lower bounds or approximate", StringComparison.Ordinal));
    }

    [Fact]
    public void Table_AWorldFigureWithoutAWeight_PricesTheMarketFromThePartnersWithWeights()
    {
        var table = SupplierRules.Table("CN-GACC", "CN", "2610", Y2025,
        [
            Import("WORLD", 2000, null, hs: "2610"), Import("ZA", 1500, 600_000, hs: "2610"), Import("TR", 300, 100_000, hs: "2610"), Import("AL", 100, null, hs: "2610"),
        ]);

        Assert.Equal(WorldBasis.Reported, table.World!.Basis);
        Assert.Equal((MarketBasis.PartnersWithQuantities, 2, 1_800_000_000m), (table.Market!.Basis, table.Market.Partners, table.Market.CoveredUsd));
        Assert.Equal(2_571.43m, Math.Round(table.Market.UnitValue.UsdPerUnit, 2));
        Assert.Null(table.Pakistan);
    }

    [Fact]
    public void Table_LeavesOutOtherReportersImportersCodesAndMonths()
    {
        var table = SupplierRules.Table("CN-GACC", "CN", "2603", Y2025,
        [
            .. CopperOres2025(),
            Import("CL", 999, null, reporter: "CL-COMTRADE"),
            Import("CL", 999, null, importer: "IN"),
            Import("CL", 999, null, hs: "26"),
            Import("CL", 999, null, start: "2025-01", end: "2025-06"),
            Import("CL", 999, null, start: "2024-01", end: "2024-12"),
        ]);

        Assert.Equal(300_000_000m, table.Line("CL")!.ValueUsd);
        Assert.Equal(13, table.Lines.Count);
    }

    [Fact]
    public void Table_OfTwoSourcesForOnePartner_UsesThePreferredOne()
    {
        var table = SupplierRules.Table("CN-GACC", "CN", "2603", Y2025,
            [.. CopperOres2025(), Import("PK", 11, null, qualifier: Qualifier.AtLeast, kind: SourceKind.Press)]);

        Assert.Equal((11_000_000m, DerivedQualifier.Exact, SourceKind.Dataset), (table.Pakistan!.ValueUsd, table.Pakistan.Sum.Qualifier, table.Pakistan.Sum.Figures.Single().SourceKind));
    }

    [Fact]
    public void Table_PartnersOfEqualValue_ShareARank()
    {
        var table = SupplierRules.Table("CN-GACC", "CN", "2603", Y2025,
            [Import("WORLD", 100, null), Import("CL", 40, null), Import("PE", 30, null), Import("AU", 30, null), Import("PK", 0.5m, null)]);

        Assert.Equal([("CL", 1), ("AU", 2), ("PE", 2), ("PK", 4)], table.Lines.Select(l => (l.Partner, l.Rank)));
    }

    [Fact]
    public void Table_PartnersAddingUpToMoreThanTheWorld_SaySo_AndShareTheWorldFigure()
    {
        var table = SupplierRules.Table("CN-GACC", "CN", "2603", Y2025, [Import("WORLD", 100, null), Import("CL", 80, null), Import("PE", 30, null)]);

        Assert.Equal(80.00m, table.Line("CL")!.SharePercent);
        Assert.Contains(table.Notes, n => n.Contains("more than the world figure", StringComparison.Ordinal));
    }

    [Fact]
    public void Table_OfOnePartnerAndNoWorldFigure_IsNotComparable()
    {
        var table = SupplierRules.Table("CN-GACC", "CN", "2603", Y2025, [Import("PK", 11, null)]);

        Assert.False(table.Comparable);
        Assert.Equal(WorldBasis.SumOfPartners, table.World!.Basis);
    }

    [Fact]
    public void Table_TwelveMonths_AddsTheMonths_AndAPartnerWithAMonthMissingIsALowerBound()
    {
        var window = PeriodWindow.Rolling12(Period.Parse("2026-10"));
        List<Figure> figures = [];
        foreach (var month in window.Months.Select(Period.Format))
        {
            figures.Add(Import("WORLD", 110, 44_000, start: month, end: month));
            figures.Add(Import("CL", 30, 12_000, start: month, end: month));
            if (month != "2026-03")
            {
                figures.Add(Import("PK", 1.5m, 750, start: month, end: month));
            }
        }
        figures.Add(Import("PK", 99, null, start: "2026-11", end: "2026-11"));

        var table = SupplierRules.Table("CN-GACC", "CN", "2603", window, figures);

        Assert.Equal((1_320_000_000m, WorldBasis.Reported), (table.World!.ValueUsd, table.World.Basis));
        Assert.Equal((360_000_000m, DerivedQualifier.Exact), (table.Line("CL")!.ValueUsd, table.Line("CL")!.Sum.Qualifier));
        var pakistan = table.Pakistan!;
        Assert.Equal((16_500_000m, DerivedQualifier.AtLeast), (pakistan.ValueUsd, pakistan.Sum.Qualifier));
        Assert.Equal([Period.Parse("2026-03")], pakistan.Sum.MissingMonths);
        Assert.Equal("Mar 2026", pakistan.Sum.MissingWords);
        // 16.5 / 1320 = 1.25%, at least; the unit value is over the eleven months held, as exact as they are.
        Assert.Equal((1.25m, DerivedQualifier.AtLeast), (pakistan.SharePercent, pakistan.ShareQualifier));
        Assert.Equal((2_000m, DerivedQualifier.Exact), (pakistan.Sum.UnitValue!.UsdPerUnit, pakistan.Sum.UnitValue.Qualifier));
    }
}
