using System.Globalization;
using System.Text.Json.Serialization;
using CsvHelper;

namespace MineralTrade.Web.Features.Figures;

/// <summary>
/// A figure as it leaves and enters the application: one JSON object of <c>/api/figures</c>, one line of
/// <c>/api/figures.csv</c>, one line of the seed file and of a native import. The first thirteen columns are the seed
/// file's; the rest are optional on the way in, and the derived ones (category, stage, period kind, id) are
/// recomputed rather than trusted.
/// </summary>
[CsvRecord]
public sealed partial class FigureRow
{
    [CsvColumn("reporter")] public string Reporter { get; set; } = "";
    [CsvColumn("exporter")] public string Exporter { get; set; } = "";
    [CsvColumn("importer")] public string Importer { get; set; } = "";
    [CsvColumn("period_start")] public string PeriodStart { get; set; } = "";
    [CsvColumn("period_end")] public string PeriodEnd { get; set; } = "";
    [CsvColumn("hs_code")] public string HsCode { get; set; } = "";
    [CsvColumn("product")] public string Product { get; set; } = "";
    [CsvColumn("value_usd"), CsvConverter(typeof(CsvNumberConverter))] public decimal? ValueUsd { get; set; }
    // "Name": the enum's spelling, so that the enum types keep their own names here (Qualifier.AtLeast, not Figures.Qualifier.AtLeast).
    [CsvColumn("qualifier"), JsonPropertyName("qualifier")] public string QualifierName { get; set; } = "";
    [CsvColumn("source_publisher")] public string SourcePublisher { get; set; } = "";
    [CsvColumn("source_date"), CsvFormat("yyyy-MM-dd")] public DateOnly? SourceDate { get; set; }
    [CsvColumn("source_url")] public string? SourceUrl { get; set; }
    [CsvColumn("note")] public string? Note { get; set; }
    [CsvColumn("quantity", Optional = true), CsvConverter(typeof(CsvNumberConverter))] public decimal? Quantity { get; set; }
    [CsvColumn("quantity_unit", Optional = true)] public string? QuantityUnit { get; set; }
    // What the value counts (docs/decisions/0067); empty on the way in: goods for an HS code, unstated for a total.
    [CsvColumn("coverage", Optional = true), JsonPropertyName("coverage")] public string? CoverageName { get; set; }
    // Derived from value and quantity (docs/decisions/0061-unit-values.md): empty where no quantity is known; never read back.
    [CsvColumn("unit_value_usd", Optional = true), CsvConverter(typeof(CsvNumberConverter))] public decimal? UnitValueUsd { get; set; }
    [CsvColumn("unit_value_per", Optional = true)] public string? UnitValuePer { get; set; }
    [CsvColumn("unit_value_qualifier", Optional = true)] public string? UnitValueQualifier { get; set; }
    [CsvColumn("source_kind", Optional = true), JsonPropertyName("sourceKind")] public string SourceKindName { get; set; } = "";
    [CsvColumn("period_kind", Optional = true)] public string PeriodKind { get; set; } = "";
    [CsvColumn("category", Optional = true)] public string Category { get; set; } = "";
    [CsvColumn("stage", Optional = true)] public string Stage { get; set; } = "";
    [CsvColumn("id", Optional = true)] public int? Id { get; set; }

    public static FigureRow From(Figure f) => From(f, UnitValue.Of(f));

    /// <summary>The unit value's columns, however the row was read (an entity, or the extract's data reader).</summary>
    public FigureRow WithUnitValue(UnitValue? unit)
    {
        UnitValueUsd = unit is null ? null : Math.Round(unit.UsdPerUnit, 2);
        UnitValuePer = unit?.Per;
        UnitValueQualifier = unit is null ? null : EnumNames<DerivedQualifier>.Name(unit.Qualifier);
        return this;
    }

    private static FigureRow From(Figure f, UnitValue? unit) => new FigureRow
    {
        Id = f.Id,
        Reporter = f.Reporter,
        Exporter = f.Exporter,
        Importer = f.Importer,
        PeriodStart = Period.Format(f.PeriodStart),
        PeriodEnd = Period.Format(f.PeriodEnd),
        PeriodKind = EnumNames<PeriodKind>.Name(f.PeriodKind),
        HsCode = f.HsCode,
        Product = f.Product,
        Category = f.Category,
        Stage = EnumNames<Stage>.Name(f.Stage),
        ValueUsd = f.ValueUsd,
        Quantity = f.Quantity,
        QuantityUnit = f.QuantityUnit,
        QualifierName = EnumNames<Qualifier>.Name(f.Qualifier),
        CoverageName = EnumNames<Coverage>.Name(f.Coverage),
        SourcePublisher = f.SourcePublisher,
        SourceDate = f.SourceDate,
        SourceUrl = f.SourceUrl,
        SourceKindName = EnumNames<SourceKind>.Name(f.SourceKind),
        Note = f.Note,
    }.WithUnitValue(unit);

