using System.Globalization;
using CsvHelper;
using MineralTrade.Web.Features.Figures;

namespace MineralTrade.Web.Features.Imports;

/// <summary>
/// One line of a UN Comtrade+ CSV export, the columns an import reads, all as text so that every bad value is
/// reported with its column rather than failing the line whole.
/// </summary>
[CsvRecord]
public sealed partial class ComtradeRow
{
    public const string Publisher = "UN Comtrade+";
    public const string Url = "https://comtradeplus.un.org/";

    /// <summary>The 47 columns of a Comtrade+ export (docs/decisions/0022-comtrade-reporters.md).</summary>
    public static readonly string[] Header =
    [
        "typeCode", "freqCode", "refPeriodId", "refYear", "refMonth", "period", "reporterCode", "reporterISO", "reporterDesc",
        "flowCode", "flowDesc", "partnerCode", "partnerISO", "partnerDesc", "partner2Code", "partner2ISO", "partner2Desc",
        "classificationCode", "classificationSearchCode", "isOriginalClassification", "cmdCode", "cmdDesc", "aggrLevel", "isLeaf",
        "customsCode", "customsDesc", "mosCode", "motCode", "motDesc", "qtyUnitCode", "qtyUnitAbbr", "qty", "isQtyEstimated",
        "altQtyUnitCode", "altQtyUnitAbbr", "altQty", "isAltQtyEstimated", "netWgt", "isNetWgtEstimated", "grossWgt",
        "isGrossWgtEstimated", "cifvalue", "fobvalue", "primaryValue", "legacyEstimationFlag", "isReported", "isAggregate",
    ];

    /// <summary>The columns a row cannot be read without; the others of <see cref="Header"/> may be missing.</summary>
    public static readonly string[] Required =
        ["freqCode", "period", "reporterISO", "flowCode", "partnerCode", "partnerISO", "cmdCode", "primaryValue"];

    /// <summary>Comtrade's other flows (re-exports, processing...): skipped and counted, not errors.</summary>
    private static readonly Dictionary<string, string> s_otherFlows = new(StringComparer.OrdinalIgnoreCase)
    {
        ["RX"] = "re-export", ["RM"] = "re-import", ["DX"] = "domestic export", ["FM"] = "foreign import",
        ["XIP"] = "export after inward processing", ["MIP"] = "import for inward processing",
        ["XOP"] = "export for outward processing", ["MOP"] = "import after outward processing",
        ["XIF"] = "export under financial lease", ["MIF"] = "import under financial lease",
    };

    [CsvColumn("freqCode")] public string? FreqCode { get; set; }
    [CsvColumn("period")] public string? Period { get; set; }
    [CsvColumn("reporterCode", Optional = true)] public string? ReporterNumber { get; set; }
    [CsvColumn("reporterISO")] public string? ReporterIso { get; set; }
    [CsvColumn("reporterDesc", Optional = true)] public string? ReporterDesc { get; set; }
    [CsvColumn("flowCode")] public string? FlowCode { get; set; }
    [CsvColumn("partnerCode")] public string? PartnerCode { get; set; }
    [CsvColumn("partnerISO")] public string? PartnerIso { get; set; }
    [CsvColumn("partnerDesc", Optional = true)] public string? PartnerDesc { get; set; }
    [CsvColumn("partner2Code", Optional = true)] public string? Partner2Code { get; set; }
    [CsvColumn("cmdCode")] public string? CmdCode { get; set; }
    [CsvColumn("cmdDesc", Optional = true)] public string? CmdDesc { get; set; }
    [CsvColumn("customsCode", Optional = true)] public string? CustomsCode { get; set; }
    [CsvColumn("motCode", Optional = true)] public string? MotCode { get; set; }
    [CsvColumn("qtyUnitAbbr", Optional = true)] public string? QtyUnitAbbr { get; set; }
    [CsvColumn("qty", Optional = true)] public string? Qty { get; set; }
    [CsvColumn("netWgt", Optional = true)] public string? NetWgt { get; set; }
    [CsvColumn("primaryValue")] public string? PrimaryValue { get; set; }

