using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using MineralTrade.Web.Features.Figures;
using MineralTrade.Web.Features.Imports;

namespace MineralTrade.Benchmarks;

/// <summary>
/// The baseline of the import benchmark: the same file read and checked by the app's own reader, each figure inserted
/// into the store's Figures table (with its indexes: give it a copy of an empty, seeded store) by one prepared
/// statement in one transaction. No staging, no duplicate check, no merge, no summaries: the least an import can do.
/// </summary>
internal static class RawInsert
{
    private static readonly string[] s_columns =
    [
        "Reporter", "Exporter", "Importer", "PeriodStart", "PeriodEnd", "PeriodKind", "HsCode", "Product", "Category", "Stage",
        "ValueUsd", "Quantity", "QuantityUnit", "Qualifier", "SourcePublisher", "SourceDate", "SourceUrl", "SourceKind", "Note",
    ];

    public static int Run(string csvPath, string dbPath)
    {
        var clock = Stopwatch.StartNew();
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = dbPath, Mode = SqliteOpenMode.ReadWrite }.ToString());
        connection.Open();
        using var transaction = connection.BeginTransaction();
        using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = $"INSERT INTO Figures ({string.Join(", ", s_columns)}) VALUES ({string.Join(", ", s_columns.Select(c => "$" + c))})";
        var parameters = s_columns.Select(c => insert.Parameters.Add("$" + c, SqliteType.Text)).ToArray();
        insert.Prepare();

        using var reader = ImportReader.Open(csvPath, Path.GetFileName(csvPath), DateOnly.FromDateTime(DateTime.UtcNow));
        var rows = 0;
        foreach (var (_, figure) in reader.Rows())
        {
            object?[] values =
            [
                figure.Reporter, figure.Exporter, figure.Importer, figure.PeriodStart, figure.PeriodEnd, EnumNames<PeriodKind>.Name(figure.PeriodKind),
                figure.HsCode, figure.Product, figure.Category, EnumNames<Stage>.Name(figure.Stage), (double?)figure.ValueUsd, (double?)figure.Quantity,
                figure.QuantityUnit, EnumNames<Qualifier>.Name(figure.Qualifier), figure.SourcePublisher,
                figure.SourceDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), figure.SourceUrl, EnumNames<SourceKind>.Name(figure.SourceKind), figure.Note,
            ];
            for (var i = 0; i < values.Length; i++)
            {
                parameters[i].Value = values[i] ?? DBNull.Value;
                parameters[i].SqliteType = values[i] switch { int => SqliteType.Integer, double => SqliteType.Real, _ => SqliteType.Text };
            }
            insert.ExecuteNonQuery();
            rows++;
        }
        if (reader.Problems.Count > 0)
        {
            Console.Error.WriteLine($"{reader.Problems.Count} problems in {csvPath}: the baseline needs a clean file.");
            return 1;
        }
        transaction.Commit();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"raw_insert rows={rows} skipped={reader.Skipped} seconds={clock.Elapsed.TotalSeconds:0.00}"));
        return 0;
    }
}
