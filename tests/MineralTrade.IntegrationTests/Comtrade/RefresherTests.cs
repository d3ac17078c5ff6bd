using Microsoft.EntityFrameworkCore;
using MineralTrade.Web.Features.Comtrade;

namespace MineralTrade.IntegrationTests.Comtrade;

/// <summary>The background refresh: on when configured, a run soon after start on a fresh store, then one per interval.</summary>
public sealed class RefresherTests
{
    [Fact]
    public async Task Enabled_RunsTheFetch_InTheBackground_AsTheRefresher()
    {
        await using var h = await FetchHarness.StartAsync(settings: new()
        {
            ["Comtrade:Refresh:Enabled"] = "true",
            ["Comtrade:Refresh:Interval"] = "00:00:02",
        });
        _ = h.App.CreateClient();

        var deadline = DateTime.UtcNow.AddSeconds(90);
        var runs = new List<FetchRun>();
        while (DateTime.UtcNow < deadline && runs.Count(r => r.Outcome != FetchOutcome.Running) < 2)
        {
            await Task.Delay(500);
            runs = await h.App.QueryAsync(db => db.FetchRuns.AsNoTracking().OrderBy(r => r.Id).ToListAsync());
        }

        Assert.True(runs.Count >= 2, $"{runs.Count} runs in 90 s");
        Assert.All(runs, r => Assert.StartsWith("refresher on ", r.RunBy, StringComparison.Ordinal));
        Assert.Equal(FetchOutcome.Complete, runs[0].Outcome);
        Assert.Equal(FetchOutcome.NothingNew, runs[1].Outcome);
        Assert.True(runs[1].StartedAt - runs[0].StartedAt >= TimeSpan.FromSeconds(2));
    }

    [Fact]
    public async Task Disabled_ByDefault_NeverCallsTheApi()
    {
        await using var h = await FetchHarness.StartAsync();
        _ = h.App.CreateClient();

        await Task.Delay(3000);

        Assert.Empty(h.StandIn.Requests);
    }
}
