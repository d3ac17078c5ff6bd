using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MineralTrade.Web.Data;
using MineralTrade.Web.Features.Figures;

namespace MineralTrade.Web.Features.Comtrade;

/// <summary>The latest period a run stored of one reporter and frequency, when UN Comtrade+ released it, and when it was fetched.</summary>
/// <param name="Released">The availability's <c>lastReleased</c>; null where the preview (no key) gave no release date.</param>
public sealed record HeldSeries(string Reporter, string Frequency, int Period, DateOnly? Released, DateOnly Fetched)
{
    public string FrequencyName => Frequency == "A" ? "annual" : "monthly";

    public string PeriodLabel => Frequency == "A" ? Figures.Period.Label(Period * 100 + 1, Period * 100 + 12, Reporter) : Figures.Period.Label(Period, Period, Reporter);
}

/// <summary>How current the store is: per reporter and frequency what the fetch last stored, the last run, and the next.</summary>
/// <param name="LastRun">The latest run of any node; null when the store was never fetched.</param>
/// <param name="NextRun">When this server means to run next; null while its refresher is off.</param>
public sealed record Currency(IReadOnlyList<HeldSeries> Held, FetchRun? LastRun, DateTimeOffset? NextRun, bool RefreshEnabled)
{
    public static string Date(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static string Time(DateTime at) => at.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture) + " UTC";

    /// <summary>
    /// <c>China's General Administration of Customs (CN-GACC), monthly: to Oct 2026, released 2026-11-20, fetched 2026-11-21</c>.
    /// </summary>
    public static string Words(HeldSeries s) =>
        $"{Reporters.Describe(s.Reporter).Split(':')[0]} ({s.Reporter}), {s.FrequencyName}: to {s.PeriodLabel}, "
        + (s.Released is { } released ? $"released {Date(released)}, " : "release date not given (no key), ") + $"fetched {Date(s.Fetched)}";

    /// <summary>The last run's outcome in words, with when it finished (or started, if it has not).</summary>
    public string? LastRunWords => LastRun is not { } run ? null
        : $"Last fetch: {Time(run.FinishedAt ?? run.StartedAt)}, {run.Outcome switch
        {
            FetchOutcome.NothingNew => "nothing new was released",
            FetchOutcome.Complete => "complete",
            FetchOutcome.BudgetSpent => $"the day's call budget ran out ({run.Left} periods left for the next runs)",
            FetchOutcome.Failed => $"{run.Failed} periods failed and are asked for again next run",
            FetchOutcome.Interrupted => "interrupted; the next run resumes it",
            _ => "running",
        }}.";

    public string NextRunWords => RefreshEnabled
        ? NextRun is { } next ? $"Next fetch: about {Time(next.UtcDateTime)}." : "Next fetch: soon after this server started."
        : "This server does not fetch by itself (Comtrade:Refresh:Enabled is off): the store is as current as its last fetch or import.";
}

/// <summary>Reads <see cref="Currency"/>: the latest stored reporter-period per reporter and frequency (a few rows), and the last run.</summary>
public sealed class HowCurrent(IDbContextFactory<MineralTradeDbContext> dbFactory, IOptions<ComtradeOptions> options, ComtradeRefresher refresher)
{
    public async Task<Currency> GetAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        // One row per reporter and frequency: the latest period, and the newest row of it (its latest release).
        var latest = await db.ComtradeReleases.AsNoTracking().GroupBy(r => new { r.ReporterCode, r.Frequency })
            .Select(g => g.OrderByDescending(r => r.Period).ThenByDescending(r => r.Id).First())
            .ToListAsync(cancellationToken);
        var held = latest.OrderBy(r => r.ReporterCode).ThenBy(r => r.Frequency == "M" ? 0 : 1)
            .Select(r => new HeldSeries(r.Dataset.StoreReporter, r.Frequency, r.Period,
                r.Released is { } released ? DateOnly.FromDateTime(released) : null, DateOnly.FromDateTime(r.RetrievedAt)))
            .ToList();
        var lastRun = await db.FetchRuns.AsNoTracking().OrderByDescending(r => r.Id).FirstOrDefaultAsync(cancellationToken);
        return new Currency(held, lastRun, refresher.NextRun, options.Value.Refresh.Enabled);
    }
}
