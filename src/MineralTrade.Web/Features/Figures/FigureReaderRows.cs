using System.Data.Common;
using System.Runtime.CompilerServices;

namespace MineralTrade.Web.Features.Figures;

/// <summary>
/// The rows of a figures query as the CSV writes them, read column by column from the data reader: no entity, no
/// value converter, no tracking. The columns are the store's (the EF model's names); text stays as stored.
/// </summary>
public sealed class FigureReaderRows(DbDataReader reader, bool sqlite)
{
    public async IAsyncEnumerable<FigureRow> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        int Column(string name) => reader.GetOrdinal(name);
        int id = Column(nameof(Figure.Id)), reporter = Column(nameof(Figure.Reporter)), exporter = Column(nameof(Figure.Exporter)),
            importer = Column(nameof(Figure.Importer)), start = Column(nameof(Figure.PeriodStart)), end = Column(nameof(Figure.PeriodEnd)),
            kind = Column(nameof(Figure.PeriodKind)), hs = Column(nameof(Figure.HsCode)), product = Column(nameof(Figure.Product)),
            category = Column(nameof(Figure.Category)), stage = Column(nameof(Figure.Stage)), value = Column(nameof(Figure.ValueUsd)),
            quantity = Column(nameof(Figure.Quantity)), unit = Column(nameof(Figure.QuantityUnit)), qualifier = Column(nameof(Figure.Qualifier)),
            publisher = Column(nameof(Figure.SourcePublisher)), date = Column(nameof(Figure.SourceDate)), url = Column(nameof(Figure.SourceUrl)),
            sourceKind = Column(nameof(Figure.SourceKind)), note = Column(nameof(Figure.Note));
        while (await reader.ReadAsync(cancellationToken))
        {
            var row = new FigureRow
            {
                Id = reader.GetInt32(id),
                Reporter = reader.GetString(reporter),
                Exporter = reader.GetString(exporter),
                Importer = reader.GetString(importer),
                PeriodStart = Period.Format(reader.GetInt32(start)),
                PeriodEnd = Period.Format(reader.GetInt32(end)),
                PeriodKind = reader.GetString(kind),
                HsCode = reader.GetString(hs),
                Product = reader.GetString(product),
                Category = reader.GetString(category),
                Stage = reader.GetString(stage),
                ValueUsd = Money(value),
                Quantity = Money(quantity),
                QuantityUnit = Text(unit),
                QualifierName = reader.GetString(qualifier),
                SourcePublisher = reader.GetString(publisher),
                SourceDate = reader.IsDBNull(date) ? null : reader.GetFieldValue<DateOnly>(date),
                SourceUrl = Text(url),
                SourceKindName = reader.GetString(sourceKind),
                Note = Text(note),
            };
            yield return row.WithUnitValue(UnitValue.Of(row.ValueUsd, EnumNames<Qualifier>.Parse(row.QualifierName), row.Quantity, row.QuantityUnit,
                EnumNames<SourceKind>.Parse(row.SourceKindName)));
        }
    }

    private string? Text(int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    // As the EF model reads money: SQLite's REAL cast to decimal (docs/decisions/0004); PostgreSQL's numeric as it is.
    private decimal? Money(int ordinal) =>
        reader.IsDBNull(ordinal) ? null : sqlite ? (decimal)reader.GetDouble(ordinal) : reader.GetDecimal(ordinal);
}
