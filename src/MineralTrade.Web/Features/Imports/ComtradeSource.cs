namespace MineralTrade.Web.Features.Imports;

/// <summary>
/// What UN Comtrade+ rows say about their own source: a file an analyst downloaded from comtradeplus.un.org, or an
/// answer of its API (Features/Comtrade). The rows are read and checked the same way; only the figures' publisher,
/// link, date and note differ.
/// </summary>
/// <param name="Url">The figure's link, from its row.</param>
/// <param name="Note">The note, from whose statistics the figure is ("China's imports").</param>
public sealed record ComtradeSource(string Publisher, DateOnly? Date, Func<ComtradeRow, string> Url, Func<string, string> Note)
{
    /// <summary>A file: the site's address, the import's date, and the file's name (docs/decisions/0022).</summary>
    public static ComtradeSource File(string fileName, DateOnly importDate) => new(ComtradeRow.Publisher, importDate, _ => ComtradeRow.Url,
        said => $"{said} as reported to UN Comtrade+; file {fileName}, imported {importDate:yyyy-MM-dd}");
}
