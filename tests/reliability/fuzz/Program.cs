using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using MineralTrade.Reliability;

// The long fuzz run against a running server: CASES query strings from SEED (FuzzQueries), four at a time; prints the
// answers by status, the time taken and every failure, and exits 1 if there was one.
// Usage: dotnet run --project tests/reliability/fuzz -- URL [CASES] [SEED]
if (args.Length < 1)
{
    Console.Error.WriteLine("usage: MineralTrade.Fuzz URL [CASES=10000] [SEED=random]");
    return 2;
}
var url = new Uri(args[0]);
var cases = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10_000;
var seed = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : Random.Shared.Next();
Console.WriteLine($"fuzz: {cases} queries from seed {seed} against {url}");

var generator = new FuzzQueries(seed);
var queries = Enumerable.Range(0, cases).Select(_ => generator.Next()).ToList();
using var client = new HttpClient { BaseAddress = url, Timeout = TimeSpan.FromSeconds(120) };
var statuses = new ConcurrentDictionary<int, int>();
var failures = new ConcurrentBag<string>();
var watch = Stopwatch.StartNew();

await Parallel.ForEachAsync(queries, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (query, cancellationToken) =>
{
    try
    {
        using var response = await client.GetAsync(query.Url, cancellationToken);
        var status = (int)response.StatusCode;
        statuses.AddOrUpdate(status, 1, (_, n) => n + 1);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (FuzzQueries.Check(query, status, response.Content.Headers.ContentType?.MediaType, body) is { } failure)
        {
            failures.Add($"{query.Url}: {failure}");
        }
    }
    catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
    {
        statuses.AddOrUpdate(0, 1, (_, n) => n + 1);
        failures.Add($"{query.Url}: no answer ({e.GetType().Name}: {e.Message})");
    }
});

Console.WriteLine($"answers: {string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{(s.Key == 0 ? "none" : s.Key)}: {s.Value}"))} "
    + $"in {watch.Elapsed.TotalSeconds:0.0} s");
Console.WriteLine($"5xx: {statuses.Where(s => s.Key >= 500).Sum(s => s.Value)}, failures: {failures.Count}");
foreach (var failure in failures.Take(50))
{
    Console.WriteLine("  " + failure);
}
return failures.IsEmpty ? 0 : 1;
