using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MineralTrade.ComtradeStandIn;

/// <summary>A call the stand-in received: its path and query, and whether the key came as the header or, wrongly, in the address.</summary>
public sealed record Received(string Path, string Query, bool KeyHeader, bool KeyInQuery, DateTime At);

/// <summary>
/// A stand-in for the UN Comtrade+ API on loopback, answering as the real one does (README.md here): data/v1/get,
/// public/v1/preview and data/v1/getDa, JSON <c>{elapsedTime, count, data, error}</c> with the 47 fields in camelCase,
/// errors <c>{statusCode, message}</c>, the key as the <c>Ocp-Apim-Subscription-Key</c> header, at most twelve periods
/// a call, the records capped. Tests start it in-process and drive its <see cref="Book"/> and <see cref="Faults"/>.
/// </summary>
public sealed class StandIn : IAsyncDisposable
{
    public const string KeyHeader = "Ocp-Apim-Subscription-Key";

    private readonly WebApplication _app;

    private StandIn(WebApplication app, StandInOptions options)
    {
        _app = app;
        Options = options;
        Book = new Book(options);
    }

    public StandInOptions Options { get; }

    public Book Book { get; }

    public Faults Faults { get; } = new();

    public ConcurrentQueue<Received> Requests { get; } = new();

    /// <summary>The address to give as <c>Comtrade:BaseUrl</c>, ending with '/'.</summary>
    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>The calls for data (not availability) received so far.</summary>
    public IEnumerable<Received> DataCalls => Requests.Where(r => !r.Path.Contains("getDa", StringComparison.OrdinalIgnoreCase));

