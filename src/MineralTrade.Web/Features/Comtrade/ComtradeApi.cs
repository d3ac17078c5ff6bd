using System.Globalization;
using MineralTrade.Web.Features.Imports;

namespace MineralTrade.Web.Features.Comtrade;

/// <summary>
/// What a figure fetched from the UN Comtrade+ API says of its source (docs/decisions/0120): the publisher "UN
/// Comtrade+ API"; as its link, the keyless preview query that returns exactly this figure (part of its natural key,
/// so the same on every run); the release date as its date; and in its note, whose statistics, the release, when it
/// was retrieved and by which run (whose history entry lists the calls made).
/// </summary>
public static class ComtradeApi
{
    public const string Publisher = "UN Comtrade+ API";

    /// <summary>The keyless preview's records a call.</summary>
    public const int PreviewCap = 500;

    public static ComtradeSource Source(Uri baseUrl, DateTime? released, DateTime retrieved, int runId) => new(
        Publisher,
        released is { } r ? DateOnly.FromDateTime(r) : null,
        row => FigureUrl(baseUrl, row),
        said => $"{said} as reported to UN Comtrade+; {(released is { } r ? $"release of {r:yyyy-MM-dd}" : "release date not known (fetched without a key)")}, "
            + $"retrieved {retrieved:yyyy-MM-dd HH:mm} UTC by fetch #{runId}");

    /// <summary>The keyless query that returns exactly the row's figure.</summary>
    public static string FigureUrl(Uri baseUrl, ComtradeRow row)
    {
        static string E(string? s) => Uri.EscapeDataString(s?.Trim() ?? "");
        return $"{baseUrl}public/v1/preview/C/{E(row.FreqCode?.ToUpperInvariant())}/HS?reportercode={E(row.ReporterNumber)}&period={E(row.Period)}"
            + $"&partnerCode={E(row.PartnerCode)}&cmdCode={E(row.CmdCode?.ToUpperInvariant())}&flowCode={E(row.FlowCode?.ToUpperInvariant())}"
            + "&partner2Code=0&customsCode=C00&motCode=0";
    }

    /// <summary>
    /// The figures a reporter-period's answers are the whole truth for (SQL for the import): this publisher, reporter
    /// and period, within what the calls asked (their flow, partner and codes). One of them missing from a re-release
    /// is withdrawn, not silently kept. Every value here is checked (codes, ISO letters, numbers), so none is quoted text.
    /// </summary>
    public static string Answers(Dataset dataset, IEnumerable<ComtradeQuery> asked)
    {
        var (start, end) = dataset.Months;
        var scopes = asked.Select(q => Scope(q)).Distinct().ToList();
        return $"f.\"SourcePublisher\" = '{Publisher}' AND f.\"Reporter\" = '{Checked(dataset.StoreReporter)}' "
            + $"AND f.\"PeriodStart\" = {start.ToString(CultureInfo.InvariantCulture)} AND f.\"PeriodEnd\" = {end.ToString(CultureInfo.InvariantCulture)} "
            + $"AND ({(scopes.Count == 0 ? "1 = 0" : string.Join(" OR ", scopes))})";
    }

    private static string Scope(ComtradeQuery query)
    {
        var series = query.Series;
        var reporter = Checked(series.ReporterCountry);
        var imports = series.Flow.Equals("M", StringComparison.OrdinalIgnoreCase);
        var conditions = new List<string> { $"f.\"{(imports ? "Importer" : "Exporter")}\" = '{reporter}'" };
        if (series.Partner is { } partner)
        {
            var country = partner == Countries.ComtradeWorldCode ? Figures.Codes.World : Countries.TryComtradeCode(partner, out var c) ? c : "?";
            conditions.Add($"f.\"{(imports ? "Exporter" : "Importer")}\" = '{Checked(country)}'");
        }
        var codes = query.Codes.Where(c => !TrackedSeries.Levels.Contains(c)).Select(c => $"'{Checked(c)}'").ToList();
        var levels = query.Codes.Where(TrackedSeries.Levels.Contains).Select(l => l[2..]).ToList();
        var chapters = series.Chapters.Select(c => $"'{Checked(c)}'").ToList();
        var either = new List<string>();
        if (codes.Count > 0)
        {
            either.Add($"f.\"HsCode\" IN ({string.Join(", ", codes)})");
        }
        if (levels.Count > 0 && chapters.Count > 0)
        {
            either.Add($"(LENGTH(f.\"HsCode\") IN ({string.Join(", ", levels)}) AND SUBSTR(f.\"HsCode\", 1, 2) IN ({string.Join(", ", chapters)}))");
        }
        conditions.Add(either.Count == 0 ? "1 = 0" : $"({string.Join(" OR ", either)})");
        return $"({string.Join(" AND ", conditions)})";
    }

    /// <summary>A value inlined in SQL: letters, digits and '-' only (the tracked series are checked at start-up; this makes sure).</summary>
    private static string Checked(string value) =>
        value.All(c => char.IsAsciiLetterOrDigit(c) || c == '-') ? value : throw new ArgumentException($"'{value}' is not a code");
}
