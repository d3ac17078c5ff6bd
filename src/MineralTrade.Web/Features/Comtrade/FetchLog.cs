using Microsoft.EntityFrameworkCore;

namespace MineralTrade.Web.Features.Comtrade;

/// <summary>
/// The records a run keeps of itself (Features/Comtrade/FetchRecords.cs): the run as it starts and ends, each call as it
/// is made, and what the store holds of each reporter-period. A dry run keeps none.
/// </summary>
internal sealed class FetchLog(FetchService.Needs service, bool dryRun)
{
    private FetchRun _run = null!;

    public int RunId => _run.Id;

    /// <summary>The run's import-history entry, once a period changed the figures.</summary>
    public int? ImportId { get => _run.ImportId; set => _run.ImportId = value; }

    public async Task StartAsync(string runBy, bool preview, CancellationToken cancellationToken)
    {
        _run = new FetchRun
        {
            StartedAt = service.Time.GetUtcNow().UtcDateTime, RunBy = $"{runBy} on {Environment.MachineName}",
            Endpoint = preview ? "preview" : "data", Outcome = FetchOutcome.Running,
        };
        if (dryRun)
        {
            return;
        }
        await using var db = await service.DbFactory.CreateDbContextAsync(cancellationToken);
        // This process holds the lease: a run still "running" was killed before it could say how it ended.
        await db.FetchRuns.Where(r => r.Outcome == FetchOutcome.Running)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Outcome, FetchOutcome.Interrupted), cancellationToken);
        db.FetchRuns.Add(_run);
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task NoteAsync(string path, CallOutcome outcome, int records, string? problem, CancellationToken cancellationToken)
    {
        if (dryRun)
        {
            return;
        }
        await using var db = await service.DbFactory.CreateDbContextAsync(cancellationToken);
        db.FetchRequests.Add(new FetchRequest
        {
            FetchRunId = _run.Id, At = service.Time.GetUtcNow().UtcDateTime, Url = path, StatusCode = outcome.StatusCode, Records = records,
            Tries = outcome.Tries, Milliseconds = (int)outcome.Elapsed.TotalMilliseconds, Problem = problem is { Length: > 1000 } ? problem[..1000] : problem,
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The run as it ended, in the store and in the log.</summary>
    public async Task<FetchReport> FinishAsync(FetchOutcome outcome, int calls, IReadOnlyList<DatasetOutcome> outcomes, string? stopped)
    {
        var report = new FetchReport(outcome, _run.Id, dryRun, _run.Endpoint, calls, outcomes, _run.ImportId, Stopped: stopped);
        var message = report.Describe();
        if (service.Logger.IsEnabled(LogLevel.Information))
        {
            service.Logger.LogInformation("UN Comtrade+ fetch #{Run}: {Report}", _run.Id, message);
        }
        if (!dryRun)
        {
            await using var db = await service.DbFactory.CreateDbContextAsync(CancellationToken.None);
            var (stored, failed, left) = (outcomes.Count(o => o.Summary is not null || o.Empty), outcomes.Count(o => o.Failure is not null), outcomes.Count(o => o.Left));
            await db.FetchRuns.Where(r => r.Id == _run.Id).ExecuteUpdateAsync(s => s
                .SetProperty(r => r.Outcome, outcome)
                .SetProperty(r => r.FinishedAt, service.Time.GetUtcNow().UtcDateTime)
                .SetProperty(r => r.Calls, calls)
                .SetProperty(r => r.Stored, stored)
                .SetProperty(r => r.Failed, failed)
                .SetProperty(r => r.Left, left)
                .SetProperty(r => r.Message, message), CancellationToken.None);
        }
        return report;
    }

    /// <summary>The latest release the store holds of each reporter-period fetched (null where it was fetched without a key).</summary>
    public async Task<Dictionary<Dataset, DateTime?>> StoredReleasesAsync(CancellationToken cancellationToken)
    {
        await using var db = await service.DbFactory.CreateDbContextAsync(cancellationToken);
        var latest = await db.ComtradeReleases.AsNoTracking()
            .Where(r => r.Id == db.ComtradeReleases.Where(o => o.Frequency == r.Frequency && o.ReporterCode == r.ReporterCode && o.Period == r.Period).Max(o => o.Id))
            .Select(r => new { r.Frequency, r.ReporterCode, r.Period, r.Released })
            .ToListAsync(cancellationToken);
        return latest.ToDictionary(r => new Dataset(r.Frequency, r.ReporterCode, r.Period), r => r.Released);
    }
}
