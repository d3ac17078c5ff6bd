using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using MineralTrade.Reliability;

// Soak against a running server (tests/reliability/soak/run starts one): readers, imports and backups together for a
// while, a line of figures every minute, and whether it held at the end. Exit 1 when it did not.
// Usage: MineralTrade.Soak URL SERVER_PID APP_DLL STORE_DB BACKUP_DIR IMPORT_A IMPORT_B KEY MINUTES READERS IMPORT_EVERY_S BACKUP_EVERY_S
//        [STANDIN_URL COMTRADE_KEY FETCH_EVERY_S]
if (args.Length is not (12 or 15))
{
    Console.Error.WriteLine("usage: MineralTrade.Soak URL SERVER_PID APP_DLL STORE_DB BACKUP_DIR IMPORT_A IMPORT_B KEY MINUTES READERS IMPORT_EVERY_S BACKUP_EVERY_S "
        + "[STANDIN_URL COMTRADE_KEY FETCH_EVERY_S]");
    return 2;
}
var url = new Uri(args[0]);
var serverPid = int.Parse(args[1], CultureInfo.InvariantCulture);
var (appDll, store, backups) = (args[2], args[3], args[4]);
string[] importFiles = [args[5], args[6]];
var key = args[7];
int Int(int index) => int.Parse(args[index], CultureInfo.InvariantCulture);
var minutes = Int(8);
var readers = Int(9);
var importEvery = TimeSpan.FromSeconds(Int(10));
var backupEvery = TimeSpan.FromSeconds(Int(11));
// The fetch: a UN Comtrade+ stand-in on loopback (tests/comtrade-standin) that releases a new month before each run.
var (standIn, comtradeKey) = args.Length == 15 ? (new Uri(args[12]), args[13]) : (null, "");
var fetchEvery = args.Length == 15 ? TimeSpan.FromSeconds(Int(14)) : TimeSpan.Zero;
// The app's heavy timeout (30 s) and 5 s for the answer to arrive.
var readerTimeout = TimeSpan.FromSeconds(35);

// What a reader opens, in turn: pages, the API's light and heavy endpoints, an extract, the import history.
string[] paths = ["/", "/api/growth?from=2024", "/api/categories", "/figures?from=2025&period=annual", "/api/totals?period=month&from=2025",
    "/products/2603", "/api/figures?hs=26*&limit=100", "/about", "/api/mirror?hs=TOTAL&limit=20", "/compare", "/api/imports?limit=5",
    "/api/figures.csv?category=copper&from=2024", "/products", "/api/figures?reporter=CN-GACC&period=month&from=2025"];

var outcomes = new ConcurrentQueue<(string What, int Status, TimeSpan Took)>();
var events = new ConcurrentQueue<string>();
var (imports, importsOk, backupsDone, backupsOk, fetches, fetchesOk) = (0, 0, 0, 0, 0, 0);
var fetchable = standIn is not null && await HasCommandAsync("fetch");

Console.WriteLine($"soak: {minutes} min against {url}; {readers} readers (127.0.0.10 and up, a 1.5-3 s pause between requests), "
    + $"an import every {importEvery.TotalSeconds:0} s, a backup every {backupEvery.TotalSeconds:0} s; "
    + (fetchable ? $"a fetch from the Comtrade+ stand-in every {fetchEvery.TotalSeconds:0} s, a new month released before each"
        : "fetch: no stand-in given, or the app has no fetch command: not run"));
Console.WriteLine("minute  requests  errors  5xx  p50 ms  p99 ms  RSS MB (peak)  imports  backups  fetches  load");

using var stop = new CancellationTokenSource(TimeSpan.FromMinutes(minutes));
var work = new List<Task>();
work.AddRange(Enumerable.Range(0, readers).Select(ReadAsync));
work.Add(EveryAsync(importEvery, ImportAsync));
work.Add(EveryAsync(backupEvery, BackupAsync));
if (fetchable)
{
    work.Add(EveryAsync(fetchEvery, FetchAsync));
}

