using System.ComponentModel.DataAnnotations;

namespace MineralTrade.Web.Features.Comtrade;

/// <summary>
/// The <c>Comtrade</c> section: where the UN Comtrade+ API is, the key, the budget and pace of calls, what to track and
/// the background refresh (README "Keeping the official series current"; docs/decisions/0120 and 0121).
/// </summary>
public sealed class ComtradeOptions : IValidatableObject
{
    public const string Section = "Comtrade";

    /// <summary>The API's address; tests and a test deployment point it at a stand-in on loopback.</summary>
    [Required]
    public Uri BaseUrl { get; set; } = new("https://comtradeapi.un.org/");

    /// <summary>
    /// A subscription key from comtradedeveloper.un.org (free: 500 calls a day, up to 100,000 records a call). With it
    /// the fetch asks <c>data/v1/get</c> and the availability endpoint; without it the keyless preview (500 records a
    /// call) for <see cref="RecentMonths"/> and <see cref="RecentYears"/> only. Sent as a header, never written anywhere.
    /// </summary>
    public string? SubscriptionKey { get; set; }

    /// <summary>Calls a day (UTC) this store makes, availability included, on every node together: the free key's 500 less a margin.</summary>
    [Range(1, 100_000)]
    public int DailyCalls { get; set; } = 450;

    /// <summary>The pause between two calls: the API refills about one call a second and answers faster calls with 429.</summary>
    [Range(0, 60_000)]
    public int PauseMilliseconds { get; set; } = 1100;

    /// <summary>How long one call may take before it counts as timed out and is tried again.</summary>
    [Range(1, 3600)]
    public int TimeoutSeconds { get; set; } = 120;

    /// <summary>How many times a call that timed out or met a 5xx or 429 is tried again, with exponential back-off and jitter.</summary>
    [Range(0, 20)]
    public int Retries { get; set; } = 5;

    /// <summary>The first back-off (a 5xx or a timeout); each next try waits twice as long, up to <see cref="MaxBackoffSeconds"/>.</summary>
    [Range(1, 600_000)]
    public int BackoffMilliseconds { get; set; } = 2000;

    /// <summary>The longest back-off between two tries, and the longest <c>Retry-After</c> honoured before the call counts as failed.</summary>
    [Range(1, 3600)]
    public int MaxBackoffSeconds { get; set; } = 300;

    /// <summary>The records one call of <c>data/v1/get</c> returns at most (the free key's cap); an answer of exactly that many is split.</summary>
    [Range(1, 250_000)]
    public int MaxRecords { get; set; } = 100_000;

    /// <summary>Without a key, the months fetched again at every run, counted back from the current one.</summary>
    [Range(1, 120)]
    public int RecentMonths { get; set; } = 6;

    /// <summary>Without a key, the years fetched again at every run, counted back from the current one.</summary>
    [Range(1, 20)]
    public int RecentYears { get; set; } = 2;

    /// <summary>What to fetch; empty means the documented defaults (<see cref="TrackedSeries.Defaults"/>).</summary>
    public List<TrackedSeries> Track { get; set; } = [];

    /// <summary>
    /// How long a reporter-period fetched waits for the store when another import or a restore holds it, asking again
    /// every <c>Import:WaitSeconds</c>: no client is there to try again, and its answers cost calls of the day's budget.
    /// </summary>
    [Range(0, 86_400)]
    public int StoreWaitSeconds { get; set; } = 600;

    public RefreshOptions Refresh { get; set; } = new();

    /// <summary>With a key, the availability endpoint says what was released; without, the preview's recent window is asked again.</summary>
    public bool HasKey => !string.IsNullOrWhiteSpace(SubscriptionKey);

    public IReadOnlyList<TrackedSeries> TrackedSeriesOrDefaults => Track.Count > 0 ? Track : TrackedSeries.Defaults;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (BaseUrl is not { IsAbsoluteUri: true, Scheme: "http" or "https" } || !BaseUrl.AbsolutePath.EndsWith('/'))
        {
            yield return new ValidationResult($"Comtrade:BaseUrl '{BaseUrl}' must be an http or https address ending with '/'.", [nameof(BaseUrl)]);
        }
        foreach (var (series, i) in Track.Select((s, i) => (s, i)))
        {
            foreach (var problem in series.Problems())
            {
                yield return new ValidationResult($"Comtrade:Track:{i} ({series.Name}): {problem}", [nameof(Track)]);
            }
        }
    }
}

/// <summary>The <c>Comtrade:Refresh</c> section: the background refresher (Features/Comtrade/ComtradeRefresher.cs).</summary>
public sealed class RefreshOptions
{
    /// <summary>Off by default: a store fetches only when told to (<c>fetch</c>) until this is true.</summary>
    public bool Enabled { get; set; }

    /// <summary>Between two runs; each waits up to a tenth of it more, at random, so that nodes and stores do not call at once.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromDays(1);
}
