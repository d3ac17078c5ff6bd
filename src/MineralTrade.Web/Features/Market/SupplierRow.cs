using CsvHelper;
using MineralTrade.Web.Features.Figures;

namespace MineralTrade.Web.Features.Market;

/// <summary>
/// One partner of a supplier table as it leaves the application: a JSON row of <c>/api/suppliers</c> and a line of
/// <c>/api/suppliers.csv</c>, the same fields in the same order. Each line carries the table it belongs to (reporter,
/// importer, code, months, world total) and its own figures' sources, so that it can be checked on its own.
/// </summary>
[CsvRecord]
public sealed partial class SupplierRow
{
    [CsvColumn("rank")] public int Rank { get; set; }
    [CsvColumn("rank_qualifier")] public string RankQualifier { get; set; } = "";
    [CsvColumn("partner")] public string Partner { get; set; } = "";
    [CsvColumn("value_usd")] public decimal ValueUsd { get; set; }
    [CsvColumn("qualifier")] public string Qualifier { get; set; } = "";
    [CsvColumn("share")] public decimal? Share { get; set; }
    [CsvColumn("share_qualifier")] public string ShareQualifier { get; set; } = "";
    [CsvColumn("share_note")] public string? ShareNote { get; set; }
    [CsvColumn("quantity")] public decimal? Quantity { get; set; }
    [CsvColumn("quantity_unit")] public string? QuantityUnit { get; set; }
    [CsvColumn("unit_value_usd")] public decimal? UnitValueUsd { get; set; }
    [CsvColumn("unit_value_per")] public string? UnitValuePer { get; set; }
    [CsvColumn("unit_value_qualifier")] public string? UnitValueQualifier { get; set; }
    [CsvColumn("unit_value_note")] public string? UnitValueNote { get; set; }
    [CsvColumn("against_market_percent")] public decimal? AgainstMarketPercent { get; set; }
    [CsvColumn("months_held")] public int MonthsHeld { get; set; }
    [CsvColumn("missing_months")] public string? MissingMonths { get; set; }

    [CsvColumn("reporter")] public string Reporter { get; set; } = "";
    [CsvColumn("importer")] public string Importer { get; set; } = "";
    [CsvColumn("hs_code")] public string HsCode { get; set; } = "";
    [CsvColumn("window")] public string Window { get; set; } = "";
    [CsvColumn("period_start")] public string PeriodStart { get; set; } = "";
    [CsvColumn("period_end")] public string PeriodEnd { get; set; } = "";
    [CsvColumn("world_value_usd")] public decimal? WorldValueUsd { get; set; }
    [CsvColumn("world_qualifier")] public string? WorldQualifier { get; set; }
    [CsvColumn("world_basis")] public string? WorldBasis { get; set; }
    [CsvColumn("market_unit_value_usd")] public decimal? MarketUnitValueUsd { get; set; }

    [CsvColumn("source_publisher")] public string SourcePublisher { get; set; } = "";
    [CsvColumn("source_date"), CsvFormat("yyyy-MM-dd")] public DateOnly? SourceDate { get; set; }
    [CsvColumn("source_url")] public string? SourceUrl { get; set; }
    [CsvColumn("figure_ids")] public string FigureIds { get; set; } = "";

    /// <summary>Unit values rounded to the cent here: the figures keep every digit.</summary>
    public static SupplierRow From(SupplierTable table, SupplierLine line)
    {
        var sum = line.Sum;
        var unit = sum.UnitValue;
        var (publisher, date, url) = Sources(sum.Figures);
        return new SupplierRow
        {
            Rank = line.Rank,
            RankQualifier = EnumNames<DerivedQualifier>.Name(line.RankQualifier),
            Partner = line.Partner,
            ValueUsd = line.ValueUsd,
            Qualifier = EnumNames<DerivedQualifier>.Name(sum.Qualifier),
            Share = line.SharePercent,
            ShareQualifier = EnumNames<DerivedQualifier>.Name(line.ShareQualifier),
            ShareNote = line.ShareNote,
            Quantity = sum.Quantity,
            QuantityUnit = sum.QuantityUnit,
            UnitValueUsd = unit is null ? null : Math.Round(unit.UsdPerUnit, 2),
            UnitValuePer = unit?.Per,
            UnitValueQualifier = unit is null ? null : EnumNames<DerivedQualifier>.Name(unit.Qualifier),
            UnitValueNote = unit?.Reason ?? sum.NoUnitValueReason,
            AgainstMarketPercent = line.AgainstMarketPercent,
            MonthsHeld = sum.Figures.Sum(f => Period.Months(f.PeriodStart, f.PeriodEnd)),
            MissingMonths = sum.MissingMonths.Count == 0 ? null : string.Join(' ', sum.MissingMonths.Select(Period.Format)),
            Reporter = table.Reporter,
            Importer = table.Importer,
            HsCode = table.HsCode,
            Window = table.Window.KindName,
            PeriodStart = Period.Format(table.Window.Start),
            PeriodEnd = Period.Format(table.Window.End),
            WorldValueUsd = table.World?.ValueUsd,
            WorldQualifier = table.World is { } w ? EnumNames<DerivedQualifier>.Name(w.Qualifier) : null,
            WorldBasis = table.World is { } b ? EnumNames<Market.WorldBasis>.Name(b.Basis) : null,
            MarketUnitValueUsd = table.Market is { } m ? Math.Round(m.UnitValue.UsdPerUnit, 2) : null,
            SourcePublisher = publisher,
            SourceDate = date,
            SourceUrl = url,
            FigureIds = string.Join(' ', sum.Figures.Select(f => f.Id)),
        };
    }

    /// <summary>The figures' sources: their publishers and addresses, each once (a window of months may come from several imports), and the latest date.</summary>
    public static (string Publisher, DateOnly? Date, string? Url) Sources(IEnumerable<Figure> figures)
    {
        var list = figures.ToList();
        var urls = list.Select(f => f.SourceUrl).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        return (string.Join("; ", list.Select(f => f.SourcePublisher).Distinct(StringComparer.Ordinal)),
            list.Max(f => f.SourceDate),
            urls.Count == 0 ? null : string.Join(' ', urls));
    }

    /// <summary>The order of the rows and of their pages: rank, then partner code.</summary>
    public static readonly KeysetOrder<SupplierRow> Order = new KeysetOrder<SupplierRow>().By(r => r.Rank).By(r => r.Partner);

    /// <summary><c>mineraltrade-suppliers_hs2603_cn_2025.csv</c>, <c>..._cn_12m-2026-10.csv</c>.</summary>
    public static string FileName(SupplierTable table) =>
        $"mineraltrade-suppliers_hs{table.HsCode}_{table.Importer.ToLowerInvariant()}_"
        + (table.Window.Kind == WindowKind.Year ? $"{Period.Year(table.Window.Start)}" : $"{table.Window.KindName}-{Period.Format(table.Window.End)}") + ".csv";
}
