using MineralTrade.Web.Features.Figures;

namespace MineralTrade.UnitTests;

public sealed class MoneyTests
{
    [Theory]
    [InlineData(1_140_000_000, Qualifier.Exact, "$1.14 bn")]
    [InlineData(101_000_000, Qualifier.AtLeast, "≥ $101 M")]
    [InlineData(550_000_000, Qualifier.Approximate, "~ $550 M")]
    [InlineData(110_900_000, Qualifier.Exact, "$110.9 M")]
    [InlineData(290_000, Qualifier.Exact, "$0.29 M")]
    [InlineData(48_000, Qualifier.Exact, "$48,000")]
    public void Usd_ShowsTheQualifierAsARangeSign(long value, Qualifier qualifier, string expected) =>
        Assert.Equal(expected, Money.Usd(value, qualifier));

    [Fact]
    public void Usd_WithoutAValue_SaysSo_NeverZero() =>
        Assert.Equal("reported, no value published", Money.Usd(null, Qualifier.NamedWithoutValue));

    [Theory]
    [InlineData(4782.8, "+4,783%")]
    [InlineData(20.1, "+20.1%")]
    [InlineData(-12.4, "-12.4%")]
    [InlineData(0, "0.0%")]
    public void Percent_RoundsLargeRatesToWholeNumbers(double percent, string expected) =>
        Assert.Equal(expected, Money.Percent((decimal)percent));

    [Fact]
    public void GrowthValues_KeepTheirOwnQualifiers()
    {
        var rate = Assert.Single(Comparisons.Growth([
            Fig.Make("TOTAL", "2021-01", "2021-06", 1_728_000_000m),
            Fig.Make("TOTAL", "2022-01", "2022-06", 1_918_000_000m, Qualifier.AtLeast),
        ]));

        // Rounded toward the bound: the later value is at least $1,918 M, which "≥ $1.92 bn" would overstate.
        Assert.Equal("≥ $1.91 bn against $1.73 bn", Money.Pair(rate));
    }

    [Theory]
    [InlineData(1_496_840_000, DerivedQualifier.AtLeast, "≥ $1.49 bn")]
    [InlineData(1_496_840_000, DerivedQualifier.Exact, "$1.5 bn")]
    [InlineData(1_496_840_000, DerivedQualifier.AtMost, "≤ $1.5 bn")]
    [InlineData(1_491_000_000, DerivedQualifier.AtMost, "≤ $1.5 bn")]
    [InlineData(350.7, DerivedQualifier.AtLeast, "≥ $350")]
    [InlineData(1_496_840_000, DerivedQualifier.Approximate, "~ $1.5 bn")]
    public void Usd_OfABound_RoundsTowardTheBound(decimal value, DerivedQualifier qualifier, string expected) =>
        Assert.Equal(expected, Money.Usd(value, qualifier));

    [Fact]
    public void Percent_OfALowerBound_RoundsDown() => Assert.Equal("≥ +4,782%", Money.Percent(4782.8m, DerivedQualifier.AtLeast));

    [Fact]
    public void PercentWithRange_AluminiumOres_SaysWhatThePublishedRoundingAllows() =>
        Assert.Equal("+4,783%, between +4,698% and +4,871% from the published rounding",
            Money.PercentWithRange(Comparisons.Rate(Fig.Make("2606", "2025-01", "2025-12", 14_160_000m), Fig.Make("2606", "2024-01", "2024-12", 290_000m))));

    [Fact]
    public void RoundingRange_ValuesExactToTheDollar_SaysNothingMore()
    {
        var rate = Comparisons.Rate(Fig.Make("2603", "2025-01", "2025-12", 4_968_223m, kind: SourceKind.Dataset), Fig.Make("2603", "2024-01", "2024-12", 4_412_117m, kind: SourceKind.Dataset));

        Assert.Null(Money.RoundingRange(rate));
        Assert.Equal(Money.Percent(rate.GrowthPercent, rate.Qualifier), Money.PercentWithRange(rate));
    }

    [Fact]
    public void RoundingRange_ALowerBoundNow_HasOnlyALowEnd() =>
        Assert.Equal("at least +5.2% from the published rounding",
            Money.RoundingRange(Comparisons.Rate(Fig.Make("2601", "2025-01", "2025-12", 101_000_000m, Qualifier.AtLeast), Fig.Make("2601", "2024-01", "2024-12", 95_000_000m))));

    [Fact]
    public void RoundingRange_ALowerBoundAYearEarlier_HasOnlyAHighEnd() =>
        Assert.Equal("at most +14.3% from the published rounding",
            Money.RoundingRange(Comparisons.Rate(Fig.Make("2601", "2025-01", "2025-12", 104_000_000m), Fig.Make("2601", "2024-01", "2024-12", 92_000_000m, Qualifier.AtLeast))));
}
