using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MineralTrade.Web.Data;
using MineralTrade.Web.Features.Figures;
using MineralTrade.Web.Features.Languages;

namespace MineralTrade.Web.Features.Comtrade;

/// <summary>The latest period a run stored of one reporter and frequency, when UN Comtrade+ released it, and when it was fetched.</summary>
/// <param name="Released">The availability's <c>lastReleased</c>; null where the preview (no key) gave no release date.</param>
public sealed record HeldSeries(string Reporter, string Frequency, int Period, DateOnly? Released, DateOnly Fetched)
{
    public string FrequencyName => HowCurrent.Texts[Frequency == "A" ? "Annual" : "Monthly", Language.Current];

    public string PeriodLabel => Frequency == "A" ? Figures.Period.Label(Period * 100 + 1, Period * 100 + 12, Reporter) : Figures.Period.Label(Period, Period, Reporter);
}

/// <summary>How current the store is: per reporter and frequency what the fetch last stored, the last run, and the next; in the page's language.</summary>
/// <param name="LastRun">The latest run of any node; null when the store was never fetched.</param>
/// <param name="NextRun">When this server means to run next; null while its refresher is off.</param>
public sealed record Currency(IReadOnlyList<HeldSeries> Held, FetchRun? LastRun, DateTimeOffset? NextRun, bool RefreshEnabled)
{
    /// <summary>The setting that turns the fetch on, named as it is configured (in code, in every language).</summary>
    public const string RefreshSetting = "Comtrade:Refresh:Enabled";

    /// <summary><c>2026-11-20</c>, <c>2026年11月20日</c>, <c>20 نومبر 2026</c>.</summary>
    public static string Date(DateOnly day) => PeriodNames.For(Language.Current).Day(day);

    /// <summary><c>2026-12-07 08:30 UTC</c>, <c>2026年12月7日 08:30（UTC）</c>.</summary>
    public static string Time(DateTime at) => HowCurrent.Texts.Format("Time", Language.Current,
        ("day", Date(DateOnly.FromDateTime(at))), ("time", at.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture)));

    /// <summary>
    /// <c>China's General Administration of Customs (CN-GACC), monthly: to Oct 2026, released 2026-11-20, fetched 2026-11-21</c>.
    /// </summary>
    public static string Words(HeldSeries s)
    {
        var language = Language.Current;
        (string, object?)[] parts = [("reporter", Reporters.Name(s.Reporter, language)), ("code", Bidi.Ltr(s.Reporter, language)),
            ("frequency", s.FrequencyName), ("period", s.PeriodLabel), ("fetched", Date(s.Fetched))];
        return s.Released is { } released
            ? HowCurrent.Texts.Format("Series", language, [.. parts, ("released", Date(released))])
            : HowCurrent.Texts.Format("SeriesNoRelease", language, parts);
    }

    /// <summary>The last run's outcome in words, with when it finished (or started, if it has not).</summary>
    public string? LastRunWords
    {
        get
        {
            if (LastRun is not { } run)
            {
                return null;
            }
            var language = Language.Current;
            var outcome = run.Outcome switch
            {
                FetchOutcome.NothingNew => HowCurrent.Texts["NothingNew", language],
                FetchOutcome.Complete => HowCurrent.Texts["Complete", language],
                FetchOutcome.BudgetSpent => HowCurrent.Texts.Plural("BudgetSpent", run.Left, language),
                FetchOutcome.Failed => HowCurrent.Texts.Plural("Failed", run.Failed, language),
                FetchOutcome.Interrupted => HowCurrent.Texts["Interrupted", language],
                _ => HowCurrent.Texts["Running", language],
            };
            return HowCurrent.Texts.Format("LastRun", language, ("time", Time(run.FinishedAt ?? run.StartedAt)), ("outcome", outcome));
        }
    }

    public string NextRunWords => NextRunParts is var (before, setting, after) ? before + setting + after : "";

    /// <summary>The next run in words, before and after the setting's name where the fetch is off (a page shows the name as code).</summary>
    public (string Before, string? Setting, string After) NextRunParts
    {
        get
        {
            var language = Language.Current;
            if (RefreshEnabled)
            {
                return (NextRun is { } next ? HowCurrent.Texts.Format("NextAbout", language, ("time", Time(next.UtcDateTime))) : HowCurrent.Texts["NextSoon", language], null, "");
            }
            var (before, after) = HowCurrent.Texts.Around("NoRefresh", language, "setting");
            return (before, RefreshSetting, after);
        }
    }
}

/// <summary>Reads <see cref="Currency"/>: the latest stored reporter-period per reporter and frequency (a few rows), and the last run.</summary>
public sealed class HowCurrent(IDbContextFactory<MineralTradeDbContext> dbFactory, IOptions<ComtradeOptions> options, ComtradeRefresher refresher)
{
    /// <summary>The words of how current the store is (<c>Resources/Features/Comtrade/HowCurrent.*.resx</c>).</summary>
    internal static readonly Texts Texts = new(typeof(HowCurrent));

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
