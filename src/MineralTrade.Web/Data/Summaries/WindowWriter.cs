using System.Data.Common;
using MineralTrade.Web.Features.Figures;
using MineralTrade.Web.Features.Market;
using FigureQualifier = MineralTrade.Web.Features.Figures.Qualifier;

namespace MineralTrade.Web.Data.Summaries;

/// <summary>
/// The year-to-date and 12-month sums of a summary refresh (docs/decisions/0066): reads the monthly figures of the
/// series to summarise (SQL, <see cref="SummarySql.WindowScan"/>) one series at a time, sums their windows by the
/// rules (<see cref="WindowRate.OfSeries"/>), and writes two rows a series once the scan is read.
/// </summary>
public static class WindowWriter
{
    /// <summary>Writes the windows of the touched series (or of all, <paramref name="full"/>); returns how many rows.</summary>
    public static async Task<int> WriteAsync(StoreCommands store, bool full, CancellationToken cancellationToken)
    {
        if (!full)
        {
            await store.ExecuteAsync(SummarySql.DeleteWindows, cancellationToken);
        }
        // Only one series' figures are held at a time; the rows (two a series) are written after the reader closes,
        // as PostgreSQL runs one command at a time on a connection.
        var rates = new List<WindowRate>();
        var series = new List<Figure>();
        await using (var scan = store.Command(SummarySql.WindowScan(full)))
        await using (var row = await scan.ExecuteReaderAsync(cancellationToken))
        {
            while (await row.ReadAsync(cancellationToken))
            {
                var figure = Read(store, row);
                if (series.Count > 0 && !SameCode(series[0], figure))
                {
                    rates.AddRange(WindowRate.OfFigures(series));
                    series.Clear();
                }
                series.Add(figure);
            }
        }
        rates.AddRange(WindowRate.OfFigures(series));

        await using var insert = store.Command(SummarySql.InsertWindow);
        var p = SummarySql.WindowColumns.ToDictionary(c => c, c => StoreCommands.AddParameter(insert, "@" + c));
        foreach (var r in rates)
        {
            Set(p["Window"], EnumNames<WindowKind>.Name(r.Window.Kind));
            Set(p["Reporter"], r.Reporter);
            Set(p["Exporter"], r.Exporter);
            Set(p["Importer"], r.Importer);
            Set(p["Publisher"], r.Publisher);
            Set(p["HsCode"], r.HsCode);
            Set(p["Product"], r.Product);
            Set(p["Category"], r.Category);
            Set(p["PeriodStart"], r.Window.Start);
            Set(p["PeriodEnd"], r.Window.End);
            Set(p["PeriodKind"], EnumNames<PeriodKind>.Name(Period.KindOf(r.Window.Start, r.Window.End)));
            Set(p["ValueUsd"], store.ExactMoney(r.Current.ValueUsd));
            Set(p["Qualifier"], EnumNames<DerivedQualifier>.Name(r.Current.Qualifier));
            Set(p["HalfStep"], store.ExactMoney(r.Current.HalfStep));
            Set(p["PreviousValueUsd"], store.ExactMoney(r.Previous.ValueUsd));
            Set(p["PreviousQualifier"], EnumNames<DerivedQualifier>.Name(r.Previous.Qualifier));
            Set(p["PreviousHalfStep"], store.ExactMoney(r.Previous.HalfStep));
            Set(p["MissingMonths"], string.Join(' ', r.MissingMonths));
            Set(p["CurrentIds"], string.Join(' ', r.Sources.CurrentIds));
            Set(p["PreviousIds"], string.Join(' ', r.Sources.PreviousIds));
            Set(p["Publishers"], TotalParts.WritePublishers(r.Sources.Publishers));
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }
        return rates.Count;
    }

    /// <summary>The columns of <see cref="SummarySql.WindowScan"/> as a figure, with what the window rules read.</summary>
    private static Figure Read(StoreCommands store, DbDataReader r) => new()
    {
        Id = r.GetInt32(0),
        Reporter = r.GetString(1),
        Exporter = r.GetString(2),
        Importer = r.GetString(3),
        HsCode = r.GetString(4),
        SourcePublisher = r.GetString(5),
        Product = r.GetString(6),
        Category = r.GetString(7),
        PeriodStart = r.GetInt32(8),
        PeriodEnd = r.GetInt32(8),
        PeriodKind = PeriodKind.Month,
        ValueUsd = store.ReadMoney(r, 9),
        Qualifier = EnumNames<FigureQualifier>.Parse(r.GetString(10)),
        SourceKind = EnumNames<SourceKind>.Parse(r.GetString(11)),
        SourceDate = r.IsDBNull(12) ? null : r.GetFieldValue<DateOnly>(12),
    };

    /// <summary>The same reporter, flow and code: the scan's order (publishers of one code are split by the rules).</summary>
    private static bool SameCode(Figure a, Figure b) =>
        a.Reporter == b.Reporter && a.Exporter == b.Exporter && a.Importer == b.Importer && a.HsCode == b.HsCode;

    private static void Set(DbParameter parameter, object? value) => parameter.Value = value ?? DBNull.Value;
}
