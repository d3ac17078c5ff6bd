using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MineralTrade.Web.Data;

namespace MineralTrade.Web.Features.Comtrade;

/// <summary>
/// The background refresh (<c>Comtrade:Refresh:Enabled</c>): a run of the fetch every <c>Comtrade:Refresh:Interval</c>
/// (a day by default) after the last run of any node, plus up to a tenth of it at random, so that nodes and restarts
/// do not call together; a node that finds another fetching leaves the run to it (the lease). A fresh store is
/// fetched soon after start. A run's failure is logged and the next one is tried at the next interval.
/// </summary>
public sealed class ComtradeRefresher(FetchService fetch, IDbContextFactory<MineralTradeDbContext> dbFactory, IOptions<ComtradeOptions> options,
    TimeProvider time, ILogger<ComtradeRefresher> logger) : BackgroundService
{
    /// <summary>When this node means to run next; null while the refresh is off.</summary>
    public DateTimeOffset? NextRun { get; private set; }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var refresh = options.Value.Refresh;
        if (!refresh.Enabled || refresh.Interval <= TimeSpan.Zero)
        {
            return;
        }
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var due = await DueAsync(refresh.Interval, stoppingToken);
                var jitter = TimeSpan.FromMilliseconds(Random.Shared.NextDouble() * Math.Min(refresh.Interval.TotalMilliseconds / 10, due is null ? 60_000 : double.MaxValue));
                NextRun = (due ?? time.GetUtcNow()) + jitter;
                var wait = NextRun.Value - time.GetUtcNow();
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, time, stoppingToken);
                }
                if (await DueAsync(refresh.Interval, stoppingToken) is { } stillDue && stillDue > time.GetUtcNow())
                {
                    // Another node ran meanwhile.
                    continue;
                }
                // The run logs its own report (FetchLog); a busy one (another node fetching) is left to that node.
                await fetch.RunAsync("refresher", dryRun: false, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // The site goes on serving what it has; the next interval tries again.
                logger.LogError(e, "UN Comtrade+ refresh failed; the next run is in {Interval}", refresh.Interval);
                await Task.Delay(refresh.Interval, time, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    /// <summary>When the next run is due: an interval after the last run of any node; null when there was none.</summary>
    private async Task<DateTimeOffset?> DueAsync(TimeSpan interval, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var last = await db.FetchRuns.MaxAsync(r => (DateTime?)r.StartedAt, cancellationToken);
        return last is { } at ? new DateTimeOffset(DateTime.SpecifyKind(at, DateTimeKind.Utc)) + interval : null;
    }
}
