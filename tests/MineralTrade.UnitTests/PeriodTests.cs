using MineralTrade.Web.Features.Figures;

namespace MineralTrade.UnitTests;

public class PeriodTests
{
    private static int M(string text) => Period.Parse(text);

    [Theory]
    [InlineData("2025-01", "2025-12", PeriodKind.Annual, "2025")]
    [InlineData("2025-01", "2025-06", PeriodKind.HalfYear, "H1 2025")]
    [InlineData("2021-12", "2021-12", PeriodKind.Month, "Dec 2021")]
    [InlineData("2023-07", "2024-06", PeriodKind.FiscalYear, "FY2023-24")]
    [InlineData("2099-07", "2100-06", PeriodKind.FiscalYear, "FY2099-00")]
    [InlineData("2024-07", "2024-09", PeriodKind.Quarter, "Q3 2024")]
    [InlineData("2023-01", "2023-05", PeriodKind.Other, "Jan–May 2023")]
    [InlineData("2024-07", "2025-01", PeriodKind.Other, "Jul 2024–Jan 2025")]
    public void KindAndLabel_OfSeedPeriods(string start, string end, PeriodKind kind, string label)
    {
        Assert.Equal(kind, Period.KindOf(M(start), M(end)));
        Assert.Equal(label, Period.Label(M(start), M(end)));
    }

    [Theory]
    [InlineData("2025-07", "2025-09", "Q1 FY2025-26 (Jul–Sep 2025)")]
    [InlineData("2025-10", "2025-12", "Q2 FY2025-26 (Oct–Dec 2025)")]
    [InlineData("2026-01", "2026-03", "Q3 FY2025-26 (Jan–Mar 2026)")]
    [InlineData("2026-04", "2026-06", "Q4 FY2025-26 (Apr–Jun 2026)")]
    [InlineData("2024-07", "2024-12", "H1 FY2024-25 (Jul–Dec 2024)")]
    [InlineData("2025-01", "2025-06", "H2 FY2024-25 (Jan–Jun 2025)")]
    [InlineData("2024-07", "2025-06", "FY2024-25")]
    [InlineData("2025-01", "2025-12", "2025")]
    [InlineData("2023-08", "2023-08", "Aug 2023")]
    public void Label_ForAPakistaniReporter_NamesQuartersAndHalvesInTheFiscalYear(string start, string end, string label)
    {
        Assert.Equal(label, Period.Label(M(start), M(end), "PK-SBP"));
        Assert.Equal(label, Period.Label(M(start), M(end), fiscal: true));
    }

    [Fact]
    public void Label_ForChinasCustoms_KeepsTheCalendar() =>
        Assert.Equal("Q3 2025", Period.Label(M("2025-07"), M("2025-09"), "CN-GACC"));

    [Theory]
    [InlineData(new[] { "PK-SBP" }, "2025-07", "2025-09", "Q1 FY2025-26 (Jul–Sep 2025)")]
    [InlineData(new[] { "PK-SBP", "PK-TDAP" }, "2025-07", "2025-09", "Q1 FY2025-26 (Jul–Sep 2025)")]
    [InlineData(new[] { "CN-GACC" }, "2025-07", "2025-09", "Q3 2025")]
    [InlineData(new[] { "CN-GACC", "unstated" }, "2025-01", "2025-06", "H1 2025")]
    [InlineData(new[] { "CN-GACC", "PK-SBP" }, "2025-07", "2025-09", "Jul–Sep 2025")]
    [InlineData(new[] { "PK-SBP", "CN-GACC" }, "2024-07", "2024-12", "Jul–Dec 2024")]
    [InlineData(new[] { "CN-GACC", "PK-SBP" }, "2023-10", "2023-10", "Oct 2023")]
    [InlineData(new[] { "CN-GACC", "PK-SBP" }, "2024-07", "2025-06", "FY2024-25")]
    [InlineData(new[] { "CN-GACC", "PK-SBP" }, "2022-07", "2022-11", "Jul–Nov 2022")]
    public void Label_ForSeveralReporters_IsTheirsWhereTheyAgree_TheMonthsWhereFiscalMeetsCalendar(string[] reporters, string start, string end, string label) =>
        Assert.Equal(label, Period.Label(M(start), M(end), reporters));

    [Fact]
    public void LabelLines_OfAFiscalQuarter_PutTheMonthsOnASecondLine()
    {
        Assert.Equal(["Q1 FY2025-26", "Jul–Sep 2025"], Period.LabelLines(M("2025-07"), M("2025-09"), fiscal: true));
        Assert.Equal(["Q3 2025"], Period.LabelLines(M("2025-07"), M("2025-09")));
    }

    [Fact]
    public void Sequence_OfYears_HasEveryYearOnce_GapsIncluded() =>
        Assert.Equal(
            ["2018", "2019", "2020", "2021", "2022"],
            Period.Sequence(PeriodKind.Annual, M("2018-01"), M("2022-01")).Select(p => Period.Label(p.Start, p.End)));

    [Fact]
    public void Sequence_OfFiscalQuarters_RunsAcrossTheNewYear() =>
        Assert.Equal(
            ["Q1 FY2024-25 (Jul–Sep 2024)", "Q2 FY2024-25 (Oct–Dec 2024)", "Q3 FY2024-25 (Jan–Mar 2025)", "Q4 FY2024-25 (Apr–Jun 2025)", "Q1 FY2025-26 (Jul–Sep 2025)"],
            Period.Sequence(PeriodKind.Quarter, M("2024-07"), M("2025-07")).Select(p => Period.Label(p.Start, p.End, fiscal: true)));

    [Fact]
    public void Sequence_OfMonths_EndsWithTheLastMonth()
    {
        var months = Period.Sequence(PeriodKind.Month, M("2022-11"), M("2023-02")).ToList();
        Assert.Equal([(M("2022-11"), M("2022-11")), (M("2022-12"), M("2022-12")), (M("2023-01"), M("2023-01")), (M("2023-02"), M("2023-02"))], months);
    }

    [Theory]
    [InlineData("2025-13")]
    [InlineData("2025-1")]
    [InlineData("202501")]
    [InlineData("abcd-01")]
    [InlineData("")]
    public void TryParse_NotYearMonth_Fails(string text) => Assert.False(Period.TryParse(text, out _));
}
