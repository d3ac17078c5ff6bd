using System.Diagnostics;
using System.Globalization;
using MineralTrade.Reliability;

namespace MineralTrade.Benchmarks;

/// <summary>
/// Readers of one page, each on a loopback address of its own (127.0.0.10 and up: the server limits and counts each
/// address apart, as it would readers on the network), each reading the page again as soon as it has it, for a time.
/// Prints the requests, answers that were not 200, and the latency's median, p99 and maximum over all readers.
/// </summary>
internal static class Readers
{
    public static async Task<int> RunAsync(string url, int readers, int seconds)
    {
        var server = new Uri(url);
        var path = server.PathAndQuery;
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
        var clients = Enumerable.Range(0, readers)
            .Select(i => LoopbackClient.From($"127.0.0.{10 + i}", new Uri(server.GetLeftPart(UriPartial.Authority)), TimeSpan.FromSeconds(120)))
            .ToList();
        var results = await Task.WhenAll(clients.Select(client => ReadAsync(client, path, stop.Token)));
        clients.ForEach(c => c.Dispose());
        var times = results.SelectMany(r => r.Times).Order().ToList();
        var failed = results.Sum(r => r.Failed);
        double P(double q) => times.Count == 0 ? double.NaN : times[Math.Min(times.Count - 1, (int)Math.Ceiling(q * times.Count) - 1)];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"readers={readers} seconds={seconds} requests={times.Count + failed} failed={failed} req_per_s={times.Count / (double)seconds:0.0} p50_ms={P(0.5):0} p99_ms={P(0.99):0} max_ms={(times.Count == 0 ? double.NaN : times[^1]):0}"));
        return 0;
    }

    private static async Task<(List<double> Times, int Failed)> ReadAsync(HttpClient client, string path, CancellationToken stop)
    {
        var times = new List<double>();
        var failed = 0;
        while (!stop.IsCancellationRequested)
        {
            var clock = Stopwatch.StartNew();
            try
            {
                // A request under way when the time is up is finished and counted: the server did the work.
                using var response = await client.GetAsync(path, HttpCompletionOption.ResponseContentRead, CancellationToken.None);
                if (response.IsSuccessStatusCode)
                {
                    times.Add(clock.Elapsed.TotalMilliseconds);
                }
                else
                {
                    failed++;
                }
            }
            catch (HttpRequestException)
            {
                failed++;
            }
            catch (TaskCanceledException)
            {
                failed++;
            }
        }
        return (times, failed);
    }
}
