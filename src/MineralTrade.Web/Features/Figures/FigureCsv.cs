using System.Globalization;
using CsvHelper;

namespace MineralTrade.Web.Features.Figures;

/// <summary>The CSV dialect of figures: RFC 4180, UTF-8, invariant culture, cells safe to open in a spreadsheet.</summary>
public static class FigureCsv
{
    public const string ContentType = "text/csv; charset=utf-8";

    /// <summary>The site's dialect (<see cref="SiteCsv{T}.WriterOptions"/>), for figures.</summary>
    public static readonly CsvWriterOptions WriterOptions = SiteCsv<FigureRow>.WriterOptions;

    public static readonly CsvReaderOptions ReaderOptions = CsvReaderOptions.For<FigureRow>() with
    {
        Separator = ',',
        FormatProvider = CultureInfo.InvariantCulture,
        TrackLineNumbers = true,
        // An empty optional text cell (note, source_url...) is absent, as it is in JSON.
        NullValues = [""],
    };

    /// <summary>Writes a byte-order mark, the header and the rows as they come, flushing as the buffer fills: nothing is held whole.</summary>
    public static Task WriteAsync(Stream destination, IAsyncEnumerable<FigureRow> rows, CancellationToken cancellationToken = default) =>
        SiteCsv<FigureRow>.WriteAsync(destination, rows, cancellationToken);

    /// <summary>The byte-order mark and the header, then whatever <paramref name="writeRows"/> writes field by field (the extract's rows straight from its data reader).</summary>
    public static async Task WriteAsync(Stream destination, Func<CsvWriter, CancellationToken, Task> writeRows, CancellationToken cancellationToken = default)
    {
        await WriteByteOrderMarkAsync(destination, cancellationToken);
        await using var writer = CsvWriter.Create(destination, WriterOptions, leaveOpen: true);
        writer.WriteHeader<FigureRow>();
        await writeRows(writer, cancellationToken);
        await writer.FlushAsync(cancellationToken);
    }

    /// <summary>
    /// A UTF-8 byte-order mark, first in every CSV the site writes: spreadsheets then keep non-ASCII text (≥, –, names)
    /// intact; our own import accepts it.
    /// </summary>
    public static ValueTask WriteByteOrderMarkAsync(Stream destination, CancellationToken cancellationToken) =>
        destination.WriteAsync(System.Text.Encoding.UTF8.Preamble.ToArray(), cancellationToken);

    /// <summary>A file name that says what the extract holds: <c>mineraltrade-figures_copper-zinc_2022-2025_annual.csv</c>.</summary>
    public static string FileName(FigureFilter filter, string what = "figures")
    {
        var parts = new List<string> { "mineraltrade-" + what };
        parts.AddRange(filter.Categories);
        parts.AddRange(filter.HsCodes.Select(h => "hs" + h));
        parts.AddRange(filter.HsCodesWithInside.Select(h => $"hs{h}-and-inside"));
        parts.AddRange(filter.Reporters);
        if (filter.Exporter is not null || filter.Importer is not null)
        {
            parts.Add($"{filter.Exporter ?? "any"}-to-{filter.Importer ?? "any"}");
        }
        if (filter.From is not null || filter.To is not null)
        {
            parts.Add($"{filter.From?.ToString(CultureInfo.InvariantCulture) ?? "start"}-{filter.To?.ToString(CultureInfo.InvariantCulture) ?? "latest"}");
        }
        if (filter.Period is { } period)
        {
            parts.Add(EnumNames<PeriodKind>.Name(period));
        }
        if (parts.Count == 1)
        {
            parts.Add("all");
        }
        return string.Join('_', parts).ToLowerInvariant() + ".csv";
    }
}
