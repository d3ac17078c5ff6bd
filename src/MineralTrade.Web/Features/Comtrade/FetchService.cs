using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MineralTrade.Web.Data;
using MineralTrade.Web.Features.Imports;

namespace MineralTrade.Web.Features.Comtrade;

/// <summary>
/// Runs the fetch (docs/decisions/0120): one run at a time in a process, and one process at a time across nodes
/// (<see cref="FetchLease"/>). A run (<see cref="FetchRunner"/>) asks the availability endpoint what was released since
/// the store last had it (without a key: the recent window), asks for those reporter-periods twelve at a time, and
/// stores each through the import, all or nothing, in a transaction of its own with its progress: a run killed at any
/// moment resumes where it stopped. A period that fails writes nothing and is asked for again next run.
/// </summary>
public sealed class FetchService(IDbContextFactory<MineralTradeDbContext> dbFactory, ComtradeClient client, ImportService imports,
    IOptions<ComtradeOptions> options, TimeProvider time, ILogger<FetchService> logger)
{
    /// <summary>What a run uses of its service.</summary>
    internal sealed record Needs(IDbContextFactory<MineralTradeDbContext> DbFactory, ComtradeClient Client, ImportService Imports,
        ComtradeOptions Options, TimeProvider Time, ILogger Logger);

    private readonly SemaphoreSlim _oneRun = new(1, 1);

    /// <summary>How long a lease lasts without being renewed: longer than the slowest call with its back-offs, or an import.</summary>
    private TimeSpan LeaseLength => TimeSpan.FromSeconds(options.Value.TimeoutSeconds + options.Value.MaxBackoffSeconds + 600);

    /// <param name="runBy">Who runs it, as the history says: <c>cli</c> or <c>refresher</c>.</param>
    /// <param name="progress">Told of each reporter-period as it is stored or fails (the command prints them).</param>
    public async Task<FetchReport> RunAsync(string runBy, bool dryRun, CancellationToken cancellationToken, Action<DatasetOutcome>? progress = null)
    {
        if (!await _oneRun.WaitAsync(TimeSpan.Zero, cancellationToken))
        {
            return FetchReport.WhenBusy("another fetch is running in this process");
        }
        try
        {
            var (lease, heldBy) = await FetchLease.TryTakeAsync(dbFactory, time, LeaseLength, cancellationToken);
            if (lease is null)
            {
                return FetchReport.WhenBusy($"another fetch is running, on {heldBy}");
            }
            await using (lease)
            {
                var needs = new Needs(dbFactory, client, imports, options.Value, time, logger);
                return await new FetchRunner(needs, lease, runBy, dryRun, progress).ExecuteAsync(cancellationToken);
            }
        }
        finally
        {
            _oneRun.Release();
        }
    }
}