    /// <summary>
    /// Whether a header is Comtrade's: it has most of the 47 columns, so that an export with a column missing is still
    /// recognised, and then told which required one it lacks.
    /// </summary>
    public static bool IsComtradeHeader(IReadOnlyCollection<string> header) =>
        header.Count(h => Array.Exists(Header, c => c.Equals(h.Trim(), StringComparison.OrdinalIgnoreCase))) > Header.Length / 2;

    /// <summary>Whose statistics a Comtrade row is: China's customs, Pakistan's statistics bureau, or another country's.</summary>
    public static string ReporterCode(string alpha2) => alpha2 switch
    {
        "CN" => "CN-GACC",
        "PK" => "PK-PBS",
        _ => alpha2 + "-COMTRADE",
    };

    /// <summary>
    /// Checks the row and turns it into a figure. A row that is valid but not a trade figure of the store (another
    /// flow, an area rather than a country, a breakdown by transport mode) gets a <paramref name="skipped"/> reason.
    /// </summary>
    public Figure? ToFigure(string fileName, DateOnly importDate, List<(string Column, string Reason)> errors, out string? skipped) =>
        ToFigure(ComtradeSource.File(fileName, importDate), errors, out skipped);

    /// <summary>The same, with the figure's source as <paramref name="source"/> says (a file, or the API: Features/Comtrade).</summary>
    public Figure? ToFigure(ComtradeSource source, List<(string Column, string Reason)> errors, out string? skipped)
    {
        skipped = null;
        var flow = Text(FlowCode).ToUpperInvariant();
        if (s_otherFlows.TryGetValue(flow, out var otherFlow))
        {
            skipped = $"flow {flow} ({otherFlow}): neither an export (X) nor an import (M)";
            return null;
        }
        var before = errors.Count;
        void Check(bool ok, string column, string reason)
        {
            if (!ok) errors.Add((column, reason));
        }

        Check(flow is "X" or "M", "flowCode", $"'{FlowCode}' is not a UN Comtrade+ flow code (X export, M import, or RX, RM, DX, FM...)");
        var (start, end) = ReadPeriod(errors);
        var hs = Text(CmdCode).ToUpperInvariant();
        Check(HsClassification.IsValidCode(hs), "cmdCode", $"'{CmdCode}' is not an HS code (2, 4, 6, 8 or 10 digits, or TOTAL)");
        var value = Number(PrimaryValue, "primaryValue", errors, required: true);
        var netWeight = Number(NetWgt, "netWgt", errors, required: false);
        var quantity = Number(Qty, "qty", errors, required: false);
        Check(Text(ReporterIso).Length > 0, "reporterISO", "is empty");
        var partnerIsWorld = Text(PartnerCode) == "0" || Text(PartnerIso).Equals(Countries.ComtradeWorld, StringComparison.OrdinalIgnoreCase);
        Check(partnerIsWorld || Text(PartnerIso).Length > 0, "partnerISO", "is empty");
        var reporterCountry = Country(ReporterNumber, "reporterCode", ReporterIso, "reporterISO", errors);
        var partnerCountry = partnerIsWorld ? Codes.World : Country(PartnerCode, "partnerCode", PartnerIso, "partnerISO", errors);
        if (errors.Count > before)
        {
            return null;
        }

        var partner = partnerCountry;
        if (reporterCountry is not { } reporter)
        {
            skipped = $"reporter {Text(ReporterIso) switch { "" => Text(ReporterNumber), var iso => iso }}: not a country";
            return null;
        }
        skipped = partner is null ? $"partner {Text(PartnerIso) switch { "" => Text(PartnerCode), var iso => iso }}: an area, not a country"
            : Text(Partner2Code) is not ("" or "0") ? "a breakdown by second partner (partner2Code not 0)"
            : Text(MotCode) is not ("" or "0") ? "a breakdown by mode of transport (motCode not 0)"
            : Text(CustomsCode) is not ("" or "C00") ? "a breakdown by customs procedure (customsCode not C00)"
            : null;
        if (skipped is not null)
        {
            return null;
        }

        // 0 and -1 are Comtrade's "not known": a weight of zero was never reported as such.
        var (amount, unit) = netWeight > 0 ? (netWeight, "kg")
            : quantity > 0 && Text(QtyUnitAbbr) is { Length: > 0 } abbr && !abbr.Equals("N/A", StringComparison.OrdinalIgnoreCase) ? (quantity, abbr)
            : ((decimal?)null, (string?)null);
        var said = $"{Text(ReporterDesc) switch { "" => reporter, var d => d }}'s {(flow == "X" ? "exports" : "imports")}";
        return new Figure
        {
            Reporter = ReporterCode(reporter),
            Exporter = flow == "X" ? reporter : partner!,
            Importer = flow == "X" ? partner! : reporter,
            PeriodStart = start,
            PeriodEnd = end,
            HsCode = hs,
            Product = Text(CmdDesc) is { Length: > 0 } desc ? desc : $"HS {hs}",
            Category = "",
            ValueUsd = value,
            Quantity = amount,
            QuantityUnit = unit,
            Qualifier = Qualifier.Exact,
            // Customs statistics, as UN Comtrade+ holds them: goods only.
            Coverage = Coverage.Goods,
            SourcePublisher = source.Publisher,
            SourceDate = source.Date,
            SourceUrl = source.Url(this),
            SourceKind = SourceKind.Dataset,
            Note = source.Note(said),
        }.Classify();
    }