var rss = new List<long>();
var failed = false;
var started = Stopwatch.StartNew();
for (var minute = 1; minute <= minutes; minute++)
{
    long peak = 0;
    while (started.Elapsed < TimeSpan.FromMinutes(minute))
    {
        peak = Math.Max(peak, Rss(serverPid));
        await Task.Delay(1000);
    }
    rss.Add(peak);
    var batch = Drain();
    var times = batch.Select(o => o.Took.TotalMilliseconds).Order().ToList();
    double Percentile(double p) => times.Count == 0 ? 0 : times[Math.Min(times.Count - 1, (int)Math.Ceiling(p * times.Count) - 1)];
    var errors = batch.Where(o => o.Status is not (>= 200 and < 300)).ToList();
    failed |= errors.Count > 0;
    Console.WriteLine($"{minute,6}  {batch.Count,8}  {errors.Count,6}  {batch.Count(o => o.Status >= 500),3}  {Percentile(0.5),6:0}  {Percentile(0.99),6:0}  "
        + $"{peak / 1024,13:0}  {importsOk,3}/{imports,-3}  {backupsOk,3}/{backupsDone,-3}  {fetchesOk,3}/{fetches,-3}  {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");
    foreach (var error in errors.GroupBy(o => (o.What, o.Status)).Take(5))
    {
        Console.WriteLine($"        {error.Count()} x {error.Key.Status} {error.Key.What}");
    }
    while (events.TryDequeue(out var line))
    {
        Console.WriteLine($"        {line}");
    }
}
await Task.WhenAll(work);

// Memory levels off: the last third's peak is within 15 % of the middle third's (the first third is the warm-up).
var third = Math.Max(1, rss.Count / 3);
var (middle, last) = (rss.Skip(third).Take(third).DefaultIfEmpty(0).Max(), rss.Skip(2 * third).DefaultIfEmpty(0).Max());
var levels = middle > 0 && last <= middle * 1.15;
var all = imports == importsOk && backupsDone == backupsOk && importsOk > 0 && backupsOk > 0 && fetches == fetchesOk && (!fetchable || fetchesOk > 0);
Console.WriteLine($"RSS peak: middle third {middle / 1024} MB, last third {last / 1024} MB: {(levels ? "levels off" : "GROWS")}; "
    + $"imports {importsOk}/{imports}, backups {backupsOk}/{backupsDone} and fetches {fetchesOk}/{fetches} succeeded; {(failed ? "requests FAILED" : "no request failed")}");
Console.WriteLine(!failed && levels && all ? "soak: held" : "soak: BROKEN");
return !failed && levels && all ? 0 : 1;

async Task ReadAsync(int reader)
{
    var random = new Random(reader);
    using var client = LoopbackClient.From($"127.0.0.{10 + reader}", url, readerTimeout);
    for (var i = reader; !stop.IsCancellationRequested; i++)
    {
        var path = paths[i % paths.Length];
        var watch = Stopwatch.StartNew();
        int status;
        try
        {
            using var response = await client.GetAsync(path, HttpCompletionOption.ResponseHeadersRead);
            await response.Content.CopyToAsync(Stream.Null);
            status = (int)response.StatusCode;
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException or IOException)
        {
            status = 0; // no answer within the timeout, or a broken connection
        }
        outcomes.Enqueue((path, status, watch.Elapsed));
        try
        {
            await Task.Delay(random.Next(1500, 3000), stop.Token);
        }
        catch (OperationCanceledException)
        {
            return;
        }
    }
}

async Task EveryAsync(TimeSpan every, Func<Task> action)
{
    try
    {
        await Task.Delay(every / 2, stop.Token);
        while (!stop.IsCancellationRequested)
        {
            await action();
            await Task.Delay(every, stop.Token);
        }
    }
    catch (OperationCanceledException)
    {
    }
}

