using MineralTrade.Web.Features.Figures;

namespace MineralTrade.UnitTests;

public class RoundingTests
{
    [Theory]
    [InlineData("290000", "10000")]
    [InlineData("1140000000", "10000000")]
    [InlineData("4968223", "1")]
    [InlineData("633374000", "1000")]
    [InlineData("1000000000", "1000000000")]
    [InlineData("1234.56", "0.01")]
    [InlineData("0", "1")]
    public void Step_PressValue_IsTheLargestPowerOfTenThatDividesIt(string value, string step) =>
        Assert.Equal(decimal.Parse(step, System.Globalization.CultureInfo.InvariantCulture),
            Rounding.Step(Fig.Make("2606", "2025-01", "2025-12", decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture))));

    [Fact]
    public void Step_DatasetValue_IsOneDollar() =>
        Assert.Equal(1m, Rounding.Step(Fig.Make("2606", "2025-01", "2025-12", 14_160_000m, kind: SourceKind.Dataset)));

    [Fact]
    public void GrowthRange_AluminiumOres_IsWhatThePublishedRoundingAllows()
    {
        var (low, high) = Rounding.GrowthRange(Fig.Make("2606", "2025-01", "2025-12", 14_160_000m), Fig.Make("2606", "2024-01", "2024-12", 290_000m));

        Assert.Equal(4698.3m, low);
        Assert.Equal(4870.2m, high);
    }

    [Fact]
    public void GrowthRange_LaterFigureIsALowerBound_HasNoHighEnd()
    {
        var (low, high) = Rounding.GrowthRange(
            Fig.Make("2601", "2025-01", "2025-12", 101_000_000m, Qualifier.AtLeast), Fig.Make("2601", "2024-01", "2024-12", 90_000_000m));

        Assert.NotNull(low);
        Assert.Null(high);
    }

    [Fact]
    public void GrowthRange_EarlierFigureIsALowerBound_HasNoLowEnd()
    {
        var (low, high) = Rounding.GrowthRange(
            Fig.Make("2601", "2025-01", "2025-12", 101_000_000m), Fig.Make("2601", "2024-01", "2024-12", 90_000_000m, Qualifier.AtLeast));

        Assert.Null(low);
        Assert.NotNull(high);
    }

    [Fact]
    public void GrowthRange_DatasetFigures_IsTheRateWithinATenth()
    {
        var (low, high) = Rounding.GrowthRange(
            Fig.Make("2603", "2025-01", "2025-12", 1_234_567.89m, kind: SourceKind.Dataset),
            Fig.Make("2603", "2024-01", "2024-12", 1_000_000.01m, kind: SourceKind.Dataset));

        Assert.Equal(23.4m, low);
        Assert.Equal(23.5m, high);
    }
}