    /// <summary>
    /// The country a numeric code and an ISO alpha-3 code name: the numeric code where it is a country's (UN Comtrade+'s
    /// M49 numbering, Countries.TryComtradeCode), else the alpha-3; both given and naming two countries is an error.
    /// Null for an area (<c>S19</c>, <c>899</c>), which the row is then skipped for.
    /// </summary>
    private static string? Country(string? number, string numberColumn, string? iso, string isoColumn, List<(string Column, string Reason)> errors)
    {
        var byNumber = int.TryParse(Text(number), NumberStyles.None, CultureInfo.InvariantCulture, out var code) && Countries.TryComtradeCode(code, out var n) ? n : null;
        var byIso = Countries.TryAlpha2(iso, out var a) ? a : null;
        if (byNumber is not null && byIso is not null && byNumber != byIso)
        {
            errors.Add((isoColumn, $"'{Text(iso)}' is not the country of {numberColumn} {Text(number)} ({byNumber})"));
        }
        return byNumber ?? byIso;
    }

    /// <summary><c>A</c> with <c>2024</c> is January to December 2024; <c>M</c> with <c>202403</c> is March 2024.</summary>
    private (int Start, int End) ReadPeriod(List<(string Column, string Reason)> errors)
    {
        var period = Text(Period);
        switch (Text(FreqCode).ToUpperInvariant())
        {
            case "A" when period.Length == 4 && int.TryParse(period, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= Figures.Period.MinYear and <= Figures.Period.MaxYear:
                return (Figures.Period.Of(year, 1), Figures.Period.Of(year, 12));
            case "A":
                errors.Add(("period", $"'{Period}' is not a year as YYYY (freqCode A)"));
                return (0, 0);
            case "M" when period.Length == 6 && int.TryParse(period, NumberStyles.None, CultureInfo.InvariantCulture, out var month)
                && month / 100 is >= Figures.Period.MinYear and <= Figures.Period.MaxYear && month % 100 is >= 1 and <= 12:
                return (month, month);
            case "M":
                errors.Add(("period", $"'{Period}' is not a month as YYYYMM (freqCode M)"));
                return (0, 0);
            default:
                errors.Add(("freqCode", $"'{FreqCode}' is neither A (annual) nor M (monthly)"));
                return (0, 0);
        }
    }

    private static decimal? Number(string? text, string column, List<(string Column, string Reason)> errors, bool required)
    {
        var t = Text(text);
        if (t.Length == 0)
        {
            if (required) errors.Add((column, "is empty"));
            return null;
        }
        if (!CsvNumber.TryParse(t, out var value, out var reason))
        {
            errors.Add((column, reason!));
            return null;
        }
        if (required && value < 0)
        {
            errors.Add((column, $"'{text}' is negative"));
        }
        if (Math.Abs(value) > Figure.MaxAmount)
        {
            errors.Add((column, $"'{text}' is larger than {Figure.MaxAmount.ToString("N0", CultureInfo.InvariantCulture)}, beyond any trade figure"));
        }
        return value;
    }

    private static string Text(string? s) => s?.Trim() ?? "";
}
