using System.Text;
using MineralTrade.Web.Features.Imports;

namespace MineralTrade.Tests;

/// <summary>
/// UN Comtrade+ export files for tests, with the real 47-column header and made-up values: no figure in them is real.
/// Shared by the unit and integration tests (linked into both projects).
/// </summary>
public static class ComtradeFile
{
    private static readonly Dictionary<string, (string Code, string Name)> s_countries = new()
    {
        ["CHN"] = ("156", "China"), ["PAK"] = ("586", "Pakistan"), ["IND"] = ("699", "India"), ["W00"] = ("0", "World"),
    };

    /// <summary>One row: China's imports of copper ores from Pakistan in 2024 unless told otherwise.</summary>
    public static Dictionary<string, string> Row(
        string reporter = "CHN", string flow = "M", string partner = "PAK", string freq = "A", string period = "2024",
        string cmd = "2603", string value = "1234.5", string netWgt = "", string qty = "", string qtyUnit = "N/A",
        string cmdDesc = "Copper ores and concentrates")
    {
        var row = ComtradeRow.Header.ToDictionary(h => h, _ => "");
        var (reporterCode, reporterName) = s_countries.GetValueOrDefault(reporter, ("999", reporter));
        var (partnerCode, partnerName) = s_countries.GetValueOrDefault(partner, ("998", partner));
        row["typeCode"] = "C";
        row["freqCode"] = freq;
        row["refYear"] = period.Length >= 4 ? period[..4] : period;
        row["refMonth"] = freq == "M" && period.Length == 6 ? period[4..] : "52";
        row["period"] = period;
        row["reporterCode"] = reporterCode;
        row["reporterISO"] = reporter;
        row["reporterDesc"] = reporterName;
        row["flowCode"] = flow;
        row["flowDesc"] = flow switch { "X" => "Export", "M" => "Import", _ => "Other" };
        row["partnerCode"] = partnerCode;
        row["partnerISO"] = partner;
        row["partnerDesc"] = partnerName;
        row["partner2Code"] = "0";
        row["partner2ISO"] = "W00";
        row["partner2Desc"] = "World";
        row["classificationCode"] = "H6";
        row["cmdCode"] = cmd;
        row["cmdDesc"] = cmdDesc;
        row["customsCode"] = "C00";
        row["motCode"] = "0";
        row["qtyUnitAbbr"] = qtyUnit;
        row["qty"] = qty;
        row["netWgt"] = netWgt;
        row["primaryValue"] = value;
        row["isReported"] = "True";
        return row;
    }

    public static ComtradeRow Parsed(Dictionary<string, string> row) => new()
    {
        FreqCode = row["freqCode"], Period = row["period"], ReporterIso = row["reporterISO"], ReporterDesc = row["reporterDesc"],
        FlowCode = row["flowCode"], PartnerCode = row["partnerCode"], PartnerIso = row["partnerISO"], PartnerDesc = row["partnerDesc"],
        Partner2Code = row["partner2Code"], CmdCode = row["cmdCode"], CmdDesc = row["cmdDesc"], CustomsCode = row["customsCode"],
        MotCode = row["motCode"], QtyUnitAbbr = row["qtyUnitAbbr"], Qty = row["qty"], NetWgt = row["netWgt"], PrimaryValue = row["primaryValue"],
    };

    /// <summary>The file's text: header and rows, fields quoted where they must be (commas, quotes, line breaks).</summary>
    public static string Csv(IEnumerable<Dictionary<string, string>> rows, string newline = "\n") =>
        string.Join(newline, rows.Select(r => string.Join(',', ComtradeRow.Header.Select(h => Quote(r[h])))).Prepend(string.Join(',', ComtradeRow.Header)))
        + newline;

    public static byte[] Bytes(IEnumerable<Dictionary<string, string>> rows, string newline = "\n", bool bom = false) =>
        [.. (bom ? Encoding.UTF8.GetPreamble() : []), .. Encoding.UTF8.GetBytes(Csv(rows, newline))];

    /// <summary>
    /// A large file of <paramref name="rows"/> distinct made-up monthly figures (100 codes a month, months back from 1900
    /// on), each value different, offset by <paramref name="valueOffset"/> so that two files change the same figures.
    /// </summary>
    public static async Task WriteManyAsync(string path, int rows, int valueOffset = 0)
    {
        var line = Csv([Row(freq: "M", period: "{P}", cmd: "{C}", value: "{V}")]).Split('\n')[1];
        await using var writer = new StreamWriter(path);
        await writer.WriteLineAsync(string.Join(',', ComtradeRow.Header));
        for (var i = 0; i < rows; i++)
        {
            var month = i / 100;
            await writer.WriteLineAsync(line.Replace("{P}", $"{1900 + month / 12}{month % 12 + 1:D2}").Replace("{C}", $"{2500 + i % 100}").Replace("{V}", $"{i + 1 + valueOffset}"));
        }
    }

    private static string Quote(string field) =>
        field.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + field.Replace("\"", "\"\"") + "\"" : field;
}
