namespace MineralTrade.Web.Features.Imports;

/// <summary>One load of a file into the store, the seed file included: what came in, from where, and what it changed.</summary>
public sealed class Import
{
    public int Id { get; set; }

    public required string FileName { get; set; }

    /// <summary>Lower-case hex SHA-256 of the file's bytes.</summary>
    public required string Sha256 { get; set; }

    /// <summary>Stored as its published spelling, <c>native</c> or <c>comtrade</c> (Data/Configurations/ImportConfiguration.cs).</summary>
    public ImportFormat Format { get; set; }

    public int Added { get; set; }

    public int Changed { get; set; }

    /// <summary>Figures taken out: only the seed removes, the figures its file no longer has (docs/decisions/0042).</summary>
    public int Removed { get; set; }

    public int Unchanged { get; set; }

    public int Skipped { get; set; }

    /// <summary>UTC, stored as ticks-free ISO text; SQLite has no date type.</summary>
    public DateTime ImportedAt { get; set; }

    /// <summary>Who loaded it: <c>seed</c>, <c>cli</c>, or the name of the API key.</summary>
    public required string ImportedBy { get; set; }
}
