using System.Diagnostics;
using System.Globalization;
using MineralTrade.Reliability;

// Load against a running server (tests/reliability/load/run starts one): readers on addresses of their own reading the
// overview and the API with a person's pauses, first while an import runs, then while one address floods a heavy
// endpoint. Prints per phase and group: requests, 2xx, 429, other 4xx, 5xx, no answer, p50/p99/max, and the server's
// peak memory; then the bound: no reader's request failed or waited past its timeout. Exit 1 when it does not hold.
// Usage: MineralTrade.Load URL SERVER_PID IMPORT_FILE IMPORT_KEY [SECONDS=60] [READERS=10] [FLOOD=32] [TIMEOUT_S=30]
if (args.Length < 4)
{
    Console.Error.WriteLine("usage: MineralTrade.Load URL SERVER_PID IMPORT_FILE IMPORT_KEY [SECONDS] [READERS] [FLOOD] [TIMEOUT_S]");
    return 2;
}
var url = new Uri(args[0]);
var serverPid = int.Parse(args[1], CultureInfo.InvariantCulture);
var importFile = args[2];
var importKey = args[3];
int Arg(int index, int fallback) => args.Length > index ? int.Parse(args[index], CultureInfo.InvariantCulture) : fallback;
var seconds = Arg(4, 60);
var readers = Arg(5, 10);
var floodConnections = Arg(6, 32);
// A reader's request may take this long (the app's RequestLimits:HeavyTimeout), plus 5 s for the answer to arrive.
var readerTimeout = TimeSpan.FromSeconds(Arg(7, 30) + 5);

// What a reader opens, in turn: the overview whole and filtered, the API's heavy and light endpoints, the about page.
string[] readerPaths = ["/", "/api/growth?from=2025", "/api/categories", "/?from=2024", "/api/totals?period=month&from=2025",
    "/about", "/api/figures?reporter=PK-SBP", "/figures?from=2025&period=annual"];
const string FloodPath = "/api/growth";

var failed = false;
Console.WriteLine($"load: {readers} readers (127.0.0.10 and up, a 1-3 s pause between requests), {seconds} s a phase, against {url}");

// Phase 1: readers while an import writes.
{
    var (memory, stopMemory) = WatchMemory(serverPid);
    using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
    var readerTasks = Enumerable.Range(0, readers).Select(i => ReadAsync(i, stop.Token)).ToList();
    var import = ImportAsync();
    var outcomes = (await Task.WhenAll(readerTasks)).SelectMany(o => o).ToList();
    var (importStatus, importTime, importAnswer) = await import;
    stopMemory.Cancel();
    Console.WriteLine();
    Console.WriteLine($"phase 1: readers during an import of {new FileInfo(importFile).Length / 1_000_000} MB: import {importStatus} after {importTime.TotalSeconds:0.0} s: {importAnswer}");
    Report("readers", outcomes);
    Console.WriteLine($"  server peak memory (RSS): {await memory / 1024:0} MB");
    failed |= !Bound("phase 1", outcomes) | importStatus != 200;
}

// Phase 2: readers while one address floods a heavy endpoint as fast as it can, on many connections.
{
    var (memory, stopMemory) = WatchMemory(serverPid);
    using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
    var flood = Enumerable.Range(0, floodConnections).Select(_ => FloodAsync(stop.Token)).ToList();
    var readerTasks = Enumerable.Range(0, readers).Select(i => ReadAsync(i, stop.Token)).ToList();
    var outcomes = (await Task.WhenAll(readerTasks)).SelectMany(o => o).ToList();
    var flooded = (await Task.WhenAll(flood)).SelectMany(o => o).ToList();
    stopMemory.Cancel();
    Console.WriteLine();
    Console.WriteLine($"phase 2: readers while 127.0.0.2 floods {FloodPath} on {floodConnections} connections");
    Report("readers", outcomes);
    Report("flooder", flooded);
    Console.WriteLine($"  server peak memory (RSS): {await memory / 1024:0} MB");
    failed |= !Bound("phase 2", outcomes);
}
return failed ? 1 : 0;

async Task<List<(string Path, int Status, TimeSpan Took)>> ReadAsync(int reader, CancellationToken stop)
{
    var random = new Random(reader);
    using var client = ClientFrom($"127.0.0.{10 + reader}", readerTimeout);
    var outcomes = new List<(string, int, TimeSpan)>();
    for (var i = reader; !stop.IsCancellationRequested; i++)
    {
        var path = readerPaths[i % readerPaths.Length];
        outcomes.Add(await GetAsync(client, path, CancellationToken.None));
        try
        {
            await Task.Delay(TimeSpan.FromMilliseconds(random.Next(1000, 3000)), stop);
        }
        catch (OperationCanceledException)
        {
            break;
        }
    }
    return outcomes;
}

