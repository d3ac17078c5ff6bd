using CsvHelper;
using MineralTrade.Web.Features.Figures;

namespace MineralTrade.Web.Features.Mirror;

/// <summary>
/// A mirror pair as it leaves the application: one JSON object of <c>/api/mirror</c> and one line of
/// <c>/api/mirror.csv</c>, the same fields in the same order. Each side carries its reporter, side, qualifier,
/// quantity, unit value and source, so that a line can be checked on its own.
/// </summary>
[CsvRecord]
public sealed partial class MirrorRow
{
    [CsvColumn("exporter")] public string Exporter { get; set; } = "";
    [CsvColumn("importer")] public string Importer { get; set; } = "";
    [CsvColumn("hs_code")] public string HsCode { get; set; } = "";
    [CsvColumn("product")] public string Product { get; set; } = "";
    [CsvColumn("period_start")] public string PeriodStart { get; set; } = "";
    [CsvColumn("period_end")] public string PeriodEnd { get; set; } = "";
    [CsvColumn("period_kind")] public string PeriodKind { get; set; } = "";
    [CsvColumn("kind")] public string Kind { get; set; } = "";
    // Both sides count the same thing, or they are not a pair (docs/decisions/0067).
    [CsvColumn("coverage")] public string Coverage { get; set; } = "";
    [CsvColumn("gap_usd")] public decimal GapUsd { get; set; }
    [CsvColumn("gap_percent")] public decimal? GapPercent { get; set; }
    [CsvColumn("gap_qualifier")] public string GapQualifier { get; set; } = "";
    [CsvColumn("gap_note")] public string? GapNote { get; set; }

    [CsvColumn("first_reporter")] public string FirstReporter { get; set; } = "";
    [CsvColumn("first_side")] public string FirstSide { get; set; } = "";
    [CsvColumn("first_value_usd")] public decimal FirstValueUsd { get; set; }
    [CsvColumn("first_qualifier")] public string FirstQualifier { get; set; } = "";
    [CsvColumn("first_quantity")] public decimal? FirstQuantity { get; set; }
    [CsvColumn("first_quantity_unit")] public string? FirstQuantityUnit { get; set; }
    [CsvColumn("first_unit_value_usd")] public decimal? FirstUnitValueUsd { get; set; }
    [CsvColumn("first_unit_value_per")] public string? FirstUnitValuePer { get; set; }
    [CsvColumn("first_unit_value_qualifier")] public string? FirstUnitValueQualifier { get; set; }
    [CsvColumn("first_source_publisher")] public string FirstSourcePublisher { get; set; } = "";
    [CsvColumn("first_source_date"), CsvFormat("yyyy-MM-dd")] public DateOnly? FirstSourceDate { get; set; }
    [CsvColumn("first_source_url")] public string? FirstSourceUrl { get; set; }
    [CsvColumn("first_figure_id")] public int FirstFigureId { get; set; }

    [CsvColumn("second_reporter")] public string SecondReporter { get; set; } = "";
    [CsvColumn("second_side")] public string SecondSide { get; set; } = "";
    [CsvColumn("second_value_usd")] public decimal SecondValueUsd { get; set; }
    [CsvColumn("second_qualifier")] public string SecondQualifier { get; set; } = "";
    [CsvColumn("second_quantity")] public decimal? SecondQuantity { get; set; }
    [CsvColumn("second_quantity_unit")] public string? SecondQuantityUnit { get; set; }
    [CsvColumn("second_unit_value_usd")] public decimal? SecondUnitValueUsd { get; set; }
    [CsvColumn("second_unit_value_per")] public string? SecondUnitValuePer { get; set; }
    [CsvColumn("second_unit_value_qualifier")] public string? SecondUnitValueQualifier { get; set; }
    [CsvColumn("second_source_publisher")] public string SecondSourcePublisher { get; set; } = "";
    [CsvColumn("second_source_date"), CsvFormat("yyyy-MM-dd")] public DateOnly? SecondSourceDate { get; set; }
    [CsvColumn("second_source_url")] public string? SecondSourceUrl { get; set; }
    [CsvColumn("second_figure_id")] public int SecondFigureId { get; set; }

    /// <summary>Unit values are rounded to the cent here: the figures' own columns keep every digit.</summary>
    public static MirrorRow From(MirrorPair p)
    {
        var (u1, u2) = (p.FirstUnitValue, p.SecondUnitValue);
        return new MirrorRow
        {
            Exporter = p.Exporter,
            Importer = p.Importer,
            HsCode = p.HsCode,
            Product = p.First.Product,
            PeriodStart = Period.Format(p.PeriodStart),
            PeriodEnd = Period.Format(p.PeriodEnd),
            PeriodKind = EnumNames<PeriodKind>.Name(p.First.PeriodKind),
            Kind = EnumNames<PairKind>.Name(p.Kind),
            Coverage = EnumNames<Coverage>.Name(p.First.Coverage),
            GapUsd = p.GapUsd,
            GapPercent = p.GapPercent,
            GapQualifier = EnumNames<DerivedQualifier>.Name(p.GapQualifier),
            GapNote = p.GapReason,

            FirstReporter = p.First.Reporter,
            FirstSide = EnumNames<ReporterSide>.Name(p.FirstSide),
            FirstValueUsd = p.First.ValueUsd!.Value,
            FirstQualifier = EnumNames<Qualifier>.Name(p.First.Qualifier),
            FirstQuantity = p.First.Quantity,
            FirstQuantityUnit = p.First.QuantityUnit,
            FirstUnitValueUsd = u1 is null ? null : Math.Round(u1.UsdPerUnit, 2),
            FirstUnitValuePer = u1?.Per,
            FirstUnitValueQualifier = u1 is null ? null : EnumNames<DerivedQualifier>.Name(u1.Qualifier),
            FirstSourcePublisher = p.First.SourcePublisher,
            FirstSourceDate = p.First.SourceDate,
            FirstSourceUrl = p.First.SourceUrl,
            FirstFigureId = p.First.Id,

            SecondReporter = p.Second.Reporter,
            SecondSide = EnumNames<ReporterSide>.Name(p.SecondSide),
            SecondValueUsd = p.Second.ValueUsd!.Value,
            SecondQualifier = EnumNames<Qualifier>.Name(p.Second.Qualifier),
            SecondQuantity = p.Second.Quantity,
            SecondQuantityUnit = p.Second.QuantityUnit,
            SecondUnitValueUsd = u2 is null ? null : Math.Round(u2.UsdPerUnit, 2),
            SecondUnitValuePer = u2?.Per,
            SecondUnitValueQualifier = u2 is null ? null : EnumNames<DerivedQualifier>.Name(u2.Qualifier),
            SecondSourcePublisher = p.Second.SourcePublisher,
            SecondSourceDate = p.Second.SourceDate,
            SecondSourceUrl = p.Second.SourceUrl,
            SecondFigureId = p.Second.Id,
        };
    }

    /// <summary><c>mineraltrade-mirror_hs2603_pk-to-cn.csv</c>: the figures extract's name, for pairs.</summary>
    public static string FileName(FigureFilter filter) => FigureCsv.FileName(filter).Replace("mineraltrade-figures", "mineraltrade-mirror", StringComparison.Ordinal);
}
