using MineralTrade.Web.Features.Comtrade;

namespace MineralTrade.Benchmarks;

/// <summary>
/// The plain-file side of fetch.sh: the rows a fetch of the default tracked series stores, asked of the same stand-in
/// with the same calls (FetchPlanner's, split in halves at the cap as the fetch does) and written by the app's
/// FetchSpool, as one UN Comtrade+ CSV: what an analyst would download and import by hand.
/// </summary>
internal static class FetchFile
{
    /// <param name="only">One default series' index (0-3) alone; all four when null.</param>
    public static async Task<int> RunAsync(string baseUrl, string key, string output, int? only = null)
    {
        using var http = new HttpClient { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromMinutes(5) };
        http.DefaultRequestHeaders.Add("Ocp-Apim-Subscription-Key", key);
        IReadOnlyList<TrackedSeries> series = only is { } index ? [TrackedSeries.Defaults[index]] : TrackedSeries.Defaults;
        var available = new List<Availability>();
        foreach (var (frequency, reporter) in series.SelectMany(s => s.FrequencyCodes.Select(f => (f, s.Reporter))).Distinct().Order())
        {
            await using var body = await http.GetStreamAsync($"data/v1/getDa/C/{frequency}/HS?reportercode={reporter}");
            await ComtradeAnswerReader.ReadAsync(body, record =>
            {
                if (FetchPlanner.TryParsePeriod(frequency, record.GetValueOrDefault("period"), out var period))
                {
                    available.Add(new Availability(new Dataset(frequency, reporter, period), null));
                }
            }, CancellationToken.None);
        }
        var directory = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(output))!, "fetch-file-spool");
        long rows = 0;
        await using var file = new StreamWriter(output);
        foreach (var batch in FetchPlanner.Batches(FetchPlanner.Released(series, available, new Dictionary<Dataset, DateTime?>())))
        {
            using (var spool = new FetchSpool(directory, batch.Frequency, batch.Periods))
            {
                foreach (var query in FetchPlanner.Queries(batch, series, preview: false))
                {
                    await AskAsync(http, query, spool);
                }
                foreach (var period in batch.Periods)
                {
                    var lines = File.ReadLines(spool.Complete(period)).ToList();
                    foreach (var line in rows == 0 ? lines : lines.Skip(1))
                    {
                        await file.WriteLineAsync(line);
                    }
                    rows += Math.Max(0, lines.Count - 1);
                }
            }
        }
        Directory.Delete(directory, recursive: true);
        Console.WriteLine($"fetch_file rows={rows} datasets={available.Select(a => a.Dataset).Distinct().Count()}");
        return 0;
    }

    private static async Task AskAsync(HttpClient http, ComtradeQuery query, FetchSpool spool)
    {
        const int cap = 100_000;
        string? problem = null;
        await using var body = await http.GetStreamAsync(query.PathAndQuery(preview: false, cap));
        var answer = await ComtradeAnswerReader.ReadAsync(body, record =>
        {
            if (problem is null && !spool.TryAdd(record, query, out var p))
            {
                problem = p;
            }
        }, CancellationToken.None);
        if (problem is not null || answer.Error is not null)
        {
            throw new InvalidOperationException($"{query.PathAndQuery(false, cap)}: {problem ?? answer.Error}");
        }
        if (answer.Records >= cap)
        {
            foreach (var half in query.Split())
            {
                await AskAsync(http, half, spool);
            }
        }
    }
}