async Task<List<(string Path, int Status, TimeSpan Took)>> FloodAsync(CancellationToken stop)
{
    using var client = ClientFrom("127.0.0.2", readerTimeout);
    var outcomes = new List<(string, int, TimeSpan)>();
    while (!stop.IsCancellationRequested)
    {
        outcomes.Add(await GetAsync(client, FloodPath, stop));
    }
    return outcomes;
}

static async Task<(string Path, int Status, TimeSpan Took)> GetAsync(HttpClient client, string path, CancellationToken stop)
{
    var watch = Stopwatch.StartNew();
    try
    {
        using var response = await client.GetAsync(path, HttpCompletionOption.ResponseHeadersRead, stop);
        await response.Content.CopyToAsync(Stream.Null, stop);
        return (path, (int)response.StatusCode, watch.Elapsed);
    }
    catch (Exception e) when (e is HttpRequestException or OperationCanceledException or IOException)
    {
        // Status 0: no answer (a timeout, a refused or broken connection); a flood stopped by its own deadline is not counted.
        return (path, stop.IsCancellationRequested ? -1 : 0, watch.Elapsed);
    }
}

async Task<(int Status, TimeSpan Took, string Answer)> ImportAsync()
{
    using var client = ClientFrom("127.0.0.5", TimeSpan.FromMinutes(30));
    var watch = Stopwatch.StartNew();
    await using var file = File.OpenRead(importFile);
    using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/imports?fileName={Path.GetFileName(importFile)}") { Content = new StreamContent(file) };
    request.Content.Headers.ContentType = new("text/csv");
    request.Headers.Add("X-Api-Key", importKey);
    // As a balancer that ended TLS says it (the server believes 127.0.0.5: tests/reliability/load/run).
    request.Headers.Add("X-Forwarded-Proto", "https");
    using var response = await client.SendAsync(request);
    var answer = await response.Content.ReadAsStringAsync();
    return ((int)response.StatusCode, watch.Elapsed, answer.Length > 300 ? answer[..300] + "..." : answer);
}

void Report(string group, List<(string Path, int Status, TimeSpan Took)> outcomes)
{
    var counted = outcomes.Where(o => o.Status >= 0).ToList();
    var times = counted.Select(o => o.Took.TotalMilliseconds).Order().ToList();
    double Percentile(double p) => times.Count == 0 ? 0 : times[Math.Min(times.Count - 1, (int)Math.Ceiling(p * times.Count) - 1)];
    int Count(Func<int, bool> which) => counted.Count(o => which(o.Status));
    Console.WriteLine($"  {group,-8} {counted.Count,6} requests: {Count(s => s is >= 200 and < 300)} 2xx, {Count(s => s == 429)} 429, "
        + $"{Count(s => s is >= 400 and < 500 and not 429)} other 4xx, {Count(s => s >= 500)} 5xx, {Count(s => s == 0)} no answer; "
        + $"p50 {Percentile(0.50):0} ms, p99 {Percentile(0.99):0} ms, max {(times.Count == 0 ? 0 : times[^1]):0} ms");
    foreach (var other in counted.Where(o => o.Status is not (>= 200 and < 300) and not 429).GroupBy(o => (o.Path, o.Status)).Take(10))
    {
        Console.WriteLine($"           {other.Count()} x {other.Key.Status} {other.Key.Path}");
    }
}

bool Bound(string phase, List<(string Path, int Status, TimeSpan Took)> outcomes)
{
    var bad = outcomes.Count(o => o.Status is not (>= 200 and < 300));
    var slowest = outcomes.Count == 0 ? TimeSpan.Zero : outcomes.Max(o => o.Took);
    var holds = bad == 0 && slowest < readerTimeout && outcomes.Count > 0;
    Console.WriteLine($"  bound ({phase}): {outcomes.Count} reader requests, {bad} failed, slowest {slowest.TotalSeconds:0.0} s "
        + $"(timeout {readerTimeout.TotalSeconds - 5:0} s): {(holds ? "holds" : "BROKEN")}");
    return holds;
}

// Samples the server's resident memory every 100 ms until stopped; the task's result is the peak, in KB.
static (Task<long> Peak, CancellationTokenSource Stop) WatchMemory(int pid)
{
    var stop = new CancellationTokenSource();
    var peak = Task.Run(async () =>
    {
        long max = 0;
        while (!stop.IsCancellationRequested)
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
            if (line is not null)
            {
                max = Math.Max(max, long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture));
            }
            await Task.Delay(100, CancellationToken.None);
        }
        return max;
    });
    return (peak, stop);
}

// A client whose connections come from its own loopback address: the server limits each address apart.
HttpClient ClientFrom(string localAddress, TimeSpan timeout) => LoopbackClient.From(localAddress, url, timeout);