    /// <summary>Starts on 127.0.0.1 at <paramref name="port"/> (0: a free one).</summary>
    public static async Task<StandIn> StartAsync(StandInOptions? options = null, int port = 0, bool log = false)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrelCore().ConfigureKestrel(k => k.Listen(System.Net.IPAddress.Loopback, port));
        if (!log)
        {
            builder.Logging.ClearProviders();
        }
        var app = builder.Build();
        var standIn = new StandIn(app, options ?? new StandInOptions());
        app.MapGet("/data/v1/get/{type}/{freq}/{cl}", (HttpContext http, string type, string freq, string cl) => standIn.DataAsync(http, freq, preview: false));
        app.MapGet("/public/v1/preview/{type}/{freq}/{cl}", (HttpContext http, string type, string freq, string cl) => standIn.DataAsync(http, freq, preview: true));
        app.MapGet("/data/v1/getDa/{type}/{freq}/{cl}", (HttpContext http, string type, string freq, string cl) => standIn.AvailabilityAsync(http, freq));
        StandInAdmin.Map(app, standIn);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        standIn.BaseUrl = new Uri(address.TrimEnd('/') + "/");
        return standIn;
    }

    public Task WaitForShutdownAsync() => _app.WaitForShutdownAsync();

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task DataAsync(HttpContext http, string freq, bool preview)
    {
        if (await RefuseAsync(http, keyNeeded: !preview))
        {
            return;
        }
        var (answered, fault) = await PlayFaultAsync(http);
        if (answered)
        {
            return;
        }
        var q = http.Request.Query;
        if (!int.TryParse(q["reportercode"], out var reporter))
        {
            await AnswerWriter.ErrorAsync(http, 400, "reporterCode is required.");
            return;
        }
        var periods = List(q["period"]);
        if (periods.Count is 0 or > 12)
        {
            await AnswerWriter.ErrorAsync(http, 400, "period must be given, with at most 12 values.");
            return;
        }
        var codes = Codes(List(q["cmdCode"]) is { Count: > 0 } asked ? asked : ["TOTAL"]);
        var flows = List(q["flowCode"]) is { Count: > 0 } f ? f.ToHashSet(StringComparer.OrdinalIgnoreCase) : null;
        var partners = List(q["partnerCode"]) is { Count: > 0 } p ? p.Select(int.Parse).ToHashSet() : null;
        // Without customsCode, motCode and partner2Code the classic answer holds the breakdowns too, as the real API's does.
        var breakdowns = string.IsNullOrEmpty(q["customsCode"]);
        var rows = Book.Rows(freq.ToUpperInvariant(), reporter, periods.Select(int.Parse), flows, partners, codes, breakdowns);
        var cap = Math.Min(preview ? Options.PreviewCap : Options.DataCap, int.TryParse(q["maxRecords"], out var max) && max > 0 ? max : int.MaxValue);
        await AnswerWriter.DataAsync(http, rows.Take(cap).ToList(), Options.HostileText, fault);
    }

    private async Task AvailabilityAsync(HttpContext http, string freq)
    {
        if (await RefuseAsync(http, keyNeeded: true) || (await PlayFaultAsync(http)).Answered)
        {
            return;
        }
        var reporters = List(http.Request.Query["reportercode"]).Select(int.Parse).DefaultIfEmpty(Countries.China.Code).ToList();
        var periods = List(http.Request.Query["period"]).Select(int.Parse).ToHashSet();
        var rows = reporters.SelectMany(r => Book.Available(freq.ToUpperInvariant(), r).Where(a => periods.Count == 0 || periods.Contains(a.Period))
            .Select(a => (Reporter: r, a.Period, a.Release))).ToList();
        await AnswerWriter.AvailabilityAsync(http, freq.ToUpperInvariant(), rows);
    }

    /// <summary>Records the call; answers 401 without a key where one is needed, or with the wrong one.</summary>
    private async Task<bool> RefuseAsync(HttpContext http, bool keyNeeded)
    {
        var key = http.Request.Headers[KeyHeader].ToString();
        var inQuery = http.Request.Query.ContainsKey("subscription-key");
        Requests.Enqueue(new Received(http.Request.Path.Value!.TrimStart('/'), http.Request.QueryString.Value ?? "", key.Length > 0, inQuery, DateTime.UtcNow));
        if (keyNeeded && (key.Length == 0 || Options.Key is { } expected && key != expected))
        {
            await AnswerWriter.ErrorAsync(http, 401, key.Length == 0
                ? "Access denied due to missing subscription key. Make sure to include subscription key when making requests to an API."
                : "Access denied due to invalid subscription key. Make sure to provide a valid key for an active subscription.");
            return true;
        }
        return false;
    }

    /// <summary>Plays the fault waiting for this call: answered (an error status) or one for the answer to carry out.</summary>
    private async Task<(bool Answered, Fault? Fault)> PlayFaultAsync(HttpContext http)
    {
        var periods = List(http.Request.Query["period"]).Select(p => int.TryParse(p, out var n) ? n : 0).ToList();
        var fault = Faults.Take(http.Request.Path.Value!.TrimStart('/'), periods, int.TryParse(http.Request.Query["reportercode"], out var r) ? r : null);
        switch (fault?.Kind)
        {
            case FaultKind.TooManyRequests:
                http.Response.Headers.RetryAfter = fault.Seconds.ToString("0", CultureInfo.InvariantCulture);
                await AnswerWriter.ErrorAsync(http, 429, $"Rate limit is exceeded. Try again in {fault.Seconds:0} seconds.");
                return (true, fault);
            case FaultKind.Status:
                await AnswerWriter.ErrorAsync(http, fault.Status, fault.Message);
                return (true, fault);
            case FaultKind.Delay:
                await Task.Delay(TimeSpan.FromSeconds(fault.Seconds), http.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
                return (http.RequestAborted.IsCancellationRequested, null);
            default:
                return (false, fault);
        }
    }

    /// <summary>The codes a call asks for: its codes, with AG2, AG4 and AG6 standing for every code of that many digits.</summary>
    private static HashSet<string> Codes(IEnumerable<string> asked) =>
        asked.SelectMany(c => c.ToUpperInvariant() switch
        {
            "AG2" or "AG4" or "AG6" => Book.AllCodes.Where(code => code != "TOTAL" && code.Length == c[2] - '0'),
            var code => [code],
        }).ToHashSet(StringComparer.OrdinalIgnoreCase);

    private static List<string> List(string? value) =>
        [.. (value ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}
