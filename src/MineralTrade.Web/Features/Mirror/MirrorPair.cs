using System.Text.Json.Serialization;
using MineralTrade.Web.Features.Figures;
using MineralTrade.Web.Features.Languages;

namespace MineralTrade.Web.Features.Mirror;

/// <summary>Which side of the flow a reporter's statistics stand on.</summary>
public enum ReporterSide
{
    /// <summary>The importing country's customs (China's imports from Pakistan: valued CIF).</summary>
    [JsonStringEnumMemberName("importer")] Importer,
    /// <summary>The exporting country's statistics (Pakistan's exports to China: valued FOB).</summary>
    [JsonStringEnumMemberName("exporter")] Exporter,
    /// <summary>A third country, or a reporter whose country the code does not name.</summary>
    [JsonStringEnumMemberName("other")] Other,
}

/// <summary>What a pair compares, which says why its two values may differ.</summary>
public enum PairKind
{
    /// <summary>The importer's figure against the exporter's for the same flow: mirror statistics.</summary>
    [JsonStringEnumMemberName("mirror")] Mirror,
    /// <summary>Two agencies of the same side (the State Bank against the Trade Development Authority).</summary>
    [JsonStringEnumMemberName("same-side")] SameSide,
    [JsonStringEnumMemberName("other")] Other,
}

/// <summary>
/// Two reporters' figures for the same flow, HS code and months, side by side. <see cref="First"/> is the importer's
/// side where one of them is (then the exporter's, then by reporter code); the gap is first minus second, in per cent
/// of the second: for a mirror pair, how far the importer's CIF value stands above the exporter's FOB value.
/// </summary>
public sealed record MirrorPair(
    Figure First,
    ReporterSide FirstSide,
    Figure Second,
    ReporterSide SecondSide,
    PairKind Kind,
    decimal GapUsd,
    decimal? GapPercent,
    DerivedQualifier GapQualifier,
    string? GapReason)
{
    public string Exporter => First.Exporter;
    public string Importer => First.Importer;
    public string HsCode => First.HsCode;
    public int PeriodStart => First.PeriodStart;
    public int PeriodEnd => First.PeriodEnd;
    public string PeriodLabel => Period.Label(First.PeriodStart, First.PeriodEnd, [First.Reporter, Second.Reporter]);
    public UnitValue? FirstUnitValue => UnitValue.Of(First);
    public UnitValue? SecondUnitValue => UnitValue.Of(Second);

    private static readonly Texts s_texts = new(typeof(MirrorPair));

    /// <summary>
    /// <c>+$14.26 M (+8.5%)</c>; <c>≥ +$2 M (≥ +20.0%)</c> where a bound is involved: both numbers carry its sign. In the
    /// page's language (<c>+1426万美元（+8.5%）</c>).
    /// </summary>
    public string GapDisplay
    {
        get
        {
            var language = Language.Current;
            var gap = Money.Difference(GapUsd, GapQualifier, language);
            return GapPercent is { } p
                ? s_texts.Format("Gap", language, ("gap", gap), ("percent", Money.Percent(p, GapQualifier, language)))
                : s_texts.Format("GapNoPercent", language, ("gap", gap));
        }
    }
}
