using CsvHelper;
using MineralTrade.Web.Features.Figures;

namespace MineralTrade.Web.Features.Imports;

/// <summary>
/// Reads a file to import, line by line: recognises its format by the header, turns each row into a figure, and
/// collects every problem (line, column, reason) and every skipped row (with why) on the way. Holds nothing whole.
/// </summary>
public sealed class ImportReader : IDisposable
{
    /// <summary>A line longer than this is not a line of either format: it guards against an unclosed quote.</summary>
    public const int MaxLineBytes = 1 << 20;

    /// <summary>The seed file's thirteen columns, which a native file must have.</summary>
    public static readonly string[] NativeRequired =
    [
        "reporter", "exporter", "importer", "period_start", "period_end", "hs_code", "product", "value_usd", "qualifier",
        "source_publisher", "source_date", "source_url", "note",
    ];

    private readonly CsvReader _csv;
    private readonly ComtradeSource _source;
    private readonly List<(string Column, string Reason)> _errors = [];

    // Files only: an operator can correct a file and import it again, while refusing the API's answer would stop its
    // series for good; the API's text is shown isolated instead (decisions 0082 and 0123).
    private readonly bool _refusesInvisible;

    private ImportReader(Stream stream, ComtradeSource source, bool refusesInvisible = true)
    {
        _source = source;
        _refusesInvisible = refusesInvisible;
        _csv = CsvReader.Create(stream, FigureCsv.ReaderOptions with
        {
            FieldCountMismatch = CsvFieldCountHandling.Skip,
            MalformedData = CsvMalformedDataHandling.Skip,
            MaxRecordSize = MaxLineBytes,
            OnMalformedRecord = m => Problems.Add(m.LineNumber, null, Describe(m.Reason)),
            OnRecordError = e =>
            {
                // The reader is still on the record: name the column and quote the value, as for Comtrade rows.
                var (error, csv) = ((CsvFormatException)e.Exception, _csv!);
                var known = error.FieldIndex >= 0 && error.FieldIndex < csv.Headers.Count;
                var column = known ? csv.Headers[error.FieldIndex] : error.Member;
                var value = known ? $"'{csv.GetString(error.FieldIndex)}' " : "";
                Problems.Add(error.LineNumber, column, error.InnerException is CsvNumber.InvalidException number ? number.Message : value + column switch
                {
                    "source_date" => "is not a date as YYYY-MM-DD",
                    "id" => "is not a whole number",
                    _ => "is not a number",
                });
                return true;
            },
        }, leaveOpen: false);
    }

    public static ImportReader Open(Stream stream, string fileName, DateOnly importDate) => new(stream, ComtradeSource.File(fileName, importDate));

    public static ImportReader Open(string path, string fileName, DateOnly importDate) =>
        new(Sequential(path), ComtradeSource.File(fileName, importDate));

    /// <summary>A file whose UN Comtrade+ rows are <paramref name="source"/>'s (the API's answers, Features/Comtrade).</summary>
    public static ImportReader Open(string path, ComtradeSource source) =>
        new(Sequential(path), source, refusesInvisible: false);

    private static FileStream Sequential(string path) => new(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);

    public ImportProblems Problems { get; } = new();

    /// <summary>Why rows were skipped, and how many for each reason.</summary>
    public SortedDictionary<string, int> SkippedReasons { get; } = new(StringComparer.Ordinal);

    public int Skipped => SkippedReasons.Values.Sum();

    /// <summary>Known once <see cref="Rows"/> has started; null while the header is not recognised.</summary>
    public ImportFormat? Format { get; private set; }

    /// <summary>The figures of the valid rows, with the line each starts on; the invalid ones end up in <see cref="Problems"/>.</summary>
    public IEnumerable<(long Line, Figure Figure)> Rows()
    {
        Format = DetectFormat();
        return Format switch
        {
            ImportFormat.Comtrade => Read<ComtradeRow>((row, errors) =>
            {
                var figure = row.ToFigure(_source, errors, out var skipped);
                if (skipped is not null)
                {
                    SkippedReasons[skipped] = SkippedReasons.GetValueOrDefault(skipped) + 1;
                }
                return figure;
            }),
            ImportFormat.Native => Read<FigureRow>((row, errors) => Unescaped(row).ToFigure(errors)),
            _ => [],
        };
    }

    private IEnumerable<(long Line, Figure Figure)> Read<TRow>(Func<TRow, List<(string Column, string Reason)>, Figure?> map)
    {
        using var rows = _csv.GetRecords<TRow>().GetEnumerator();
        while (true)
        {
            try
            {
                if (!rows.MoveNext())
                {
                    yield break;
                }
            }
            catch (CsvFormatException e)
            {
                Problems.Add(e.LineNumber, null, $"cannot be read ({e.Message})");
                yield break;
            }
            _errors.Clear();
            CheckText(_errors);
            var figure = map(rows.Current, _errors);
            foreach (var (column, reason) in _errors)
            {
                Problems.Add(_csv.LineNumber, column, reason);
            }
            if (figure is not null && _errors.Count == 0)
            {
                yield return (_csv.LineNumber, figure);
            }
        }
    }

