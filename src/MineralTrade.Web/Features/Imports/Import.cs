namespace MineralTrade.Web.Features.Imports;

/// <summary>One load of a file into the store, the seed file included: what came in, from where, and what it changed.</summary>
public sealed class Import
{
    public int Id { get; set; }

    public required string FileName { get; set; }

    /// <summary>Lower-case hex SHA-256 of the file's bytes.</summary>
    public required string Sha256 { get; set; }

    /// <summary><c>native</c> (the seed file's columns) or <c>comtrade</c> (a UN Comtrade+ export).</summary>
    public required string Format { get; set; }

    public int Added { get; set; }

    public int Changed { get; set; }

    public int Unchanged { get; set; }

    public int Skipped { get; set; }

    /// <summary>UTC, stored as ticks-free ISO text; SQLite has no date type.</summary>
    public DateTime ImportedAt { get; set; }

    /// <summary>Who loaded it: <c>seed</c>, <c>cli</c>, or the name of the API key.</summary>
    public required string ImportedBy { get; set; }
}
