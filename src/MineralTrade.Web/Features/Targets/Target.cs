using CsvHelper;

namespace MineralTrade.Web.Features.Targets;

/// <summary>
/// A stated ambition with its source, such as "mineral exports could reach $6-8 billion annually within this decade":
/// kept apart from trade figures, because it is not one.
/// </summary>
[CsvRecord]
public sealed partial class Target
{
    [CsvIgnore] public int Id { get; set; }

    public required string Name { get; set; }

    public required string Exporter { get; set; }

    /// <summary>ISO 3166 alpha-2, or <c>WORLD</c>: the $6-8 bn goal counts exports to every destination.</summary>
    public required string Importer { get; set; }

    /// <summary>What the target counts, in the source's words where it gives them.</summary>
    public required string Scope { get; set; }

    public decimal LowUsd { get; set; }

    public decimal HighUsd { get; set; }

    /// <summary>The year by which it is to be reached ("within this decade": 2030).</summary>
    public int ByYear { get; set; }

    /// <summary>The level the same speaker gave as the starting point, if any, and how it was put.</summary>
    public decimal? BaselineUsd { get; set; }

    public string? BaselineStatement { get; set; }

    public string? BaselineSourcePublisher { get; set; }

    public DateOnly? BaselineSourceDate { get; set; }

    public string? BaselineSourceUrl { get; set; }

    public required string SourcePublisher { get; set; }

    public DateOnly? SourceDate { get; set; }

    public string? SourceUrl { get; set; }

    public string? Note { get; set; }
}