    /// <summary>
    /// Checks the row and turns it into a figure; <paramref name="errors"/> names each bad column with the reason.
    /// </summary>
    public Figure? ToFigure(List<(string Column, string Reason)> errors)
    {
        var before = errors.Count;
        void Check(bool ok, string column, string reason)
        {
            if (!ok) errors.Add((column, reason));
        }

        Check(Codes.IsReporter(Reporter), "reporter", $"'{Reporter}' is not a reporter code (letters, digits, '-', at most 32)");
        Check(Codes.IsCountry(Exporter), "exporter", $"'{Exporter}' is not an ISO 3166 alpha-2 code or WORLD");
        Check(Codes.IsCountry(Importer), "importer", $"'{Importer}' is not an ISO 3166 alpha-2 code or WORLD");
        Check(Period.TryParse(PeriodStart, out var start), "period_start", $"'{PeriodStart}' is not a month as YYYY-MM");
        Check(Period.TryParse(PeriodEnd, out var end), "period_end", $"'{PeriodEnd}' is not a month as YYYY-MM");
        if (start != 0 && end != 0)
        {
            Check(end >= start, "period_end", $"'{PeriodEnd}' is before period_start '{PeriodStart}'");
        }
        var hs = HsCode.Trim();
        Check(HsClassification.IsValidCode(hs), "hs_code", $"'{HsCode}' is not an HS code (2, 4, 6, 8 or 10 digits, or TOTAL)");
        Check(!string.IsNullOrWhiteSpace(Product), "product", "is empty");
        Check(EnumNames<Qualifier>.TryParse(QualifierName, out var qualifier), "qualifier",
            $"'{QualifierName}' is not one of {string.Join(", ", EnumNames<Qualifier>.All)}");
        if (qualifier == Qualifier.NamedWithoutValue)
        {
            Check(ValueUsd is null, "value_usd", "must be empty for a product named without a value");
        }
        else if (errors.Count == before || ValueUsd is not null)
        {
            Check(ValueUsd is not null, "value_usd", $"is empty, which only a '{EnumNames<Qualifier>.Name(Qualifier.NamedWithoutValue)}' figure may be");
        }
        Check(ValueUsd is null or >= 0, "value_usd", $"'{ValueUsd?.ToString(CultureInfo.InvariantCulture)}' is negative");
        Check(ValueUsd is null or <= Figure.MaxAmount, "value_usd", $"'{ValueUsd?.ToString(CultureInfo.InvariantCulture)}' is beyond any trade figure (at most 10^15)");
        Check(Quantity is null or >= 0, "quantity", $"'{Quantity?.ToString(CultureInfo.InvariantCulture)}' is negative");
        Check(Quantity is null or <= Figure.MaxAmount, "quantity", $"'{Quantity?.ToString(CultureInfo.InvariantCulture)}' is beyond any trade figure (at most 10^15)");
        Check(!string.IsNullOrWhiteSpace(SourcePublisher), "source_publisher", "is empty: every figure needs its source");
        Check(string.IsNullOrWhiteSpace(SourceUrl) || Uri.TryCreate(SourceUrl, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https",
            "source_url", $"'{SourceUrl}' is not an http or https address");
        var coverage = Coverages.Default(hs.ToUpperInvariant());
        Check(string.IsNullOrWhiteSpace(CoverageName) || EnumNames<Coverage>.TryParse(CoverageName, out coverage), "coverage",
            $"'{CoverageName}' is not one of {string.Join(", ", EnumNames<Coverage>.All)}");
        Check(Coverages.Fits(coverage, hs.ToUpperInvariant()), "coverage",
            $"'{CoverageName}' is only for an all-goods figure (TOTAL): an HS code counts goods, services have none");
        var sourceKind = SourceKind.Press;
        Check(string.IsNullOrWhiteSpace(SourceKindName) || EnumNames<SourceKind>.TryParse(SourceKindName, out sourceKind), "source_kind",
            $"'{SourceKindName}' is not one of {string.Join(", ", EnumNames<SourceKind>.All)}");

        if (errors.Count > before)
        {
            return null;
        }
        return new Figure
        {
            Reporter = Codes.CanonicalReporter(Reporter),
            Exporter = Exporter.Trim().ToUpperInvariant(),
            Importer = Importer.Trim().ToUpperInvariant(),
            PeriodStart = start,
            PeriodEnd = end,
            HsCode = hs.ToUpperInvariant(),
            Product = Product.Trim(),
            Category = "",
            ValueUsd = ValueUsd,
            Quantity = Quantity,
            QuantityUnit = NullIfEmpty(QuantityUnit),
            Qualifier = qualifier,
            Coverage = coverage,
            SourcePublisher = SourcePublisher.Trim(),
            SourceDate = SourceDate,
            SourceUrl = NullIfEmpty(SourceUrl),
            SourceKind = sourceKind,
            Note = NullIfEmpty(Note),
        }.Classify();
    }

    private static string? NullIfEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
