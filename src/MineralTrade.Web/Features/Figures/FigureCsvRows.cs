using System.Data.Common;
using System.Globalization;
using CsvHelper;

namespace MineralTrade.Web.Features.Figures;

/// <summary>
/// The extract's rows written from the query's data reader straight into CsvHelper's writer, column by column in
/// <see cref="FigureRow"/>'s order: no row object, no entity, no value converter; months and numbers formatted in
/// place, text as the reader's strings (Microsoft.Data.Sqlite's GetBytes/GetStream open a blob handle per cell: 6x
/// slower). The bytes are those of <see cref="FigureRow"/> through the same writer (CsvExtractBytesTests holds them equal).
/// </summary>
public sealed class FigureCsvRows
{
    private readonly DbDataReader _reader;
    private readonly bool _sqlite;
    private readonly int _id, _reporter, _exporter, _importer, _start, _end, _kind, _hs, _product, _category, _stage, _value,
        _quantity, _unit, _qualifier, _publisher, _date, _url, _sourceKind, _note, _coverage;

    public FigureCsvRows(DbDataReader reader, bool sqlite)
    {
        (_reader, _sqlite) = (reader, sqlite);
        int Column(string name) => reader.GetOrdinal(name);
        (_id, _reporter, _exporter, _importer) = (Column(nameof(Figure.Id)), Column(nameof(Figure.Reporter)), Column(nameof(Figure.Exporter)), Column(nameof(Figure.Importer)));
        (_start, _end, _kind, _hs) = (Column(nameof(Figure.PeriodStart)), Column(nameof(Figure.PeriodEnd)), Column(nameof(Figure.PeriodKind)), Column(nameof(Figure.HsCode)));
        (_product, _category, _stage, _value) = (Column(nameof(Figure.Product)), Column(nameof(Figure.Category)), Column(nameof(Figure.Stage)), Column(nameof(Figure.ValueUsd)));
        (_quantity, _unit, _qualifier, _publisher) = (Column(nameof(Figure.Quantity)), Column(nameof(Figure.QuantityUnit)), Column(nameof(Figure.Qualifier)), Column(nameof(Figure.SourcePublisher)));
        (_date, _url, _sourceKind, _note) = (Column(nameof(Figure.SourceDate)), Column(nameof(Figure.SourceUrl)), Column(nameof(Figure.SourceKind)), Column(nameof(Figure.Note)));
        _coverage = Column(nameof(Figure.Coverage));
    }

    /// <summary>Writes every row the reader has left, flushing as the writer's buffer fills.</summary>
    public async Task WriteAsync(CsvWriter writer, CancellationToken cancellationToken)
    {
        while (await _reader.ReadAsync(cancellationToken))
        {
            WriteRow(writer);
            await writer.EndRecordAsync(cancellationToken);
        }
    }

    private void WriteRow(CsvWriter writer)
    {
        Text(writer, _reporter);
        Text(writer, _exporter);
        Text(writer, _importer);
        Month(writer, _start);
        Month(writer, _end);
        Text(writer, _hs);
        Text(writer, _product);
        var value = Money(_value);
        Number(writer, value);
        Text(writer, _qualifier);
        Text(writer, _publisher);
        Date(writer);
        Text(writer, _url);
        Text(writer, _note);
        var quantity = Money(_quantity);
        Number(writer, quantity);
        Text(writer, _unit);
        Text(writer, _coverage);
        var unitValue = quantity is > 0 && value is not null && !_reader.IsDBNull(_unit)
            ? UnitValue.Of(value, Named<Qualifier>(_qualifier), quantity, _reader.GetString(_unit), Named<SourceKind>(_sourceKind))
            : null;
        Number(writer, unitValue is null ? null : Math.Round(unitValue.UsdPerUnit, 2));
        writer.WriteField(unitValue?.Per);
        writer.WriteField(unitValue is null ? null : EnumNames<DerivedQualifier>.Name(unitValue.Qualifier));
        Text(writer, _sourceKind);
        Text(writer, _kind);
        Text(writer, _category);
        Text(writer, _stage);
        writer.WriteField(_reader.GetInt32(_id), default);
    }

    private void Text(CsvWriter writer, int ordinal)
    {
        if (_reader.IsDBNull(ordinal))
        {
            writer.WriteField((string?)null);
        }
        else
        {
            writer.WriteField(_reader.GetString(ordinal));
        }
    }

    // A month as Period.Format writes it (YYYY-MM), formatted in place.
    private void Month(CsvWriter writer, int ordinal)
    {
        var month = _reader.GetInt32(ordinal);
        Span<byte> text = stackalloc byte[7];
        Period.Year(month).TryFormat(text, out _, "D4", CultureInfo.InvariantCulture);
        text[4] = (byte)'-';
        Period.MonthOfYear(month).TryFormat(text[5..], out _, "D2", CultureInfo.InvariantCulture);
        writer.WriteField(text);
    }

    // As CsvNumberConverter writes a number.
    private static void Number(CsvWriter writer, decimal? value)
    {
        if (value is { } v)
        {
            writer.WriteField(v, default);
        }
        else
        {
            writer.WriteField((string?)null);
        }
    }

    // As FigureRow's [CsvFormat("yyyy-MM-dd")].
    private void Date(CsvWriter writer)
    {
        if (_reader.IsDBNull(_date))
        {
            writer.WriteField((string?)null);
        }
        else
        {
            writer.WriteField(_reader.GetFieldValue<DateOnly>(_date), "yyyy-MM-dd");
        }
    }

    // As the EF model reads money: SQLite's REAL cast to decimal (docs/decisions/0004); PostgreSQL's numeric as it is.
    private decimal? Money(int ordinal) =>
        _reader.IsDBNull(ordinal) ? null : _sqlite ? (decimal)_reader.GetDouble(ordinal) : _reader.GetDecimal(ordinal);

    private T Named<T>(int ordinal) where T : struct, Enum => EnumNames<T>.Parse(_reader.GetString(ordinal));
}
