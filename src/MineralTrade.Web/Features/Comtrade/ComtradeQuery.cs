using System.Globalization;
using MineralTrade.Web.Features.Imports;

namespace MineralTrade.Web.Features.Comtrade;

/// <summary>
/// A reporter-period, one dataset of UN Comtrade+ (China's customs, monthly, October 2026): what the availability
/// endpoint dates, and what a fetch stores all or nothing.
/// </summary>
/// <param name="Period">The year (<c>2026</c>) or month (<c>202610</c>) as the API writes it.</param>
public readonly record struct Dataset(string Frequency, int Reporter, int Period) : IComparable<Dataset>
{
    public int CompareTo(Dataset other) =>
        (Reporter, string.CompareOrdinal(Frequency, other.Frequency), Period).CompareTo((other.Reporter, 0, other.Period));

    public string PeriodText => Period.ToString(CultureInfo.InvariantCulture);

    /// <summary>The first and last month covered, as yyyymm.</summary>
    public (int Start, int End) Months => Frequency == "A" ? (Period * 100 + 1, Period * 100 + 12) : (Period, Period);

    /// <summary>The store's reporter (<c>CN-GACC</c>).</summary>
    public string StoreReporter => ComtradeRow.ReporterCode(Countries.TryComtradeCode(Reporter, out var c) ? c : "??");

    public override string ToString() => $"{StoreReporter} {Figures.Period.Label(Months.Start, Months.End)}";
}

/// <summary>
/// One call for data: a series' reporter, flow and partner, some of its codes, up to twelve periods (the API's limit).
/// Always the totals of the classic breakdown (customs procedure C00, all modes of transport, no second partner), which
/// the API otherwise splits into up to 32 rows a figure (docs/decisions/0120).
/// </summary>
public sealed record ComtradeQuery(TrackedSeries Series, string Frequency, IReadOnlyList<int> Periods, IReadOnlyList<string> Codes)
{
    public const int MaxPeriods = 12;

    /// <summary>The address without the key (which travels as a header): safe to log and to store.</summary>
    public string PathAndQuery(bool preview, int maxRecords)
    {
        var query = new List<string>
        {
            "reportercode=" + Series.Reporter.ToString(CultureInfo.InvariantCulture),
            "period=" + string.Join(',', Periods.Select(p => p.ToString(CultureInfo.InvariantCulture))),
        };
        if (Series.Partner is { } partner)
        {
            query.Add("partnerCode=" + partner.ToString(CultureInfo.InvariantCulture));
        }
        query.Add("cmdCode=" + string.Join(',', Codes));
        query.Add("flowCode=" + Series.Flow.ToUpperInvariant());
        query.AddRange(["partner2Code=0", "customsCode=C00", "motCode=0", "maxRecords=" + maxRecords.ToString(CultureInfo.InvariantCulture),
            "format=JSON", "breakdownMode=classic", "includeDesc=true"]);
        return $"{(preview ? "public/v1/preview" : "data/v1/get")}/C/{Frequency}/HS?{string.Join('&', query)}";
    }

    /// <summary>Two calls that together ask what this one asks: half the periods each, or half the codes; none when it is one of each.</summary>
    public IReadOnlyList<ComtradeQuery> Split() =>
        Periods.Count > 1 ? [this with { Periods = Periods.Take(Periods.Count / 2).ToList() }, this with { Periods = Periods.Skip(Periods.Count / 2).ToList() }]
        : Codes.Count > 1 ? [this with { Codes = Codes.Take(Codes.Count / 2).ToList() }, this with { Codes = Codes.Skip(Codes.Count / 2).ToList() }]
        : [];

    /// <summary>Whether a record of the answer belongs to what was asked (the level aggregates bring every chapter).</summary>
    public bool Keeps(string cmdCode) => TrackedSeries.Keeps(Codes, Series.Chapters, cmdCode);
}
