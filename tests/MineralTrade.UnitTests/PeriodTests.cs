using MineralTrade.Web.Features.Figures;

namespace MineralTrade.UnitTests;

public class PeriodTests
{
    [Theory]
    [InlineData("2025-01", "2025-12", PeriodKind.Annual, "2025")]
    [InlineData("2025-01", "2025-06", PeriodKind.HalfYear, "H1 2025")]
    [InlineData("2021-12", "2021-12", PeriodKind.Month, "Dec 2021")]
    [InlineData("2023-07", "2024-06", PeriodKind.FiscalYear, "FY 2023-24")]
    [InlineData("2024-07", "2024-09", PeriodKind.Quarter, "Q3 2024")]
    [InlineData("2023-01", "2023-05", PeriodKind.Other, "Jan–May 2023")]
    [InlineData("2024-07", "2025-01", PeriodKind.Other, "Jul 2024–Jan 2025")]
    public void KindAndLabel_OfSeedPeriods(string start, string end, PeriodKind kind, string label)
    {
        Assert.True(Period.TryParse(start, out var s));
        Assert.True(Period.TryParse(end, out var e));

        Assert.Equal(kind, Period.KindOf(s, e));
        Assert.Equal(label, Period.Label(s, e));
    }

    [Theory]
    [InlineData("2025-13")]
    [InlineData("2025-1")]
    [InlineData("202501")]
    [InlineData("abcd-01")]
    [InlineData("")]
    public void TryParse_NotYearMonth_Fails(string text) => Assert.False(Period.TryParse(text, out _));
}