    /// <summary>
    /// No field may hold a control character (NUL, a tab, a line break inside quotes, C1 controls...) or an invisible one
    /// (a right-to-left override, a zero-width space: InvisibleText): nothing a figure says needs one, and each would
    /// reach the pages and the extracts as it is.
    /// </summary>
    private void CheckText(List<(string Column, string Reason)> errors)
    {
        for (var i = 0; i < _csv.FieldCount; i++)
        {
            var field = _csv.GetSpan(i);
            var at = field.IndexOfAnyInRange((byte)0x00, (byte)0x1F);
            if (at < 0)
            {
                at = field.IndexOf((byte)0x7F);
            }
            var c1 = field.IndexOf((byte)0xC2) is var lead and >= 0 && lead + 1 < field.Length && field[lead + 1] is >= 0x80 and <= 0x9F ? lead : -1;
            var column = i < _csv.Headers.Count ? _csv.Headers[i] : $"field {i + 1}";
            if (at >= 0 || c1 >= 0)
            {
                var code = at >= 0 ? field[at] : field[c1 + 1];
                errors.Add((column, $"holds a control character (U+{code:X4}), which no text of a figure may hold"));
            }
            else if (_refusesInvisible && InvisibleText.FirstIn(field) is { } invisible)
            {
                errors.Add((column, $"holds an invisible character ({InvisibleText.Describe(invisible)}), which makes text read other than it is; no text of a figure may hold one"));
            }
        }
    }

    private ImportFormat? DetectFormat()
    {
        IReadOnlyList<string> header;
        try
        {
            header = _csv.Headers;
        }
        catch (CsvFormatException e)
        {
            Problems.Add(1, null, $"not a CSV file: {e.Message}");
            return null;
        }
        if (header.Count == 0 || header is [""])
        {
            if (Problems.Count == 0)
            {
                Problems.Add(1, null, "the file is empty");
            }
            else
            {
                Problems.Add(1, null, "not a CSV file: the first line is not a header");
            }
            return null;
        }
        foreach (var twice in header.Select((name, i) => (Name: name.Trim(), Column: i + 1)).Where(h => h.Name.Length > 0)
            .GroupBy(h => h.Name, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            Problems.Add(1, twice.Key, $"appears {twice.Count()} times in the header (columns {string.Join(", ", twice.Select(h => h.Column))}): which one holds the values?");
        }
        bool Has(string column) => header.Any(h => h.Trim().Equals(column, StringComparison.OrdinalIgnoreCase));
        var (format, required) = ComtradeRow.IsComtradeHeader(header) ? (ImportFormat.Comtrade, ComtradeRow.Required)
            : NativeRequired.Count(Has) >= 5 ? (ImportFormat.Native, NativeRequired)
            : ((ImportFormat?)null, Array.Empty<string>());
        if (format is null)
        {
            Problems.Add(1, null, $"the header is neither a UN Comtrade+ export ({string.Join(",", ComtradeRow.Header.Take(6))},...) "
                + $"nor a MineralTrade figures file ({string.Join(",", NativeRequired.Take(6))},...)");
            return null;
        }
        foreach (var column in required.Where(c => !Has(c)))
        {
            Problems.Add(1, column, "required column is missing from the header");
        }
        return Problems.Count == 0 ? format : null;
    }

    private static string Describe(CsvMalformedReason reason) => reason switch
    {
        CsvMalformedReason.FieldCountMismatch => "the number of fields differs from the header's: a truncated or broken line",
        CsvMalformedReason.UnterminatedQuote => "a quoted field is never closed: the line is cut off",
        CsvMalformedReason.StrayQuote => "a quote inside an unquoted field (quote the field and double the quote)",
        CsvMalformedReason.TextAfterClosingQuote => "text after the closing quote of a field",
        _ => $"malformed CSV ({reason})",
    };

    /// <summary>
    /// Undoes what <c>/api/figures.csv</c> does against CSV injection (a <c>'</c> before text starting with
    /// = + - @ tab or CR), so that an extract imports back as it was.
    /// </summary>
    public static FigureRow Unescaped(FigureRow row)
    {
        static string U(string s) => s is ['\'', '=' or '+' or '-' or '@' or '\t' or '\r', ..] ? s[1..] : s;
        static string? N(string? s) => s is null ? null : U(s);
        row.Reporter = U(row.Reporter);
        row.Exporter = U(row.Exporter);
        row.Importer = U(row.Importer);
        row.PeriodStart = U(row.PeriodStart);
        row.PeriodEnd = U(row.PeriodEnd);
        row.HsCode = U(row.HsCode);
        row.Product = U(row.Product);
        row.QualifierName = U(row.QualifierName);
        row.CoverageName = N(row.CoverageName);
        row.SourcePublisher = U(row.SourcePublisher);
        row.SourceUrl = N(row.SourceUrl);
        row.Note = N(row.Note);
        row.QuantityUnit = N(row.QuantityUnit);
        row.SourceKindName = U(row.SourceKindName);
        return row;
    }

    public void Dispose() => _csv.Dispose();
}
