using MineralTrade.Web.Features.Figures;
using MineralTrade.Web.Features.Market;

namespace MineralTrade.UnitTests.Market;

/// <summary>Year-to-date and 12-month rates of one series (docs/decisions/0066; made-up values, checked by hand).</summary>
public class WindowRateTests
{
    /// <summary>China's imports of 2603 from Pakistan in one month, a press figure unless said.</summary>
    private static Figure Month(int year, int month, decimal value, Qualifier qualifier = Qualifier.Exact, SourceKind kind = SourceKind.Press) =>
        Fig.Make("2603", $"{year}-{month:D2}", $"{year}-{month:D2}", value, qualifier, kind: kind);

    private static List<Figure> Months(int year, IEnumerable<int> months, decimal value, SourceKind kind = SourceKind.Press) =>
        [.. months.Select(m => Month(year, m, value, kind: kind))];

    private static WindowRate Window(IReadOnlyCollection<Figure> series, WindowKind kind) =>
        Assert.Single(WindowRate.OfSeries(series), r => r.Window.Kind == kind);

    [Fact]
    public void YearToDate_AsThePressReportsIt_WithTheRangeOfTheRoundings()
    {
        // $102 M a month in 2026 (published to the million: ± $0.5 M each), $93.6 M in 2025 (to $0.1 M: ± $50,000 each).
        var series = Months(2026, Enumerable.Range(1, 10), 102_000_000m).Concat(Months(2025, Enumerable.Range(1, 10), 93_600_000m)).ToList();

        var ytd = Window(series, WindowKind.YearToDate);

        Assert.Equal((202601, 202610, 202501, 202510), (ytd.Window.Start, ytd.Window.End, ytd.PreviousWindow.Start, ytd.PreviousWindow.End));
        Assert.Equal((1_020_000_000m, 936_000_000m, 5_000_000m, 500_000m), (ytd.Current.ValueUsd, ytd.Previous.ValueUsd, ytd.Current.HalfStep, ytd.Previous.HalfStep));
        // 1,020 / 936 = +8.97%; the roundings allow 1,015 / 936.5 = +8.38% (down: 8.3) to 1,025 / 935.5 = +9.57% (up: 9.6).
        Assert.Equal((9.0m, 8.3m, 9.6m, DerivedQualifier.Exact), (ytd.GrowthPercent, ytd.LowPercent, ytd.HighPercent, ytd.Qualifier));
        Assert.Equal("Year to date, Jan–Oct 2026: $1.02 bn, +9.0% on Jan–Oct 2025 ($936 M), between +8.3% and +9.6% from the published rounding.", MarketText.Window(ytd));
        Assert.Equal(10, ytd.Sources.CurrentIds.Count);
        Assert.Equal(["Test Publisher"], ytd.Sources.Publishers);
    }

    [Fact]
    public void YearToDate_AMonthMissingInTheYearBefore_NoRate_AndTheMonthNamed()
    {
        // Every month of 2026 to October; 2025 without March.
        var series = Months(2026, Enumerable.Range(1, 10), 1_500_000m, SourceKind.Dataset)
            .Concat(Months(2025, Enumerable.Range(1, 12).Where(m => m != 3), 1_000_000m, SourceKind.Dataset)).ToList();

        var ytd = Window(series, WindowKind.YearToDate);

        Assert.Null(ytd.GrowthPercent);
        Assert.Equal([202503], ytd.MissingMonths);
        // What is held is still said: 2026 in full, 2025 a lower bound of the nine months held.
        Assert.Equal((15_000_000m, DerivedQualifier.Exact, 9_000_000m, DerivedQualifier.AtLeast),
            (ytd.Current.ValueUsd, ytd.Current.Qualifier, ytd.Previous.ValueUsd, ytd.Previous.Qualifier));
        Assert.Equal("no rate: no figure for Mar 2025", ytd.NoRateReason);
        Assert.Equal("Year to date, Jan–Oct 2026: $15 M; no rate: no figure for Mar 2025.", MarketText.Window(ytd));
    }

