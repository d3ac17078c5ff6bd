using System.ComponentModel.DataAnnotations;

namespace MineralTrade.Web.Infrastructure;

/// <summary>
/// The <c>RequestLimits</c> section (<c>RequestLimits__Heavy__Burst</c> in the environment): how much one client address
/// may ask of the server, and how long one request may take. docs/security.md gives the reasons for each default.
/// </summary>
public sealed class RequestLimitOptions : IValidatableObject
{
    public const string Section = "RequestLimits";

    /// <summary>Rate and concurrency limits on; timeouts apply either way. Off only to measure raw throughput from one address.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Every request from one address: pages, API, static files, the circuit's connection.</summary>
    public TokenBucket Requests { get; set; } = new() { Burst = 300, Tokens = 30, Every = TimeSpan.FromSeconds(1) };

    /// <summary>Requests whose timeout policy is <c>heavy</c> or <c>extract</c>: growth, totals, the CSV extract, the overview.</summary>
    public TokenBucket Heavy { get; set; } = new() { Burst = 30, Tokens = 1, Every = TimeSpan.FromSeconds(2) };

    /// <summary><c>POST /api/imports</c> with the right key, whatever the answer.</summary>
    public TokenBucket Imports { get; set; } = new() { Burst = 10, Tokens = 1, Every = TimeSpan.FromMinutes(1) };

    /// <summary>
    /// <c>POST /api/imports</c> with a wrong or missing key: counted apart, so that guessing is slowed and a right key
    /// from the same address (an office, a balancer without forwarded headers) is not refused for it.
    /// </summary>
    public TokenBucket ImportKeyFailures { get; set; } = new() { Burst = 10, Tokens = 1, Every = TimeSpan.FromMinutes(1) };

    /// <summary>Heavy requests one address may have running; more wait in its queue, and past the queue get 429.</summary>
    [Range(1, 10_000)] public int HeavyConcurrentPerClient { get; set; } = 2;

    [Range(0, 10_000)] public int HeavyQueuePerClient { get; set; } = 4;

    /// <summary>Heavy requests running at once from all addresses; more wait, and past the queue get 503.</summary>
    [Range(1, 10_000)] public int HeavyConcurrent { get; set; } = 8;

    [Range(0, 100_000)] public int HeavyQueue { get; set; } = 16;

    /// <summary>Interactive circuits (the pages' live connections) one address may hold open at once.</summary>
    [Range(1, 100_000)] public int CircuitsPerClient { get; set; } = 100;

    /// <summary>
    /// The most figures one request computes over (growth, totals, the overview): a broader view gets 422 and a way to
    /// narrow it. The CSV extract streams, and is not bounded by it.
    /// </summary>
    [Range(1, int.MaxValue - 1)] public int MaxFiguresPerRequest { get; set; } = 100_000;

    /// <summary>The <c>Retry-After</c> sent when a concurrency limit (not a rate) turned a request away.</summary>
    public TimeSpan BusyRetryAfter { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Any request without a policy of its own (the circuit's connection has none).</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan HeavyTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>A whole CSV extract, download included.</summary>
    public TimeSpan ExtractTimeout { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>An import, upload included: a 400 MB file over a slow line takes minutes.</summary>
    public TimeSpan ImportTimeout { get; set; } = TimeSpan.FromMinutes(30);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var (name, bucket) in new[] { (nameof(Requests), Requests), (nameof(Heavy), Heavy), (nameof(Imports), Imports), (nameof(ImportKeyFailures), ImportKeyFailures) })
        {
            // The partitioned limiter replenishes every 100 ms: a shorter period would silently give fewer tokens.
            if (bucket.Burst < 1 || bucket.Tokens < 1 || bucket.Every < TimeSpan.FromMilliseconds(100))
            {
                yield return new ValidationResult($"{Section}:{name} needs Burst >= 1, Tokens >= 1 and Every >= 00:00:00.1.", [name]);
            }
        }
        foreach (var (name, value) in new[] { (nameof(Timeout), Timeout), (nameof(HeavyTimeout), HeavyTimeout), (nameof(ExtractTimeout), ExtractTimeout), (nameof(ImportTimeout), ImportTimeout), (nameof(BusyRetryAfter), BusyRetryAfter) })
        {
            if (value <= TimeSpan.Zero)
            {
                yield return new ValidationResult($"{Section}:{name} must be a positive time (hh:mm:ss).", [name]);
            }
        }
    }
}

/// <summary>A token bucket: <see cref="Burst"/> requests at once, then <see cref="Tokens"/> more every <see cref="Every"/>.</summary>
public sealed class TokenBucket
{
    public int Burst { get; set; }

    public int Tokens { get; set; }

    public TimeSpan Every { get; set; }
}