async Task ImportAsync()
{
    var file = importFiles[imports++ % 2];
    using var client = LoopbackClient.From("127.0.0.5", url, TimeSpan.FromMinutes(10));
    await using var body = File.OpenRead(file);
    using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/imports?fileName={Path.GetFileName(file)}") { Content = new StreamContent(body) };
    request.Content.Headers.ContentType = new("text/csv");
    request.Headers.Add("X-Api-Key", key);
    request.Headers.Add("X-Forwarded-Proto", "https"); // as a balancer that ended TLS says it (127.0.0.5 is believed)
    var watch = Stopwatch.StartNew();
    using var response = await client.SendAsync(request);
    var answer = await response.Content.ReadAsStringAsync();
    importsOk += response.IsSuccessStatusCode ? 1 : 0;
    events.Enqueue($"import {Path.GetFileName(file)}: {(int)response.StatusCode} in {watch.Elapsed.TotalSeconds:0.0} s{(response.IsSuccessStatusCode ? "" : ": " + answer)}");
}

async Task BackupAsync()
{
    backupsDone++;
    var watch = Stopwatch.StartNew();
    var (exit, output, error) = await RunAppAsync("backup", backups);
    backupsOk += exit == 0 ? 1 : 0;
    events.Enqueue($"backup: exit {exit} in {watch.Elapsed.TotalSeconds:0.0} s: {(output + error).Trim()}");
    // The newest two are kept: disk stays bounded over a long run.
    foreach (var old in Directory.GetFiles(backups, "mineraltrade-*").Order().SkipLast(2))
    {
        File.Delete(old);
    }
}

async Task FetchAsync()
{
    // China's and Pakistan's next month (2026-01 onwards) released on the stand-in, then fetched into the store.
    var month = 202601 + fetches / 12 * 100 + fetches % 12;
    fetches++;
    using (var admin = new HttpClient { BaseAddress = standIn })
    {
        foreach (var reporter in new[] { 156, 586 })
        {
            (await admin.PostAsync($"standin/publish?freq=M&reporter={reporter}&period={month}", null)).EnsureSuccessStatusCode();
        }
    }
    var watch = Stopwatch.StartNew();
    var (exit, output, error) = await RunAppAsync("fetch");
    fetchesOk += exit == 0 ? 1 : 0;
    var lines = (output + error).Trim().Split('\n');
    events.Enqueue($"fetch {month}: exit {exit} in {watch.Elapsed.TotalSeconds:0.0} s: {lines[^1]}{(exit == 0 ? "" : " " + string.Join(" | ", lines.Take(5)))}");
}

async Task<bool> HasCommandAsync(string command) => (await RunAppAsync("--help")).Output.Contains($"MineralTrade.Web {command} ", StringComparison.Ordinal);

async Task<(int Exit, string Output, string Error)> RunAppAsync(params string[] arguments)
{
    var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
    start.ArgumentList.Add(appDll);
    foreach (var argument in arguments)
    {
        start.ArgumentList.Add(argument);
    }
    start.Environment["ConnectionStrings__MineralTrade"] = $"Data Source={store}";
    if (standIn is not null)
    {
        start.Environment["Comtrade__BaseUrl"] = standIn.ToString();
        start.Environment["Comtrade__SubscriptionKey"] = comtradeKey;
        start.Environment["Comtrade__PauseMilliseconds"] = "100";
    }
    using var process = Process.Start(start)!;
    var output = process.StandardOutput.ReadToEndAsync();
    var error = process.StandardError.ReadToEndAsync();
    await process.WaitForExitAsync();
    return (process.ExitCode, await output, await error);
}

List<(string What, int Status, TimeSpan Took)> Drain()
{
    var batch = new List<(string, int, TimeSpan)>();
    while (outcomes.TryDequeue(out var outcome))
    {
        batch.Add(outcome);
    }
    return batch;
}

static long Rss(int pid) =>
    File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal)) is { } line
        ? long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) : 0;
