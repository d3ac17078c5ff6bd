using System.Globalization;

namespace MineralTrade.Web.Features.Comtrade;

/// <summary>A reporter-period the availability endpoint lists, with its latest release.</summary>
public sealed record Availability(Dataset Dataset, DateTime? LastReleased);

/// <summary>Periods of one reporter and frequency asked together (at most twelve: the API's limit for a call).</summary>
public sealed record FetchBatch(string Frequency, int Reporter, IReadOnlyList<int> Periods);

/// <summary>
/// What a run asks for, decided without a call: the reporter-periods released since the store last had them (or,
/// without a key, the recent window), cut into batches of twelve periods, and each batch into one call per series and
/// group of codes (docs/decisions/0120). Pure rules, unit-tested.
/// </summary>
public static class FetchPlanner
{
    /// <summary>Codes a call asks for at most, joined: the address stays short of the 2,048 characters some gateways allow.</summary>
    public const int MaxCodesLength = 1000;

    /// <summary>Whether a series covers a reporter-period: its reporter, one of its frequencies, a year it tracks.</summary>
    public static bool Covers(TrackedSeries series, Dataset dataset) =>
        series.Reporter == dataset.Reporter && series.FrequencyCodes.Contains(dataset.Frequency) && YearOf(dataset) >= series.FromYear;

    /// <summary>
    /// With a key: the tracked reporter-periods the availability lists whose release the store does not hold yet
    /// (never fetched, or re-released since). <paramref name="stored"/> is the release each holds (null: fetched without one).
    /// </summary>
    public static IReadOnlyList<Dataset> Released(IReadOnlyList<TrackedSeries> series, IEnumerable<Availability> available,
        IReadOnlyDictionary<Dataset, DateTime?> stored) =>
        [.. available
            .GroupBy(a => a.Dataset)
            .Select(g => new Availability(g.Key, g.Max(a => a.LastReleased)))
            .Where(a => series.Any(s => Covers(s, a.Dataset)))
            .Where(a => !stored.TryGetValue(a.Dataset, out var held) || held is null || a.LastReleased > held)
            .Select(a => a.Dataset)
            .Order()];

    /// <summary>
    /// Without a key: every tracked reporter-period of the recent window, asked again at each run (the preview says
    /// nothing of releases): the last <paramref name="months"/> months and <paramref name="years"/> years up to today.
    /// </summary>
    public static IReadOnlyList<Dataset> RecentWindow(IReadOnlyList<TrackedSeries> series, DateOnly today, int months, int years)
    {
        var candidates = new List<Dataset>();
        foreach (var reporter in series.Select(s => s.Reporter).Distinct())
        {
            for (var m = 0; m < months; m++)
            {
                var month = today.AddMonths(-m);
                candidates.Add(new Dataset("M", reporter, month.Year * 100 + month.Month));
            }
            for (var y = 0; y < years; y++)
            {
                candidates.Add(new Dataset("A", reporter, today.Year - y));
            }
        }
        return [.. candidates.Where(d => series.Any(s => Covers(s, d))).Distinct().Order()];
    }

    /// <summary>The reporter-periods in batches: one reporter and frequency, twelve periods at most, oldest first.</summary>
    public static IReadOnlyList<FetchBatch> Batches(IEnumerable<Dataset> needed) =>
        [.. needed
            .GroupBy(d => (d.Frequency, d.Reporter))
            .OrderBy(g => g.Key.Reporter).ThenBy(g => g.Key.Frequency, StringComparer.Ordinal)
            .SelectMany(g => g.Select(d => d.Period).Distinct().Order().Chunk(ComtradeQuery.MaxPeriods)
                .Select(periods => new FetchBatch(g.Key.Frequency, g.Key.Reporter, periods)))];

    /// <summary>The calls of a batch: for each series that covers some of its periods, those periods and its codes, in groups short enough for an address.</summary>
    public static IReadOnlyList<ComtradeQuery> Queries(FetchBatch batch, IReadOnlyList<TrackedSeries> series, bool preview)
    {
        var queries = new List<ComtradeQuery>();
        foreach (var s in series)
        {
            var periods = batch.Periods.Where(p => Covers(s, new Dataset(batch.Frequency, batch.Reporter, p))).ToList();
            if (periods.Count == 0)
            {
                continue;
            }
            foreach (var codes in CodeGroups(s.CodesToAsk(preview)))
            {
                queries.Add(new ComtradeQuery(s, batch.Frequency, periods, codes));
            }
        }
        return queries;
    }

    private static IEnumerable<IReadOnlyList<string>> CodeGroups(IReadOnlyList<string> codes)
    {
        var group = new List<string>();
        var length = 0;
        foreach (var code in codes)
        {
            if (group.Count > 0 && length + code.Length + 1 > MaxCodesLength)
            {
                yield return group;
                (group, length) = ([], 0);
            }
            group.Add(code);
            length += code.Length + 1;
        }
        if (group.Count > 0)
        {
            yield return group;
        }
    }

    private static int YearOf(Dataset dataset) => dataset.Frequency == "A" ? dataset.Period : dataset.Period / 100;

    /// <summary>A period as the API writes it: <c>2024</c> or <c>202403</c>.</summary>
    public static bool TryParsePeriod(string frequency, string? text, out int period) =>
        int.TryParse(text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out period)
        && (frequency == "A" ? period is >= 1900 and <= 2100 : period / 100 is >= 1900 and <= 2100 && period % 100 is >= 1 and <= 12);
}
