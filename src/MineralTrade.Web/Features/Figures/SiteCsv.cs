using System.Globalization;
using CsvHelper;

namespace MineralTrade.Web.Features.Figures;

/// <summary>
/// The site's CSV dialect for one kind of record (a figure, a chart's point, a mirror pair, a supplier): RFC 4180,
/// UTF-8 with a byte-order mark, invariant culture, cells safe to open in a spreadsheet, an empty cell read as absent.
/// </summary>
public static class SiteCsv<T>
{
    /// <summary>
    /// Text cells starting with = + - @, tab or CR get a leading apostrophe (OWASP's advice against CSV injection);
    /// numbers and dates are not text, so -5 stays a number.
    /// </summary>
    public static readonly CsvWriterOptions WriterOptions = CsvWriterOptions.For<T>() with
    {
        Injection = CsvInjection.Escape,
        FormatProvider = CultureInfo.InvariantCulture,
    };

    public static readonly CsvReaderOptions ReaderOptions = CsvReaderOptions.For<T>() with
    {
        FormatProvider = CultureInfo.InvariantCulture,
        NullValues = [""],
    };

    /// <summary>The byte-order mark, the header and the rows as they come, flushing as the buffer fills: nothing is held whole.</summary>
    public static async Task WriteAsync(Stream destination, IAsyncEnumerable<T> rows, CancellationToken cancellationToken = default)
    {
        await FigureCsv.WriteByteOrderMarkAsync(destination, cancellationToken);
        await using var writer = CsvWriter.Create(destination, WriterOptions, leaveOpen: true);
        await writer.WriteRecordsAsync(rows, cancellationToken);
        await writer.FlushAsync(cancellationToken);
    }

    /// <summary>The same for rows already in memory (a chart's points, a supplier table).</summary>
    public static Task WriteAsync(Stream destination, IEnumerable<T> rows, CancellationToken cancellationToken = default) =>
        WriteAsync(destination, rows.ToAsyncEnumerable(), cancellationToken);
}
