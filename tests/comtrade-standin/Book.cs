using System.Globalization;

namespace MineralTrade.ComtradeStandIn;

/// <summary>One record the stand-in serves: a reporter's flow with a partner, for a code and period, as released now.</summary>
public sealed record Row(string Frequency, Countries.Country Reporter, string Flow, Countries.Country Partner, string Cmd, int Period, decimal Value, decimal NetWeight,
    string Customs = "C00");

/// <summary>
/// The stand-in's data: every record generated from its key (the same every time), the periods released with their
/// release dates, and the re-releases a test makes (values revised, records removed, months added). Thread-safe.
/// </summary>
public sealed class Book(StandInOptions options)
{
    public static readonly string[] Chapters = ["25", "26", "68", "71", "72", "73", "74", "75", "76", "78", "79", "80", "81"];

    public static readonly string[] MainHeadings =
        [.. Enumerable.Range(2501, 30).Select(Code), .. Enumerable.Range(2601, 17).Select(Code), "7401", "7402", "7403", "7601", "7202"];

    private static readonly string[] s_otherMinerals =
        ["6802", "7103", "7108", "7204", "7404", "7501", "7801", "7901", "8001", "8104", "250100", "251010", "253010", "260111", "260300", "260600",
         "261000", "261390", "710391", "740200", "740311", "760110", "720241", "681099"];

    /// <summary>Codes of other chapters, which the level aggregates (AG2, AG4, AG6) also bring.</summary>
    private static readonly string[] s_otherGoods = ["52", "5201", "520100", "84", "8471", "847130"];

    public static readonly string[] AllCodes = ["TOTAL", .. Chapters, .. MainHeadings, .. s_otherMinerals, .. s_otherGoods];

    private readonly Lock _lock = new();
    private readonly Dictionary<(string Frequency, int Reporter, int Period), Release> _releases = [];
    private bool _seeded;

    /// <summary>A reporter-period's release: when, and what the re-releases changed (null: the record is gone).</summary>
    public sealed class Release
    {
        public DateTime FirstReleased { get; init; }
        public DateTime LastReleased { get; set; }
        public Dictionary<(string Flow, int Partner, string Cmd), decimal?> Changes { get; } = [];
    }

    public static Countries.Country MainPartner(int reporter) => reporter == Countries.China.Code ? Countries.Pakistan : Countries.China;

    public static Countries.Country? Reporter(int code) =>
        code == Countries.China.Code ? Countries.China : code == Countries.Pakistan.Code ? Countries.Pakistan : null;

    public static string FlowOf(int reporter) => reporter == Countries.China.Code ? "M" : "X";

    /// <summary>The periods released for a reporter, with their releases, oldest first.</summary>
    public IReadOnlyList<(int Period, Release Release)> Available(string frequency, int reporter)
    {
        lock (_lock)
        {
            Seed();
            return [.. _releases.Where(r => r.Key.Frequency == frequency && r.Key.Reporter == reporter).OrderBy(r => r.Key.Period).Select(r => (r.Key.Period, r.Value))];
        }
    }

    /// <summary>Releases a period anew (a new month, or a re-release), with the changes it brings to the generated values.</summary>
    public void Publish(string frequency, int reporter, int period, DateTime released, IEnumerable<((string Flow, int Partner, string Cmd) Key, decimal? Value)>? changes = null)
    {
        lock (_lock)
        {
            Seed();
            if (!_releases.TryGetValue((frequency, reporter, period), out var release))
            {
                _releases[(frequency, reporter, period)] = release = new Release { FirstReleased = released };
            }
            release.LastReleased = released;
            foreach (var (key, value) in changes ?? [])
            {
                release.Changes[key] = value;
            }
        }
    }

