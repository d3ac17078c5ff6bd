using Microsoft.EntityFrameworkCore;

namespace MineralTrade.IntegrationTests.Comtrade;

/// <summary>A revised figure is marked where it is shown: the figures page and the product page (issue 22 item 5).</summary>
public sealed class RevisedMarkTests
{
    [Fact]
    public async Task RevisedFigure_IsMarkedOnTheFiguresAndProductPages_WithALinkToItsHistory()
    {
        await using var h = await FetchHarness.StartAsync();
        await h.FetchAsync();
        var figure = await h.App.QueryAsync(db => db.Figures.AsNoTracking().SingleAsync(f => f.Reporter == "CN-GACC" && f.HsCode == "26" && f.PeriodStart == 202602));
        h.StandIn.Book.Publish("M", 156, 202602, new DateTime(2026, 11, 20, 0, 0, 0, DateTimeKind.Utc), [(("M", 586, "26"), 12_100_000m)]);
        await h.FetchAsync();
        var client = h.App.CreateClient();

        var figures = await client.GetStringAsync("/figures?hs=26&reporter=CN-GACC");
        var product = await client.GetStringAsync("/products/26");

        foreach (var page in new[] { figures, product })
        {
            Assert.Contains("revised on 2026-11-20, was $", page, StringComparison.Ordinal);
            Assert.Contains($"/api/figures/{figure.Id}/history", page, StringComparison.Ordinal);
        }
        // One mark: the figures not revised carry none.
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(figures, "data-testid=\"revised\""));
    }
}
