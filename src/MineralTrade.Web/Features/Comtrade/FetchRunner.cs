using Microsoft.EntityFrameworkCore;
using MineralTrade.Web.Features.Imports;

namespace MineralTrade.Web.Features.Comtrade;

/// <summary>
/// One run of the fetch, once it holds the lease (<see cref="FetchService"/>): what to ask (<see cref="FetchPlanner"/>),
/// the calls, their answers into one file per period (<see cref="FetchSpool"/>), and each period into the store
/// through the import with its progress, all or nothing. Its records (the run, each call) are <see cref="FetchLog"/>'s.
/// </summary>
internal sealed class FetchRunner(FetchService.Needs service, FetchLease lease, string runBy, bool dryRun, Action<DatasetOutcome>? progress)
{
    private readonly List<DatasetOutcome> _outcomes = [];
    private readonly string _directory = Path.Combine(Path.GetTempPath(), $"mineraltrade-fetch-{Environment.ProcessId}-{Guid.NewGuid():N}");
    private readonly FetchLog _log = new(service, dryRun);
    private int _calls;
    private string? _stopped;

    /// <summary>The release of each reporter-period the availability listed (none without a key).</summary>
    private Dictionary<Dataset, DateTime?> _released = [];

    private ComtradeOptions Options => service.Options;

    private bool Preview => !Options.HasKey;

    private string BudgetWords => $"the daily budget of {Options.DailyCalls} calls (Comtrade:DailyCalls) is spent";

    public async Task<FetchReport> ExecuteAsync(CancellationToken cancellationToken)
    {
        await _log.StartAsync(runBy, Preview, cancellationToken);
        try
        {
            var series = Options.TrackedSeriesOrDefaults;
            var needed = await NeededAsync(series, cancellationToken);
            if (needed is { Count: > 0 })
            {
                foreach (var batch in FetchPlanner.Batches(needed))
                {
                    if (_stopped is null)
                    {
                        await FetchBatchAsync(batch, series, cancellationToken);
                    }
                    else
                    {
                        Leave(batch);
                    }
                }
            }
            var outcome = needed is { Count: 0 } ? FetchOutcome.NothingNew
                : _outcomes.Any(o => o.Failure is not null) || _stopped is not null && _stopped != BudgetWords ? FetchOutcome.Failed
                : _stopped is not null || _outcomes.Any(o => o.Left) ? FetchOutcome.BudgetSpent
                : FetchOutcome.Complete;
            return await _log.FinishAsync(outcome, _calls, _outcomes, _stopped);
        }
        finally
        {
            if (Directory.Exists(_directory))
            {
                Directory.Delete(_directory, recursive: true);
            }
        }
    }

    private void Leave(FetchBatch batch) =>
        _outcomes.AddRange(batch.Periods.Select(p => new DatasetOutcome(new Dataset(batch.Frequency, batch.Reporter, p), null, null, null, Left: true)));

    /// <summary>The reporter-periods to fetch; null when the availability could not be asked (the run failed).</summary>
    private async Task<IReadOnlyList<Dataset>?> NeededAsync(IReadOnlyList<TrackedSeries> series, CancellationToken cancellationToken)
    {
        if (Preview)
        {
            var window = FetchPlanner.RecentWindow(series, DateOnly.FromDateTime(service.Time.GetUtcNow().UtcDateTime), Options.RecentMonths, Options.RecentYears);
            _released = window.ToDictionary(d => d, _ => (DateTime?)null);
            return window;
        }
        var available = new List<Availability>();
        foreach (var (frequency, reporter) in series.SelectMany(s => s.FrequencyCodes.Select(f => (f, s.Reporter))).Distinct().Order())
        {
            var path = $"data/v1/getDa/C/{frequency}/HS?reportercode={reporter}";
            var outcome = await CallAsync(path, async (body, ct) =>
            {
                var answer = await ComtradeAnswerReader.ReadAsync(body, record =>
                {
                    if (FetchPlanner.TryParsePeriod(frequency, record.GetValueOrDefault("period"), out var period)
                        && int.TryParse(record.GetValueOrDefault("reporterCode"), out var code) && code == reporter)
                    {
                        available.Add(new Availability(new Dataset(frequency, reporter, period), ParseRelease(record.GetValueOrDefault("lastReleased"))));
                    }
                }, ct);
                return answer;
            }, cancellationToken);
            if (outcome.Failure is not null || outcome.BudgetSpent)
            {
                _stopped = outcome.BudgetSpent ? BudgetWords : $"the availability of {frequency} {reporter} could not be asked: {outcome.Failure}";
                return null;
            }
        }
        var stored = await _log.StoredReleasesAsync(cancellationToken);
        var needed = FetchPlanner.Released(series, available, stored);
        _released = available.GroupBy(a => a.Dataset).ToDictionary(g => g.Key, g => g.Max(a => a.LastReleased));
        return needed;
    }

