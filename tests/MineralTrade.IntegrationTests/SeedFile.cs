using CsvHelper;

namespace MineralTrade.IntegrationTests;

/// <summary>The seed file as a test reads it: column by column, without the application's own class map.</summary>
public static class SeedFile
{
    public static string Path => System.IO.Path.Combine(AppContext.BaseDirectory, "data", "pk-cn-mineral-figures.csv");

    public static List<Dictionary<string, string>> Rows()
    {
        using var reader = CsvReader.FromFile(Path);
        var rows = new List<Dictionary<string, string>>();
        while (reader.Read())
        {
            rows.Add(reader.Headers.Select((h, i) => (h, v: reader.GetString(i))).ToDictionary(p => p.h, p => p.v));
        }
        return rows;
    }
}
