using MineralTrade.Web.Features.Figures;

namespace MineralTrade.Web.Features.Revisions;

/// <summary>
/// An earlier value of a figure: what the figure said before an import revised it, or its last value when a re-release
/// no longer held it (<see cref="Withdrawn"/>). The figure's own columns, as they were, beside who brought them and who
/// replaced them (docs/decisions/0122). The figure keeps the latest value; growth, totals and charts read only that.
/// </summary>
public sealed class FigureVintage
{
    public long Id { get; set; }

    /// <summary>The figure it was a value of; a withdrawn figure's id is no longer in the store.</summary>
    public int FigureId { get; set; }

    /// <summary>The import that brought this value (its time is the value's retrieval).</summary>
    public int? ImportId { get; set; }

    /// <summary>The import that replaced it, or whose release no longer held it.</summary>
    public int SupersededByImportId { get; set; }

    /// <summary>The value left the store: the release that answers for the figure no longer gave it.</summary>
    public bool Withdrawn { get; set; }

    // The figure's stored columns, as VintageSql copies them (FigureVintageTests fails when one is missing here).
    public required string Reporter { get; set; }
    public required string Exporter { get; set; }
    public required string Importer { get; set; }
    public int PeriodStart { get; set; }
    public int PeriodEnd { get; set; }
    public PeriodKind PeriodKind { get; set; }
    public required string HsCode { get; set; }
    public required string Product { get; set; }
    public required string Category { get; set; }
    public Stage Stage { get; set; }
    public decimal? ValueUsd { get; set; }
    public decimal? Quantity { get; set; }
    public string? QuantityUnit { get; set; }
    public Qualifier Qualifier { get; set; }
    public Coverage Coverage { get; set; }
    public required string SourcePublisher { get; set; }
    public DateOnly? SourceDate { get; set; }
    public string? SourceUrl { get; set; }
    public SourceKind SourceKind { get; set; }
    public string? Note { get; set; }
}