    private async Task FetchBatchAsync(FetchBatch batch, IReadOnlyList<TrackedSeries> series, CancellationToken cancellationToken)
    {
        using var spool = new FetchSpool(_directory, batch.Frequency, batch.Periods);
        var failures = new Dictionary<int, string>();
        foreach (var query in FetchPlanner.Queries(batch, series, Preview))
        {
            await AskAsync(query, spool, failures, cancellationToken);
            if (_stopped is not null)
            {
                Leave(batch);
                return;
            }
        }
        var retrieved = service.Time.GetUtcNow().UtcDateTime;
        foreach (var period in batch.Periods)
        {
            var dataset = new Dataset(batch.Frequency, batch.Reporter, period);
            var release = _released.GetValueOrDefault(dataset);
            if (failures.TryGetValue(period, out var failure))
            {
                var failed = new DatasetOutcome(dataset, release, null, failure);
                _outcomes.Add(failed);
                progress?.Invoke(failed);
                continue;
            }
            if (!await lease.RenewAsync(cancellationToken))
            {
                _stopped = "the fetch lease was lost to another process";
                _outcomes.Add(new DatasetOutcome(dataset, release, null, null, Left: true));
                continue;
            }
            var stored = await StoreAsync(dataset, release, retrieved, spool, series, batch, cancellationToken);
            _outcomes.Add(stored);
            progress?.Invoke(stored);
        }
    }

    /// <summary>Asks one call's data into the spool, splitting it where the answer may have been cut; records the periods that failed.</summary>
    private async Task AskAsync(ComtradeQuery query, FetchSpool spool, Dictionary<int, string> failures, CancellationToken cancellationToken)
    {
        var cap = Preview ? ComtradeApi.PreviewCap : Options.MaxRecords;
        var path = query.PathAndQuery(Preview, cap);
        string? problem = null;
        ComtradeAnswerReader? answer = null;
        var outcome = await CallAsync(path, async (body, ct) =>
        {
            problem = null;
            answer = await ComtradeAnswerReader.ReadAsync(body, record =>
            {
                if (problem is null && !spool.TryAdd(record, query, out var p))
                {
                    problem = p;
                }
            }, ct);
            return answer;
        }, cancellationToken);
        if (outcome.BudgetSpent)
        {
            _stopped = BudgetWords;
            return;
        }
        var reason = outcome.Failure ?? problem
            ?? (answer!.Error is { } error ? $"the API says: {error}" : null)
            ?? (answer.Count is { } count && count != answer.Records ? $"the answer says count {count} but holds {answer.Records} records: it was cut" : null);
        if (reason is null && answer!.Records >= cap)
        {
            // An answer of exactly the cap may have been cut: ask for its halves instead (their records are written once).
            var halves = query.Split();
            if (halves.Count == 0)
            {
                reason = $"{answer.Records} records for one period and one code reach the cap of {cap} a call{(Preview ? " of the keyless preview: a key (README) lifts it" : "")}";
            }
            else
            {
                await _log.NoteAsync(path, outcome, (int)answer.Records, $"{answer.Records} records, the cap: split in two", cancellationToken);
                foreach (var half in halves)
                {
                    await AskAsync(half, spool, failures, cancellationToken);
                }
                return;
            }
        }
        if (reason is not null && query.Periods.Count > 1 && outcome.StatusCode is not (>= 400 and < 500))
        {
            // A broken answer for several periods: their halves are asked, so that one bad period does not fail the others.
            await _log.NoteAsync(path, outcome, (int)(answer?.Records ?? 0), $"{reason}: its periods are asked in halves", cancellationToken);
            foreach (var half in query.Split())
            {
                await AskAsync(half, spool, failures, cancellationToken);
            }
            return;
        }
        await _log.NoteAsync(path, outcome, (int)(answer?.Records ?? 0), reason, cancellationToken);
        if (reason is not null)
        {
            foreach (var period in query.Periods)
            {
                failures.TryAdd(period, reason);
            }
        }
    }

