using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace MineralTrade.Web.Features.Comtrade;

/// <summary>
/// Calls the UN Comtrade+ API: the key as the <c>Ocp-Apim-Subscription-Key</c> header (never in an address, a log line
/// or the store), one call at a time with a pause between calls, every call counted against the daily budget on every
/// node (<see cref="ComtradeCallBudget"/>); 429 waits its <c>Retry-After</c>, 5xx, timeouts and refused connections
/// are tried again with bounded exponential back-off and jitter; any other error answer is a failure whose reason is
/// its <c>statusCode</c> and <c>message</c> (docs/decisions/0120).
/// </summary>
public sealed class ComtradeClient(IHttpClientFactory httpFactory, IOptions<ComtradeOptions> options, ComtradeCallBudget budget, ILogger<ComtradeClient> logger)
{
    public const string KeyHeader = "Ocp-Apim-Subscription-Key";

    /// <summary>The named HttpClient (ComtradeServices): the base address, no timeout of its own (each call has one), no logging of its own.</summary>
    public const string HttpClientName = "Comtrade";

    private readonly ComtradeOptions _options = options.Value;

    /// <summary>
    /// GETs <paramref name="pathAndQuery"/> (relative to <c>Comtrade:BaseUrl</c>) and hands a successful answer's body to
    /// <paramref name="read"/>, which throws <see cref="JsonException"/> for a broken answer and may be called again
    /// after a timeout.
    /// </summary>
    public async Task<CallOutcome> GetAsync(string pathAndQuery, Func<Stream, CancellationToken, Task> read, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        string? lastProblem = null;
        for (var attempt = 0; ; attempt++)
        {
            if (attempt > _options.Retries)
            {
                return Failed(null, $"{lastProblem}; gave up after {attempt} tries", attempt);
            }
            if (!await budget.TrySpendAsync(cancellationToken))
            {
                return new CallOutcome(null, null, BudgetSpent: true, attempt, Stopwatch.GetElapsedTime(started));
            }
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(_options.TimeoutSeconds));
            TimeSpan? wait = null;
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, pathAndQuery);
                if (_options.HasKey)
                {
                    request.Headers.TryAddWithoutValidation(KeyHeader, _options.SubscriptionKey);
                }
                using var response = await httpFactory.CreateClient(HttpClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
                var status = (int)response.StatusCode;
                Log(pathAndQuery, status, attempt, started);
                if (response.IsSuccessStatusCode)
                {
                    await using var body = await response.Content.ReadAsStreamAsync(timeout.Token);
                    try
                    {
                        await read(body, timeout.Token);
                    }
                    catch (JsonException e)
                    {
                        return Failed(status, $"the answer is not whole JSON: {e.Message}", attempt + 1);
                    }
                    catch (Exception e) when (e is IOException or HttpRequestException && !timeout.IsCancellationRequested)
                    {
                        return Failed(status, $"the connection was cut during the answer: {e.Message}", attempt + 1);
                    }
                    return new CallOutcome(status, null, BudgetSpent: false, attempt + 1, Stopwatch.GetElapsedTime(started));
                }
                var error = await ErrorOfAsync(response, timeout.Token);
                if (response.StatusCode == HttpStatusCode.TooManyRequests)
                {
                    wait = RetryAfter(response) ?? Backoff(attempt);
                    if (wait > TimeSpan.FromSeconds(_options.MaxBackoffSeconds))
                    {
                        return Failed(status, $"{error}; the API asks to wait {wait.Value.TotalSeconds:0} s (Retry-After), more than Comtrade:MaxBackoffSeconds", attempt + 1);
                    }
                    lastProblem = error;
                }
                else if (status >= 500)
                {
                    lastProblem = error;
                }
                else
                {
                    return Failed(status, error, attempt + 1);
                }
            }
            catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                lastProblem = $"no answer within {_options.TimeoutSeconds} s (Comtrade:TimeoutSeconds)";
                logger.LogWarning("UN Comtrade+ {Path}: {Problem}", pathAndQuery, lastProblem);
            }
            catch (HttpRequestException e)
            {
                lastProblem = $"the API could not be reached: {e.Message}";
                logger.LogWarning("UN Comtrade+ {Path}: {Problem}", pathAndQuery, lastProblem);
            }
            await Task.Delay(wait ?? Backoff(attempt), cancellationToken);
        }

        CallOutcome Failed(int? status, string reason, int tries)
        {
            logger.LogWarning("UN Comtrade+ {Path} failed: {Reason}", pathAndQuery, reason);
            return new CallOutcome(status, reason, BudgetSpent: false, tries, Stopwatch.GetElapsedTime(started));
        }
    }

    private void Log(string pathAndQuery, int status, int attempt, long started)
    {
        if (logger.IsEnabled(LogLevel.Information))
        {
            logger.LogInformation("UN Comtrade+ GET {Path}: {Status} (try {Try}, {Milliseconds} ms)", pathAndQuery, status, attempt + 1,
                (int)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
    }

    /// <summary>The wait a 429 asks for: seconds, or a date.</summary>
    private static TimeSpan? RetryAfter(HttpResponseMessage response) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - DateTimeOffset.UtcNow is var d && d > TimeSpan.Zero ? d : TimeSpan.Zero,
        _ => null,
    };

    /// <summary>Exponential, bounded, with jitter: between half and all of base × 2^attempt.</summary>
    private TimeSpan Backoff(int attempt)
    {
        var full = Math.Min(_options.MaxBackoffSeconds * 1000.0, _options.BackoffMilliseconds * Math.Pow(2, Math.Min(attempt, 20)));
        return TimeSpan.FromMilliseconds(full / 2 + Random.Shared.NextDouble() * full / 2);
    }

    /// <summary>An error answer as a reason: its <c>statusCode</c> and <c>message</c> when it is the API's JSON, else its start.</summary>
    private static async Task<string> ErrorOfAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        string text;
        try
        {
            text = await response.Content.ReadAsStringAsync(cancellationToken);
        }
        catch (Exception e) when (e is IOException or HttpRequestException)
        {
            return $"HTTP {status} {response.ReasonPhrase}";
        }
        try
        {
            using var json = JsonDocument.Parse(text);
            if (json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty("message", out var message))
            {
                var code = json.RootElement.TryGetProperty("statusCode", out var c) && c.ValueKind == JsonValueKind.Number ? c.GetInt32() : status;
                return $"HTTP {status}: statusCode {code}, \"{Short(message.ToString())}\"";
            }
        }
        catch (JsonException)
        {
            // Not the API's JSON (a balancer's page): its start says enough.
        }
        return $"HTTP {status} {response.ReasonPhrase}: {Short(text)}";
    }

    private static string Short(string text)
    {
        var flat = new string([.. text.Take(200).Select(c => char.IsControl(c) ? ' ' : c)]).Trim();
        return text.Length > 200 ? flat + "..." : flat;
    }
}

/// <summary>How a call ended: answered (a status and no failure), failed with a reason, or not made (the budget was spent).</summary>
public sealed record CallOutcome(int? StatusCode, string? Failure, bool BudgetSpent, int Tries, TimeSpan Elapsed)
{
    public bool Succeeded => Failure is null && !BudgetSpent;
}
