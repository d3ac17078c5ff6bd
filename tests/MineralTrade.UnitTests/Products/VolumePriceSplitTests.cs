using MineralTrade.Web.Features.Figures;
using MineralTrade.Web.Features.Products;
using static MineralTrade.UnitTests.Products.UnitValueTests;

namespace MineralTrade.UnitTests.Products;

public class VolumePriceSplitTests
{
    private static List<VolumePriceSplit> Splits(IEnumerable<Figure> figures) => VolumePriceSplit.Splits(Comparisons.Growth(figures));

    private static Figure Dataset(string start, string end, decimal value, decimal? kg, string hs = "2603", string reporter = "CN-GACC") =>
        WithQuantity(Fig.Make(hs, start, end, value, kind: SourceKind.Dataset, reporter: reporter, publisher: "UN Comtrade+"), kg);

    [Fact]
    public void Split_VolumeAndUnitValue_MultiplyToTheValueChange_AndTheDollarPartsAddUp()
    {
        // 1,000 t at $2,000/t, then 1,200 t at $2,500/t: value +50%, volume +20%, unit value +25%.
        var before = Dataset("2024-01", "2024-06", 2_000_000m, 1_000_000m);
        var now = Dataset("2025-01", "2025-06", 3_000_000m, 1_200_000m);

        var split = Assert.Single(Splits([before, now]));

        Assert.Equal((50.0m, 20.0m, 25.0m), (split.ValuePercent, split.VolumePercent, split.UnitValuePercent));
        Assert.Equal(1_000_000m, split.ValueChangeUsd);
        Assert.Equal(400_000m, split.VolumeEffectUsd);
        Assert.Equal(600_000m, split.PriceEffectUsd);
        Assert.Equal(split.ValueChangeUsd, split.VolumeEffectUsd + split.PriceEffectUsd);
        Assert.Equal(("H1 2025", "H1 2024"), (split.PeriodLabel, split.PreviousPeriodLabel));
        Assert.Equal(DerivedQualifier.Exact, split.Qualifier);
    }

    [Fact]
    public void Split_OnlyLikeForLike_HalfYearAgainstFullYearIsNotSplit()
    {
        Assert.Empty(Splits([
            Dataset("2024-01", "2024-12", 2_000_000m, 1_000_000m),
            Dataset("2025-01", "2025-06", 3_000_000m, 1_200_000m),
        ]));
    }

    [Fact]
    public void Split_NeedsBothQuantities_NoneIsEstimated()
    {
        Assert.Empty(Splits([
            Dataset("2024-01", "2024-12", 2_000_000m, null),
            Dataset("2025-01", "2025-12", 3_000_000m, 1_200_000m),
        ]));
    }

    [Fact]
    public void Split_NeedsTheSameUnit()
    {
        var before = Dataset("2024-01", "2024-12", 2_000m, 100m);
        var now = WithQuantity(Dataset("2025-01", "2025-12", 3_000m, null), 100m, "carat");

        Assert.Null(VolumePriceSplit.Of(now, before));
    }

    [Fact]
    public void Split_OfPressQuantities_IsApproximate()
    {
        var before = WithQuantity(Fig.Make("2501", "2024-01", "2024-03", 1_000_000m), 10_000_000m);
        var now = WithQuantity(Fig.Make("2501", "2025-01", "2025-03", 1_830_000m), 13_640_000m);

        var split = Assert.Single(Splits([before, now]));

        Assert.Equal(DerivedQualifier.Approximate, split.Qualifier);
        Assert.Equal(36.4m, split.VolumePercent);
    }

    [Fact]
    public void Split_DifferentReporters_AreNotPaired()
    {
        Assert.Empty(Splits([
            Dataset("2024-01", "2024-12", 2_000_000m, 1_000_000m, reporter: "PK-PBS"),
            Dataset("2025-01", "2025-12", 3_000_000m, 1_200_000m, reporter: "CN-GACC"),
        ]));
    }
}
