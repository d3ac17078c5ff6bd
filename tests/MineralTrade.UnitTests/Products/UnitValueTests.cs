using MineralTrade.Web.Features.Figures;
using MineralTrade.Web.Features.Products;

namespace MineralTrade.UnitTests.Products;

public class UnitValueTests
{
    internal static Figure WithQuantity(Figure f, decimal? quantity, string? unit = "kg")
    {
        f.Quantity = quantity;
        f.QuantityUnit = unit;
        return f;
    }

    [Fact]
    public void UnitValue_KilogramsArePerTonne()
    {
        var f = WithQuantity(Fig.Make("2603", "2024-01", "2024-12", 2_000_000m, kind: SourceKind.Dataset), 1_000_000m);

        var unit = UnitValue.Of(f)!;

        Assert.Equal(2_000m, unit.UsdPerUnit);
        Assert.Equal("t", unit.Per);
        Assert.Equal(1_000m, unit.Amount);
        Assert.Equal(DerivedQualifier.Exact, unit.Qualifier);
        Assert.Equal("$2,000/t", unit.Display);
    }

    [Fact]
    public void UnitValue_OtherUnits_ArePerThatUnit()
    {
        var f = WithQuantity(Fig.Make("7103", "2024-01", "2024-12", 500m, kind: SourceKind.Dataset), 200m, "carat");

        var unit = UnitValue.Of(f)!;

        Assert.Equal((2.5m, "carat"), (unit.UsdPerUnit, unit.Per));
        Assert.Equal("$2.50/carat", unit.Display);
    }

    [Fact]
    public void UnitValue_FromAPressFigure_IsApproximate_TheQuantityHasNoQualifierOfItsOwn()
    {
        // Salt to China, Q1 2025: $1.83 M for "over 13.64 million kilograms".
        var f = WithQuantity(Fig.Make("2501", "2025-01", "2025-03", 1_830_000m), 13_640_000m);

        var unit = UnitValue.Of(f)!;

        Assert.Equal(DerivedQualifier.Approximate, unit.Qualifier);
        Assert.StartsWith("~ $134", unit.Display, StringComparison.Ordinal);
        Assert.NotNull(unit.Reason);
    }

    [Theory]
    [InlineData(null, "kg")]
    [InlineData(0, "kg")]
    [InlineData(1000, null)]
    [InlineData(1000, " ")]
    public void UnitValue_WithoutAPositiveQuantityAndUnit_IsNone(int? quantity, string? unit) =>
        Assert.Null(UnitValue.Of(WithQuantity(Fig.Make("2603", "2024-01", "2024-12", 100m), quantity, unit)));

    [Fact]
    public void UnitValue_WithoutAValue_IsNone_NeverEstimated() =>
        Assert.Null(UnitValue.Of(WithQuantity(Fig.Make("2602", "2024-01", "2024-12", null), 1000m)));

    [Theory]
    [InlineData(13_640_000, "kg", "13,640 t")]
    [InlineData(500, "kg", "500 kg")]
    [InlineData(200, "carat", "200 carat")]
    [InlineData(null, "kg", "no quantity known")]
    public void Quantity_IsShownInTonnesFromATonneUp(int? quantity, string unit, string expected) =>
        Assert.Equal(expected, UnitValue.Quantity(quantity, unit));
}