    /// <summary>The records of a reporter's released periods that match a query; each period's records in a fixed order.</summary>
    public List<Row> Rows(string frequency, int reporter, IEnumerable<int> periods, ISet<string>? flows, ISet<int>? partners, ISet<string> codes, bool breakdowns)
    {
        var rows = new List<Row>();
        if (Reporter(reporter) is not { } country)
        {
            return rows;
        }
        var flow = FlowOf(reporter);
        if (flows is not null && !flows.Contains(flow))
        {
            return rows;
        }
        lock (_lock)
        {
            Seed();
            foreach (var period in periods)
            {
                if (!_releases.TryGetValue((frequency, reporter, period), out var release))
                {
                    continue;
                }
                foreach (var partner in PartnersOf(reporter).Where(p => partners is null || partners.Contains(p.Code)))
                {
                    foreach (var cmd in AllCodes.Where(codes.Contains))
                    {
                        if (Value(release, frequency, reporter, flow, partner, cmd, period) is not { } value)
                        {
                            continue;
                        }
                        var weight = Math.Round(value / (20 + Hash($"w{reporter}{partner.Code}{cmd}") % 2000), 3);
                        rows.Add(new Row(frequency, country, flow, partner, cmd, period, value, cmd == "TOTAL" ? 0 : weight));
                        if (breakdowns)
                        {
                            rows.Add(new Row(frequency, country, flow, partner, cmd, period, Math.Round(value / 3, 3), 0, Customs: "C01"));
                        }
                    }
                }
            }
        }
        return rows;
    }

    /// <summary>The generated value, unless a re-release changed or removed it; null where no trade is recorded.</summary>
    private static decimal? Value(Release release, string frequency, int reporter, string flow, Countries.Country partner, string cmd, int period)
    {
        if (release.Changes.TryGetValue((flow, partner.Code, cmd), out var changed))
        {
            return changed;
        }
        var main = partner.Code == MainPartner(reporter).Code;
        var heading = MainHeadings.Contains(cmd);
        var h = Hash($"{frequency}{reporter}{flow}{partner.Code}{cmd}{period}");
        // The two sides trade every code; the world every code; others and areas only the main headings, some of them.
        var recorded = main || partner.Code == 0 ? cmd == "TOTAL" || Chapters.Contains(cmd) || h % 10 < 7 : heading && h % 10 < 5;
        if (!recorded)
        {
            return null;
        }
        var scale = cmd == "TOTAL" ? 1_000_000_000m : cmd.Length == 2 ? 50_000_000m : 5_000_000m;
        var months = frequency == "A" ? 12 : 1;
        return Math.Round(scale * months * (1 + h % 1000) / 1000m + (h >> 20) % 1000 / 1000m, 3);
    }

    private IEnumerable<Countries.Country> PartnersOf(int reporter) =>
        [MainPartner(reporter), Countries.World, .. Countries.Others.Take(options.Partners), .. Countries.Areas];

    /// <summary>Every period from the first year to the last released, each released about six weeks (a month) or six months (a year) after it ends.</summary>
    private void Seed()
    {
        if (_seeded)
        {
            return;
        }
        _seeded = true;
        foreach (var reporter in new[] { Countries.China.Code, Countries.Pakistan.Code })
        {
            for (var year = options.FirstYear; year <= options.LastYear; year++)
            {
                var released = new DateTime(year + 1, 6, 30, 0, 0, 0, DateTimeKind.Utc);
                _releases[("A", reporter, year)] = new Release { FirstReleased = released, LastReleased = released };
            }
            for (var month = new DateTime(options.FirstYear, 1, 1); month.Year * 100 + month.Month <= options.LastMonth; month = month.AddMonths(1))
            {
                var released = DateTime.SpecifyKind(month.AddMonths(2).AddDays(reporter == Countries.China.Code ? 4 : 19), DateTimeKind.Utc);
                _releases[("M", reporter, month.Year * 100 + month.Month)] = new Release { FirstReleased = released, LastReleased = released };
            }
        }
    }

    /// <summary>FNV-1a, 64 bits: the same number for the same key on every run and machine.</summary>
    public static ulong Hash(string key)
    {
        var h = 14695981039346656037UL;
        foreach (var c in key)
        {
            h = (h ^ c) * 1099511628211UL;
        }
        return h;
    }

    private static string Code(int n) => n.ToString(CultureInfo.InvariantCulture);
}
