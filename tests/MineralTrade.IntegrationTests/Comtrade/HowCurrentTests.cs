using System.Globalization;
using Microsoft.EntityFrameworkCore;
using MineralTrade.Tests;

namespace MineralTrade.IntegrationTests.Comtrade;

/// <summary>About says how current the official series are (issue 22 item 7).</summary>
public sealed class HowCurrentTests
{
    [Fact]
    public async Task AfterAFetch_About_SaysTheLatestPeriodItsReleaseAndTheFetch()
    {
        await using var h = await FetchHarness.StartAsync();
        await h.FetchAsync();
        var march = await h.App.QueryAsync(db => db.ComtradeReleases.AsNoTracking().SingleAsync(r => r.ReporterCode == 156 && r.Frequency == "M" && r.Period == 202603));
        var released = march.Released!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var fetched = march.RetrievedAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var client = h.App.CreateClient();

        var about = PageWords.Of(await client.GetStringAsync("/about"));

        Assert.Contains($"<th scope=\"row\"><code>CN-GACC</code></th><td>monthly</td><td>Mar 2026</td>\n                                <td>{released}</td><td>{fetched}</td>",
            about.Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("Last fetch: ", about, StringComparison.Ordinal);
        Assert.Contains(", complete.", about, StringComparison.Ordinal);
        Assert.Contains("does not fetch by itself", about, StringComparison.Ordinal);
        Assert.Contains("href=\"/updates\"", about, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AfterAFetch_Overview_SaysEachSeriesLatestPeriodReleaseAndFetch_TheLastRunAndTheNext()
    {
        await using var h = await FetchHarness.StartAsync();
        await h.FetchAsync();
        var march = await h.App.QueryAsync(db => db.ComtradeReleases.AsNoTracking().SingleAsync(r => r.ReporterCode == 156 && r.Frequency == "M" && r.Period == 202603));
        var released = march.Released!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var fetched = march.RetrievedAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var client = h.App.CreateClient();

        var overview = PageWords.Of(await client.GetStringAsync("/"));

        Assert.Contains("data-testid=\"how-current-line\"", overview, StringComparison.Ordinal);
        Assert.Contains("From UN Comtrade+: ", overview, StringComparison.Ordinal);
        Assert.Contains($"China's General Administration of Customs (CN-GACC), monthly: to Mar 2026, released {released}, fetched {fetched}", overview, StringComparison.Ordinal);
        Assert.Contains(", complete.", overview, StringComparison.Ordinal);
        Assert.Contains("does not fetch by itself", overview, StringComparison.Ordinal);
        Assert.Contains("href=\"/about#current-title\"", overview, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NeverFetched_OverviewHasNoLine_AboutSaysSo()
    {
        await using var app = new MineralTradeApp();
        var client = app.CreateClient();

        var about = PageWords.Of(await client.GetStringAsync("/about"));
        var overview = await client.GetStringAsync("/");

        Assert.DoesNotContain("how-current-line", overview, StringComparison.Ordinal);
        Assert.Contains("has not fetched from the UN Comtrade+ API yet", about, StringComparison.Ordinal);
    }
}
