using System.Globalization;

namespace MineralTrade.Web.Features.Imports;

/// <summary>
/// <c>dotnet run --project src/MineralTrade.Web -- import &lt;file&gt; [--dry-run]</c>: imports a file into the
/// configured database and prints what it did; exits 1 when the file has problems, 2 when the command is wrong, 3 when
/// the store stayed busy (another import writing) for longer than <c>Import:WaitSeconds</c>.
/// </summary>
public static class ImportCommand
{
    public const string Usage = "usage: import <file.csv> [--dry-run]";

    public static async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        var dryRun = args.Contains("--dry-run");
        var paths = args.Where(a => a != "--dry-run").ToList();
        if (paths is not [var path] || path.StartsWith("--", StringComparison.Ordinal))
        {
            await error.WriteLineAsync(Usage);
            return 2;
        }
        path = Infrastructure.CommandLine.FullPath(path);
        if (!File.Exists(path))
        {
            await error.WriteLineAsync($"{path}: no such file");
            return 2;
        }

        var result = await services.GetRequiredService<ImportService>()
            .ImportAsync(path, UploadSpool.SafeFileName(path), "cli", dryRun, cancellationToken);
        if (result.Busy is { } why)
        {
            await error.WriteLineAsync($"{path}: not imported, the store is busy: {why}. The store is unchanged; try again.");
            return 3;
        }
        if (result.Summary is not { } summary)
        {
            await error.WriteLineAsync($"{path}: not imported: {Plural(result.ProblemCount, "problem")}; the store is unchanged.");
            foreach (var problem in result.Problems)
            {
                await error.WriteLineAsync($"{path}: {problem}");
            }
            if (result.ProblemCount > result.Problems.Count)
            {
                await error.WriteLineAsync($"... and {result.ProblemCount - result.Problems.Count} more");
            }
            return 1;
        }
        await output.WriteLineAsync(Describe(summary));
        return 0;
    }

    /// <summary>The summary as a person reads it.</summary>
    public static string Describe(ImportSummary s)
    {
        var lines = new List<string>
        {
            $"{s.FileName} ({s.Format.ToString().ToLowerInvariant()}, sha256 {s.Sha256[..12]}): {(s.DryRun ? "dry run, nothing written" : s.NothingChanged ? "no change: every figure is already stored as the file gives it" : $"imported as #{s.ImportId}")}",
            $"  {Plural(s.Rows, "row")}: {s.Added} added, {s.Changed} changed, {(s.Removed > 0 ? $"{s.Removed} removed, " : "")}{s.Unchanged} unchanged; {s.Skipped} skipped",
        };
        lines.AddRange(s.SkippedReasons.Select(r => $"    skipped {r.Value.ToString(CultureInfo.InvariantCulture)}: {r.Key}"));
        return string.Join(Environment.NewLine, lines);
    }

    private static string Plural(int n, string noun) => $"{n.ToString(CultureInfo.InvariantCulture)} {noun}{(n == 1 ? "" : "s")}";
}
