using Microsoft.EntityFrameworkCore;
using MineralTrade.ComtradeStandIn;
using MineralTrade.Web.Features.Comtrade;

namespace MineralTrade.IntegrationTests.Comtrade;

/// <summary>A fetch killed with SIGKILL as a process resumes where it stopped and leaves no period half stored (issue 22 item 4).</summary>
public sealed class FetchKillTests
{
    /// <summary>27 months of China's imports and Pakistan's exports, and Pakistan's two years: 56 reporter-periods in 7 batches.</summary>
    private static readonly StandInOptions s_standIn = new() { FirstYear = 2024, LastMonth = 202603, LastYear = 2025, Partners = 3 };

    private static readonly Dictionary<string, string?> s_from2024 = new() { ["Comtrade:Track:0:FromYear"] = "2024", ["Comtrade:Track:1:FromYear"] = "2024" };

    [Fact]
    public async Task Fetch_KilledAsAProcessMidRun_ResumesWhereItStopped_AndEqualsAnUninterruptedRun()
    {
        await using var reference = await FetchHarness.StartAsync(settings: s_from2024, standIn: s_standIn);
        await reference.FetchAsync();
        var expected = await FiguresAsync(reference.App);
        var datasets = await reference.App.QueryAsync(db => db.ComtradeReleases.CountAsync());
        await using var h = await FetchHarness.StartAsync(settings: s_from2024, standIn: s_standIn);
        // The store migrated and seeded before the process starts, as a running site's would be.
        Assert.Equal(0, await h.App.QueryAsync(db => db.ComtradeReleases.CountAsync()));
        var settings = new Dictionary<string, string?>(h.App.Store.Settings);
        foreach (var (name, value) in FetchHarness.Settings(h.StandIn.BaseUrl, FetchHarness.Key, s_from2024))
        {
            settings[name] = value;
        }
        // Every data answer takes 1.5 s (the client waits 3): after a batch's periods are stored, the next batch's calls
        // keep the process alive long enough for the poll below to kill it mid-run, whatever the machine's speed.
        h.StandIn.Faults.Add(new Fault { Kind = FaultKind.Delay, Path = "data/v1/get/", Seconds = 1.5, Times = 1000 });

        using var process = AppProcess.Start(settings, "fetch");
        // Read as they come (a full pipe would stop the process); awaited only once it has ended.
        var (stdout, stderr) = (process.StandardOutput.ReadToEndAsync(), process.StandardError.ReadToEndAsync());
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (await h.App.QueryAsync(db => db.ComtradeReleases.CountAsync()) == 0)
        {
            if (process.HasExited)
            {
                Assert.Fail($"the fetch ended before a period was stored: {await stdout}{await stderr}");
            }
            Assert.True(DateTime.UtcNow < deadline, "no period was stored within 3 minutes");
            await Task.Delay(20);
        }
        process.Kill(); // SIGKILL: no finally block, no disposal, no lease given back.
        await process.WaitForExitAsync();
        h.StandIn.Faults.Clear();
        var storedBeforeTheKill = await h.App.QueryAsync(db => db.ComtradeReleases.CountAsync());
        Assert.InRange(storedBeforeTheKill, 1, datasets - 1);
        // No half period: each stored reporter-period holds exactly the figures the uninterrupted run has of it.
        var partial = await FiguresAsync(h.App);
        Assert.All(partial.GroupBy(f => (f.Reporter, f.PeriodStart, f.PeriodEnd)), g => Assert.Equal(
            expected.Where(e => (e.Reporter, e.PeriodStart, e.PeriodEnd) == g.Key).ToList(), g.ToList()));
        Assert.Equal(storedBeforeTheKill, partial.Select(f => (f.Reporter, f.PeriodStart, f.PeriodEnd)).Distinct().Count());
        var dataCallsBefore = h.StandIn.DataCalls.Count();

        // A fresh process of this machine takes the dead one's lease at once (no wait for it to expire).
        var resumed = await h.FetchAsync();

        Assert.Equal(FetchOutcome.Complete, resumed.Outcome);
        // Only what the killed run had not stored is asked again, and nothing of it twice.
        Assert.Equal(datasets - storedBeforeTheKill, resumed.Datasets.Count(d => d.Summary is not null));
        Assert.Equal(expected, await FiguresAsync(h.App));
        Assert.Equal(datasets, await h.App.QueryAsync(db => db.ComtradeReleases.CountAsync()));
        Assert.True(h.StandIn.DataCalls.Count() > dataCallsBefore);
        var runs = await h.App.QueryAsync(db => db.FetchRuns.AsNoTracking().OrderBy(r => r.Id).Select(r => r.Outcome).ToListAsync());
        Assert.Equal([FetchOutcome.Interrupted, FetchOutcome.Complete], runs);
    }

    private sealed record Stored(string Reporter, string Exporter, string Importer, int PeriodStart, int PeriodEnd, string HsCode, decimal? ValueUsd, decimal? Quantity);

    private static Task<List<Stored>> FiguresAsync(FetchApp app) => app.QueryAsync(db => db.Figures.AsNoTracking()
        .Where(f => f.SourcePublisher == ComtradeApi.Publisher)
        .OrderBy(f => f.Reporter).ThenBy(f => f.PeriodStart).ThenBy(f => f.PeriodEnd).ThenBy(f => f.Exporter).ThenBy(f => f.Importer).ThenBy(f => f.HsCode)
        .Select(f => new Stored(f.Reporter, f.Exporter, f.Importer, f.PeriodStart, f.PeriodEnd, f.HsCode, f.ValueUsd, f.Quantity))
        .ToListAsync());
}
