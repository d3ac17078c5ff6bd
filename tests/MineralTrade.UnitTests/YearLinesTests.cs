using MineralTrade.Web.Features.Dashboard;
using MineralTrade.Web.Features.Figures;

namespace MineralTrade.UnitTests;

/// <summary>
/// By year's rule that a later basket holding the earlier one continues its line (<see cref="YearLines"/>), compared
/// stretch by stretch over the two baskets' texts (issue 21): a code added or missing anywhere, and a code that only
/// begins as another.
/// </summary>
public sealed class YearLinesTests
{
    private static Figure[] Year(int year, params IEnumerable<string> codes) =>
        [.. codes.Select(code => Fig.Make(code, $"{year}-01", $"{year}-12", 1_000m))];

    private static IEnumerable<string> Codes(string heading, int from, int to, params int[] except) =>
        Enumerable.Range(from, to - from + 1).Where(n => !except.Contains(n)).Select(n => $"{heading}{n:00}");

    [Fact]
    public void ByYear_ABasketThatWidensTwice_InTheMiddleThenAtTheEnd_GoesOnAsOneLine()
    {
        var line = Assert.Single(OverviewBuilder.ByYear([
            .. Year(2022, "2606", "7602"), .. Year(2023, "2606", "7601", "7602"), .. Year(2024, "2606", "7601", "7602", "7604")]));

        Assert.Equal([2022, 2023, 2024], line.Points.Select(p => p.Year));
        Assert.Equal([("2023", "7601"), ("2024", "7604")], line.Changes.Select(c => (c.PeriodLabel, c.Added)));
    }

    [Fact]
    public void ByYear_ManyCodes_OneAddedInTheMiddle_GoesOn_AndOneMissingInTheMiddle_StartsANewLine()
    {
        var series = OverviewBuilder.ByYear([
            .. Year(2023, Codes("7601", 10, 89, except: 50)), .. Year(2024, Codes("7601", 10, 89)),
            .. Year(2025, Codes("7601", 10, 91, except: 51))]);

        Assert.Equal(2, series.Count);
        var widened = Assert.Single(series, s => s.Points.Count == 2);
        Assert.Equal([2023, 2024], widened.Points.Select(p => p.Year));
        Assert.Equal(["760150"], Assert.Single(widened.Changes).AddedCodes);
        Assert.Equal([2025], Assert.Single(series, s => s.Points.Count == 1).Points.Select(p => p.Year));
    }

    [Fact]
    public void ByYear_ALaterCodeThatOnlyBeginsAsAnEarlierOne_IsNotThatCode_AndStartsANewLine()
    {
        var series = OverviewBuilder.ByYear([.. Year(2023, "2606", "7601"), .. Year(2024, "2606", "76011", "7602")]);

        Assert.Equal(2, series.Count);
        Assert.All(series, s => Assert.Empty(s.Changes));
    }
}