    /// <summary>One reporter-period into the store through the import, with its release and progress, in one transaction.</summary>
    private async Task<DatasetOutcome> StoreAsync(Dataset dataset, DateTime? released, DateTime retrieved, FetchSpool spool,
        IReadOnlyList<TrackedSeries> series, FetchBatch batch, CancellationToken cancellationToken)
    {
        if (spool.WrittenFor(dataset.Period) == 0 && Preview)
        {
            // Without a key nothing says whether the period is out yet: an answer without a record stores nothing.
            return new DatasetOutcome(dataset, released, null, null) { Empty = true };
        }
        var asked = FetchPlanner.Queries(batch with { Periods = [dataset.Period] }, series, Preview);
        var part = new ImportPart(
            ImportedBy: "fetch:" + runBy,
            Source: ComtradeApi.Source(Options.BaseUrl, released, retrieved, _log.RunId),
            Answers: ComtradeApi.Answers(dataset, asked),
            IntoImportId: _log.ImportId,
            Format: ImportFormat.ComtradeApi,
            BeforeCommit: async (db, summary, ct) =>
            {
                db.ComtradeReleases.Add(new ComtradeRelease
                {
                    FetchRunId = _log.RunId, Frequency = dataset.Frequency, ReporterCode = dataset.Reporter, Period = dataset.Period,
                    Released = released, RetrievedAt = retrieved, ImportId = summary.ImportId,
                    Added = summary.Added, Changed = summary.Changed, Withdrawn = summary.Removed, Unchanged = summary.Unchanged, Skipped = summary.Skipped,
                });
                if (summary.ImportId is { } id && _log.ImportId is null)
                {
                    await db.FetchRuns.Where(r => r.Id == _log.RunId).ExecuteUpdateAsync(s => s.SetProperty(r => r.ImportId, id), ct);
                }
                await db.SaveChangesAsync(ct);
            });
        var file = spool.Complete(dataset.Period);
        var waited = System.Diagnostics.Stopwatch.StartNew();
        ImportResult result;
        while ((result = await service.Imports.ImportAsync(file, $"UN Comtrade+ API, fetch #{_log.RunId}", part, dryRun, cancellationToken)).Busy is not null
            && waited.Elapsed < TimeSpan.FromSeconds(Options.StoreWaitSeconds) && await lease.RenewAsync(cancellationToken))
        {
            // Another import or a restore holds the store: no client is there to try again, so the fetch does (docs/operations.md).
            await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
        }
        if (result.Busy is { } busy)
        {
            return new DatasetOutcome(dataset, released, null,
                $"the store was busy for {(int)waited.Elapsed.TotalSeconds} s (Comtrade:StoreWaitSeconds {Options.StoreWaitSeconds}): {busy}");
        }
        if (result.Summary is not { } summary)
        {
            return new DatasetOutcome(dataset, released, null,
                $"the answer did not pass the import's checks ({result.ProblemCount} problems: {string.Join("; ", result.Problems.Take(3))})");
        }
        _log.ImportId ??= summary.ImportId;
        return new DatasetOutcome(dataset, released, summary, null);
    }

    private async Task<CallOutcome> CallAsync(string path, Func<Stream, CancellationToken, Task<ComtradeAnswerReader>> read, CancellationToken cancellationToken)
    {
        if (!await lease.RenewAsync(cancellationToken))
        {
            _stopped = "the fetch lease was lost to another process";
            return new CallOutcome(null, _stopped, false, 0, TimeSpan.Zero);
        }
        var outcome = await service.Client.GetAsync(path, async (body, ct) => await read(body, ct), cancellationToken);
        _calls += outcome.Tries;
        return outcome;
    }

    private static DateTime? ParseRelease(string? text) =>
        DateTime.TryParse(text, System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.DateTimeStyles.AssumeUniversal | System.Globalization.DateTimeStyles.AdjustToUniversal, out var at) ? at : null;
}
