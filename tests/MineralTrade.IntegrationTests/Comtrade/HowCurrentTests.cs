using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;

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

        var about = WebUtility.HtmlDecode(await client.GetStringAsync("/about"));

        Assert.Contains($"<th scope=\"row\"><code>CN-GACC</code></th><td>monthly</td><td>Mar 2026</td>\n                                <td>{released}</td><td>{fetched}</td>",
            about.Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("Last fetch: ", about, StringComparison.Ordinal);
        Assert.Contains(", complete.", about, StringComparison.Ordinal);
        Assert.Contains("does not fetch by itself", about, StringComparison.Ordinal);
        Assert.Contains("href=\"/updates\"", about, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NeverFetched_AboutSaysSo()
    {
        await using var app = new MineralTradeApp();
        var client = app.CreateClient();

        var about = await client.GetStringAsync("/about");

        Assert.Contains("has not fetched from the UN Comtrade+ API yet", about, StringComparison.Ordinal);
    }
}
