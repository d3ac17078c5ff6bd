using System.Globalization;
using System.Security.Cryptography;
using CsvHelper;
using MineralTrade.Web.Features.Figures;
using MineralTrade.Web.Features.Imports;
using MineralTrade.Web.Features.Targets;

namespace MineralTrade.Web.Data;

/// <summary>
/// Seeds the store from <c>data/</c>: the published figures and the stated targets. Idempotent: a figure already
/// stored (same reporter, flow, period, HS code and source) is left alone, so a second start adds nothing and rows
/// added to the file later are picked up.
/// </summary>
public static class Seeder
{
    public const string FiguresFile = "pk-cn-mineral-figures.csv";
    public const string TargetsFile = "targets.csv";

    /// <summary>Where the build copies <c>data/</c>.</summary>
    public static string DataDirectory => Path.Combine(AppContext.BaseDirectory, "data");

    // Microsoft.Data.Sqlite runs async calls synchronously, so the async seeding hook calls this too.
    public static void Seed(MineralTradeDbContext db)
    {
        SeedFigures(db, Path.Combine(DataDirectory, FiguresFile));
        SeedTargets(db, Path.Combine(DataDirectory, TargetsFile));
    }

    private static void SeedFigures(MineralTradeDbContext db, string path)
    {
        var figures = ReadFigures(path);
        // Only the seed's publishers can hold a seed figure: the rest of the store (an import of a million rows)
        // is never read at start-up.
        var publishers = figures.Select(f => f.SourcePublisher).Distinct().ToArray();
        var stored = db.Figures
            .Where(f => publishers.Contains(f.SourcePublisher))
            .Select(f => new { f.Reporter, f.Exporter, f.Importer, f.PeriodStart, f.PeriodEnd, f.HsCode, f.SourcePublisher, f.SourceUrl })
            .AsEnumerable()
            .Select(f => (f.Reporter, f.Exporter, f.Importer, f.PeriodStart, f.PeriodEnd, f.HsCode, f.SourcePublisher, f.SourceUrl))
            .ToHashSet();
        var added = figures.Where(f => !stored.Contains(NaturalKey(f))).ToList();
        if (added.Count == 0)
        {
            return;
        }
        var import = new Import
        {
            FileName = FiguresFile,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path))),
            Format = "native",
            Added = added.Count,
            Unchanged = figures.Count - added.Count,
            ImportedAt = DateTime.UtcNow,
            ImportedBy = "seed",
        };
        db.Imports.Add(import);
        db.SaveChanges();
        foreach (var figure in added)
        {
            figure.ImportId = import.Id;
        }
        db.Figures.AddRange(added);
        db.SaveChanges();
    }

    /// <summary>What makes a figure the same figure: who reported which flow, when, for what code, according to whom.</summary>
    public static (string, string, string, int, int, string, string, string?) NaturalKey(Figure f) =>
        (f.Reporter, f.Exporter, f.Importer, f.PeriodStart, f.PeriodEnd, f.HsCode, f.SourcePublisher, f.SourceUrl);

    /// <summary>Reads a native figures file, failing with the line, column and reason of every bad row.</summary>
    public static List<Figure> ReadFigures(string path)
    {
        using var reader = CsvReader.FromFile(path, FigureCsv.ReaderOptions);
        var figures = new List<Figure>();
        var problems = new List<string>();
        var errors = new List<(string Column, string Reason)>();
        foreach (var row in reader.GetRecords<FigureRow>())
        {
            errors.Clear();
            if (row.ToFigure(errors) is { } figure)
            {
                figures.Add(figure);
            }
            problems.AddRange(errors.Select(e => $"{path}:{reader.LineNumber.ToString(CultureInfo.InvariantCulture)}: {e.Column}: {e.Reason}"));
        }
        var duplicates = figures.GroupBy(NaturalKey).Where(g => g.Count() > 1).Select(g => $"{path}: the figure {g.Key} appears {g.Count()} times");
        problems.AddRange(duplicates);
        return problems.Count == 0 ? figures : throw new InvalidDataException(string.Join(Environment.NewLine, problems));
    }

    private static void SeedTargets(MineralTradeDbContext db, string path)
    {
        using var reader = CsvReader.FromFile(path, CsvReaderOptions.For<Target>() with { FormatProvider = CultureInfo.InvariantCulture });
        var names = db.Targets.Select(t => t.Name).ToHashSet();
        var added = reader.GetRecords<Target>().Where(t => !names.Contains(t.Name)).ToList();
        if (added.Count > 0)
        {
            db.Targets.AddRange(added);
            db.SaveChanges();
        }
    }
}