    [Fact]
    public void TwelveMonths_AcrossTheNewYear_AddsTheMonthsOfBothYears()
    {
        // November 2024 to October 2026: $90 M a month in 2024, $100 M in 2025, $110 M in 2026 (exact to the dollar).
        var series = Months(2024, [11, 12], 90_000_000m, SourceKind.Dataset).Concat(Months(2025, Enumerable.Range(1, 12), 100_000_000m, SourceKind.Dataset))
            .Concat(Months(2026, Enumerable.Range(1, 10), 110_000_000m, SourceKind.Dataset)).ToList();

        var twelve = Window(series, WindowKind.Rolling12);

        // 2 × 100 + 10 × 110 = 1,300 against 2 × 90 + 10 × 100 = 1,180: +10.17%.
        Assert.Equal((202511, 202610, 1_300_000_000m, 1_180_000_000m), (twelve.Window.Start, twelve.Window.End, twelve.Current.ValueUsd, twelve.Previous.ValueUsd));
        Assert.Equal((10.2m, DerivedQualifier.Exact), (twelve.GrowthPercent, twelve.Qualifier));
        Assert.Equal("12 months to Oct 2026 (Nov 2025–Oct 2026)", twelve.Window.Words);
    }

    [Fact]
    public void TwelveMonths_ManyMonthsMissing_NamesTheFirstThreeAndHowManyMore()
    {
        var series = Months(2025, Enumerable.Range(1, 10), 1_000_000m).Concat(Months(2026, Enumerable.Range(1, 10), 1_000_000m)).ToList();

        var twelve = Window(series, WindowKind.Rolling12);

        Assert.Equal([202411, 202412, 202511, 202512], twelve.MissingMonths);
        Assert.Equal("no rate: no figure for Nov 2024, Dec 2024, Nov 2025 and 1 more month", twelve.NoRateReason);
    }

    [Fact]
    public void AMonthThatIsALowerBound_MakesTheRateALowerBound_WithAnOpenTop()
    {
        var series = Months(2025, Enumerable.Range(1, 3), 1_000_000m).Append(Month(2026, 1, 1_200_000m)).Append(Month(2026, 2, 1_000_000m))
            .Append(Month(2026, 3, 1_100_000m, Qualifier.AtLeast)).ToList();

        var ytd = Window(series, WindowKind.YearToDate);

        // At least 3.3 against 3.0: at least +10%; the roundings allow no highest value (a bound has none).
        Assert.Equal((10.0m, DerivedQualifier.AtLeast, (decimal?)null), (ytd.GrowthPercent, ytd.Qualifier, ytd.HighPercent));
        Assert.NotNull(ytd.LowPercent);
        Assert.Equal("the later figure is a lower bound: the growth is at least this", ytd.FlagReason);
    }

    [Fact]
    public void TwoFiguresForAMonth_ThePreferredOneIsAdded_Once()
    {
        var series = Months(2025, [1, 2], 1_000_000m, SourceKind.Dataset).Concat(Months(2026, [1, 2], 2_000_000m, SourceKind.Dataset))
            .Append(Month(2026, 2, 9_000_000m)).ToList();

        var ytd = Window(series, WindowKind.YearToDate);

        // The dataset's February, not the press report beside it (decision 5).
        Assert.Equal((4_000_000m, 100.0m), (ytd.Current.ValueUsd, ytd.GrowthPercent));
    }

    [Fact]
    public void AnnualFigures_AreNeverAddedAsMonths_NorIsAWindowMadeWithoutMonths()
    {
        List<Figure> series = [Fig.Make("2603", "2025-01", "2025-12", 11_000_000m), Fig.Make("2603", "2024-01", "2024-12", 8_000_000m)];

        Assert.Empty(WindowRate.OfSeries(series));
    }
}
