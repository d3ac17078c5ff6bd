using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace MineralTrade.ComtradeStandIn;

/// <summary>Answers as the API writes them: data with the 47 fields in camelCase, availability rows, and errors.</summary>
public static class AnswerWriter
{
    private const string Hostile = " <img src=x onerror=alert(1)>\u202Eevil";

    public static Task ErrorAsync(HttpContext http, int status, string message)
    {
        http.Response.StatusCode = status;
        return http.Response.WriteAsJsonAsync(new { statusCode = status, message });
    }

    public static async Task DataAsync(HttpContext http, IReadOnlyList<Row> rows, bool hostile, Fault? fault)
    {
        http.Response.ContentType = "application/json; charset=utf-8";
        using var buffer = new MemoryStream();
        await using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("elapsedTime", "0.12 secs");
            json.WriteNumber("count", rows.Count + (fault?.Kind == FaultKind.CountMismatch ? 7 : 0));
            json.WriteStartArray("data");
            if (fault?.Kind != FaultKind.ErrorField)
            {
                foreach (var row in rows)
                {
                    Record(json, row, hostile, fault is { Kind: FaultKind.BadRecord } && (fault.Period is null || fault.Period == row.Period));
                }
            }
            json.WriteEndArray();
            if (fault?.Kind == FaultKind.ErrorField)
            {
                json.WriteString("error", fault.Message);
            }
            else
            {
                json.WriteNull("error");
            }
            json.WriteEndObject();
        }
        var bytes = buffer.ToArray();
        if (fault?.Kind == FaultKind.Truncate)
        {
            bytes = bytes[..Math.Min(fault.Bytes, bytes.Length)];
        }
        await http.Response.Body.WriteAsync(bytes);
    }

    public static async Task AvailabilityAsync(HttpContext http, string frequency, IReadOnlyList<(int Reporter, int Period, Book.Release Release)> rows)
    {
        http.Response.ContentType = "application/json; charset=utf-8";
        await using var json = new Utf8JsonWriter(http.Response.Body);
        json.WriteStartObject();
        json.WriteString("elapsedTime", "0.05 secs");
        json.WriteNumber("count", rows.Count);
        json.WriteStartArray("data");
        foreach (var (reporter, period, release) in rows)
        {
            var country = Book.Reporter(reporter)!;
            json.WriteStartObject();
            json.WriteString("datasetCode", $"{(frequency == "A" ? 20 : 21)}{reporter}{period}H6");
            json.WriteString("typeCode", "C");
            json.WriteString("freqCode", frequency);
            json.WriteNumber("period", period);
            json.WriteNumber("reporterCode", reporter);
            json.WriteString("reporterISO", country.Iso);
            json.WriteString("reporterDesc", country.Name);
            json.WriteString("classificationCode", "H6");
            json.WriteString("classificationSearchCode", "HS");
            json.WriteBoolean("isOriginalClassification", true);
            json.WriteBoolean("isExtendedFlowCode", true);
            json.WriteBoolean("isExtendedPartnerCode", true);
            json.WriteBoolean("isExtendedPartner2Code", false);
            json.WriteBoolean("isExtendedCmdCode", true);
            json.WriteBoolean("isExtendedCustomsCode", false);
            json.WriteBoolean("isExtendedMotCode", false);
            json.WriteNumber("totalRecords", (long)(Book.Hash($"{reporter}{period}") % 90_000) + 10_000);
            json.WriteNumber("datasetChecksum", (long)(Book.Hash($"{reporter}{period}{release.LastReleased:O}{release.Changes.Count}") % 1_000_000_000));
            json.WriteString("firstReleased", release.FirstReleased.ToString("yyyy-MM-ddTHH:mm:ss", System.Globalization.CultureInfo.InvariantCulture));
            json.WriteString("lastReleased", release.LastReleased.ToString("yyyy-MM-ddTHH:mm:ss", System.Globalization.CultureInfo.InvariantCulture));
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteNull("error");
        json.WriteEndObject();
    }

    /// <summary>A record's 47 fields, in the export's order, typed as the API types them.</summary>
    private static void Record(Utf8JsonWriter json, Row row, bool hostile, bool bad)
    {
        var annual = row.Frequency == "A";
        var text = hostile ? Hostile : "";
        json.WriteStartObject();
        json.WriteString("typeCode", "C");
        json.WriteString("freqCode", row.Frequency);
        json.WriteNumber("refPeriodId", annual ? row.Period * 10000 + 101 : row.Period * 100 + 1);
        json.WriteNumber("refYear", annual ? row.Period : row.Period / 100);
        json.WriteNumber("refMonth", annual ? 52 : row.Period % 100);
        json.WriteString("period", row.Period.ToString(System.Globalization.CultureInfo.InvariantCulture));
        json.WriteNumber("reporterCode", row.Reporter.Code);
        json.WriteString("reporterISO", row.Reporter.Iso);
        json.WriteString("reporterDesc", row.Reporter.Name + text);
        json.WriteString("flowCode", row.Flow);
        json.WriteString("flowDesc", row.Flow == "M" ? "Import" : "Export");
        json.WriteNumber("partnerCode", row.Partner.Code);
        json.WriteString("partnerISO", row.Partner.Iso);
        json.WriteString("partnerDesc", row.Partner.Name + text);
        json.WriteNumber("partner2Code", 0);
        json.WriteString("partner2ISO", "W00");
        json.WriteString("partner2Desc", "World");
        json.WriteString("classificationCode", "H6");
        json.WriteString("classificationSearchCode", "HS");
        json.WriteBoolean("isOriginalClassification", true);
        json.WriteString("cmdCode", row.Cmd);
        json.WriteString("cmdDesc", (bad ? "bad\u0001text " : "") + Descriptions.Of(row.Cmd) + text);
        json.WriteNumber("aggrLevel", row.Cmd == "TOTAL" ? 0 : row.Cmd.Length);
        json.WriteBoolean("isLeaf", row.Cmd.Length == 6);
        json.WriteString("customsCode", row.Customs);
        json.WriteString("customsDesc", row.Customs == "C00" ? "TOTAL CPC" : "Other");
        json.WriteString("mosCode", "0");
        json.WriteNumber("motCode", 0);
        json.WriteString("motDesc", "TOTAL MOT");
        json.WriteNumber("qtyUnitCode", row.NetWeight > 0 ? 8 : -1);
        json.WriteString("qtyUnitAbbr", row.NetWeight > 0 ? "kg" : "N/A");
        json.WriteNumber("qty", row.NetWeight);
        json.WriteBoolean("isQtyEstimated", false);
        json.WriteNumber("altQtyUnitCode", -1);
        json.WriteString("altQtyUnitAbbr", "N/A");
        json.WriteNumber("altQty", 0);
        json.WriteBoolean("isAltQtyEstimated", false);
        json.WriteNumber("netWgt", row.NetWeight);
        json.WriteBoolean("isNetWgtEstimated", false);
        json.WriteNumber("grossWgt", 0);
        json.WriteBoolean("isGrossWgtEstimated", false);
        if (row.Flow == "M")
        {
            json.WriteNumber("cifvalue", row.Value);
            json.WriteNull("fobvalue");
        }
        else
        {
            json.WriteNull("cifvalue");
            json.WriteNumber("fobvalue", row.Value);
        }
        json.WriteNumber("primaryValue", row.Value);
        json.WriteNumber("legacyEstimationFlag", 0);
        json.WriteBoolean("isReported", true);
        json.WriteBoolean("isAggregate", row.Cmd.Length < 6);
        json.WriteEndObject();
    }
}
