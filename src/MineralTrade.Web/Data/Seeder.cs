using System.Globalization;
using CsvHelper;
using MineralTrade.Web.Features.Figures;
using MineralTrade.Web.Features.Imports;
using MineralTrade.Web.Features.Targets;

namespace MineralTrade.Web.Data;

/// <summary>
/// Seeds the store from <c>data/</c> at every start: the published figures and the stated targets. The figures file is
/// the truth for its own figures (docs/decisions/0042-seed-is-the-truth.md): it goes through the import like any file,
/// as the seed, so that a corrected row replaces the stored one, a row taken out of the file leaves the store, figures
/// from imports are never touched, and a start that changes something is one entry in the import history.
/// </summary>
public static class Seeder
{
    public const string FiguresFile = "pk-cn-mineral-figures.csv";
    public const string TargetsFile = "targets.csv";

    /// <summary>Where the build copies <c>data/</c>.</summary>
    public static string DataDirectory => Path.Combine(AppContext.BaseDirectory, "data");

    /// <summary>Seeds from <paramref name="directory"/>, in the caller's transaction with the store's write lock taken (Data/DatabaseStartup.cs).</summary>
    public static async Task SeedAsync(MineralTradeDbContext db, string directory, CancellationToken cancellationToken)
    {
        var path = Path.Combine(directory, FiguresFile);
        var result = await ImportService.ImportAsync(db, path, FiguresFile, ImportService.Seed, cancellationToken);
        if (!result.Succeeded)
        {
            throw new InvalidDataException($"{path} has {result.ProblemCount} problem(s); the store was not seeded:{Environment.NewLine}"
                + string.Join(Environment.NewLine, result.Problems));
        }
        SeedTargets(db, Path.Combine(directory, TargetsFile));
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
