using System.Globalization;
using MineralTrade.Web.Features.Figures;
using MineralTrade.Web.Features.Imports;

namespace MineralTrade.Web.Features.Comtrade;

/// <summary>
/// One series the fetch keeps current: whose statistics (a UN Comtrade+ reporter), which flow, with whom, which HS codes,
/// monthly and/or annual, from which year (docs/decisions/0121). Bound from <c>Comtrade:Track</c>; codes are HS codes
/// (<c>TOTAL</c>, <c>74</c>, <c>2603</c>...) or Comtrade's level aggregates <c>AG2</c>, <c>AG4</c>, <c>AG6</c> (every
/// code at that level), of which only <see cref="Chapters"/> are kept.
/// </summary>
public sealed class TrackedSeries
{
    public static readonly string[] Levels = ["AG2", "AG4", "AG6"];

    public string Name { get; set; } = "";

    /// <summary>UN Comtrade+'s numeric code of the reporter: 156 China, 586 Pakistan.</summary>
    public int Reporter { get; set; }

    /// <summary><c>M</c> the reporter's imports, <c>X</c> its exports.</summary>
    public string Flow { get; set; } = "M";

    /// <summary>The partner's numeric code, 0 for the world; unset for every partner (and the world).</summary>
    public int? Partner { get; set; }

    public string[] Codes { get; set; } = [];

    /// <summary>For the level aggregates: the chapters whose codes are kept (the others of the answer are left out).</summary>
    public string[] Chapters { get; set; } = [];

    /// <summary><c>A</c> annual, <c>M</c> monthly; unset for both.</summary>
    public string[] Frequencies { get; set; } = [];

    public int FromYear { get; set; } = 2015;

    private static readonly string[] s_mineralChapters = ["25", "26", "68", "71", "72", "73", "74", "75", "76", "78", "79", "80", "81"];

    private static readonly string[] s_mainHeadings =
    [
        .. Enumerable.Range(2501, 30).Select(Code), .. Enumerable.Range(2601, 17).Select(Code), "7401", "7402", "7403", "7601", "7202",
    ];

    /// <summary>
    /// What is tracked unless <c>Comtrade:Track</c> says otherwise (issue 22; the rows and store size each adds are in
    /// docs/decisions/0121): both sides of the flow, every code of the mineral chapters at 2, 4 and 6 digits and all
    /// goods, from 2015; and, for the world-market views, China's imports of the main mineral headings from every
    /// partner and Pakistan's exports of them to the world, from 2020. Monthly and annual.
    /// </summary>
    public static readonly IReadOnlyList<TrackedSeries> Defaults =
    [
        new() { Name = "China's imports from Pakistan", Reporter = 156, Flow = "M", Partner = 586, Codes = ["TOTAL", .. Levels], Chapters = s_mineralChapters },
        new() { Name = "Pakistan's exports to China", Reporter = 586, Flow = "X", Partner = 156, Codes = ["TOTAL", .. Levels], Chapters = s_mineralChapters },
        new() { Name = "China's imports of the main mineral headings, by partner", Reporter = 156, Flow = "M", Partner = null, Codes = s_mainHeadings, FromYear = 2020 },
        new() { Name = "Pakistan's exports of the main mineral headings to the world", Reporter = 586, Flow = "X", Partner = 0, Codes = s_mainHeadings, FromYear = 2020 },
    ];

    public IEnumerable<string> FrequencyCodes => Frequencies.Length == 0 ? ["A", "M"] : Frequencies.Select(f => f.ToUpperInvariant()).Distinct();

    /// <summary>The reporter as an ISO alpha-2 code (<c>CN</c>).</summary>
    public string ReporterCountry => Countries.TryComtradeCode(Reporter, out var c) ? c : throw new InvalidOperationException($"{Reporter} is not a country");

    /// <summary>
    /// The codes one call asks for. The keyless preview serves 500 records a call: a month of every 6-digit code
    /// between China and Pakistan is more than that, so without a key <c>AG6</c> is not asked (README says so).
    /// </summary>
    public IReadOnlyList<string> CodesToAsk(bool preview) => [.. Codes.Select(c => c.ToUpperInvariant()).Where(c => !(preview && c == "AG6")).Distinct()];

    /// <summary>Whether a record's code belongs to the series as asked: one of its codes, or a code of a kept chapter at an asked level.</summary>
    public static bool Keeps(IReadOnlyList<string> asked, IReadOnlyCollection<string> chapters, string cmdCode)
    {
        var code = cmdCode.Trim().ToUpperInvariant();
        if (asked.Contains(code))
        {
            return true;
        }
        return code.Length is 2 or 4 or 6 && code.All(char.IsAsciiDigit) && asked.Contains("AG" + code.Length.ToString(CultureInfo.InvariantCulture))
            && chapters.Contains(code[..2]);
    }

    /// <summary>What is wrong with the series as configured (nothing for a good one): it is checked at start-up.</summary>
    public IEnumerable<string> Problems()
    {
        if (!Countries.TryComtradeCode(Reporter, out _))
        {
            yield return $"Reporter {Reporter} is not a UN Comtrade+ country code (156 China, 586 Pakistan)";
        }
        if (Flow.ToUpperInvariant() is not ("M" or "X"))
        {
            yield return $"Flow '{Flow}' is neither M (imports) nor X (exports)";
        }
        if (Partner is { } p && p != Countries.ComtradeWorldCode && !Countries.TryComtradeCode(p, out _))
        {
            yield return $"Partner {p} is neither 0 (the world) nor a UN Comtrade+ country code";
        }
        if (Codes.Length == 0)
        {
            yield return "Codes is empty";
        }
        foreach (var code in Codes.Where(c => !HsClassification.IsValidCode(c.ToUpperInvariant()) && !Levels.Contains(c.ToUpperInvariant())))
        {
            yield return $"'{code}' is neither an HS code (2-10 digits or TOTAL) nor AG2, AG4, AG6";
        }
        foreach (var chapter in Chapters.Where(c => c.Length != 2 || !c.All(char.IsAsciiDigit)))
        {
            yield return $"chapter '{chapter}' is not two digits";
        }
        foreach (var f in Frequencies.Where(f => f.ToUpperInvariant() is not ("A" or "M")))
        {
            yield return $"frequency '{f}' is neither A nor M";
        }
        if (FromYear is < Period.MinYear or > Period.MaxYear)
        {
            yield return $"FromYear {FromYear} is out of range";
        }
    }

    private static string Code(int n) => n.ToString(CultureInfo.InvariantCulture);
}
