using CsvHelper;

namespace MineralTrade.Web.Features.Figures;

/// <summary>
/// One number a chart draws, as a line of its CSV (<c>/api/charts/{chart}.csv</c>, a product page's
/// <c>/api/products/{code}/charts/{chart}.csv</c>): the series it belongs to, the bar
/// or point it is, the period, the value with its unit and qualifier, whose statistics and which sources. A sum, a
/// growth rate or a share is written as drawn, never the figures behind it (those are the view's <c>/api/figures.csv</c>).
/// </summary>
[CsvRecord]
public sealed partial class ChartRow
{
    [CsvColumn("chart")] public string Chart { get; set; } = "";
    /// <summary>The series as the chart's legend names it.</summary>
    [CsvColumn("series")] public string Series { get; set; } = "";
    /// <summary>The bar's or point's name on its axis, where it is not the period: a category, a product.</summary>
    [CsvColumn("label")] public string? Label { get; set; }
    [CsvColumn("period")] public string Period { get; set; } = "";
    [CsvColumn("value")] public decimal Value { get; set; }
    /// <summary><c>usd</c> or <c>percent</c>.</summary>
    [CsvColumn("unit")] public string Unit { get; set; } = "";
    [CsvColumn("qualifier")] public string Qualifier { get; set; } = "";
    [CsvColumn("reporter")] public string Reporter { get; set; } = "";
    [CsvColumn("source")] public string Source { get; set; } = "";
    /// <summary>What the value is against or made of, where the chart's tooltip says it.</summary>
    [CsvColumn("note")] public string? Note { get; set; }

    public const string Usd = "usd", Percent = "percent";

    /// <summary>A unit value's unit: <c>usd_per_t</c>.</summary>
    public static string UsdPer(string per) => "usd_per_" + per;

    /// <summary><c>mineraltrade-growth_copper.csv</c>: the chart and the view, as the figures extract names it (and the page of /compare past the first).</summary>
    public static string FileName(FigureFilter filter, string chart, int page = 1) =>
        FigureCsv.FileName(filter, chart) is var name && page > 1 ? $"{name[..^4]}_page-{page}.csv" : name;

    /// <summary>A bar or point that is one figure as it stands: its value, qualifier, reporter and publisher.</summary>
    public static ChartRow OfFigure(string chart, string series, string? label, string period, Figure f, string? note) => new()
    {
        Chart = chart, Series = series, Label = label, Period = period, Value = f.ValueUsd!.Value, Unit = Usd,
        Qualifier = Name(Money.Derived(f.Qualifier)), Reporter = f.Reporter, Source = f.SourcePublisher, Note = note,
    };

    /// <summary>A qualifier as the other CSVs write it: <c>exact</c>, <c>at_least</c>, <c>at_most</c>, <c>approximate</c>.</summary>
    public static string Name(DerivedQualifier qualifier) => EnumNames<DerivedQualifier>.Name(qualifier);
}
