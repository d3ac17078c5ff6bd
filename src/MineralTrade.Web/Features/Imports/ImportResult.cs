using System.Text.Json.Serialization;

namespace MineralTrade.Web.Features.Imports;

/// <summary>The file formats an import recognises by their header.</summary>
public enum ImportFormat
{
    /// <summary>The seed file's columns, as <c>/api/figures.csv</c> writes them.</summary>
    [JsonStringEnumMemberName("native")] Native,
    /// <summary>A UN Comtrade+ CSV export (47 columns).</summary>
    [JsonStringEnumMemberName("comtrade")] Comtrade,
    /// <summary>Answers of the UN Comtrade+ API, fetched by a run (Features/Comtrade): one history entry per run.</summary>
    [JsonStringEnumMemberName("comtrade-api")] ComtradeApi,
}

/// <summary>Something wrong with a file, where it is: line 1 is the header.</summary>
public sealed record ImportProblem(long Line, string? Column, string Reason)
{
    public override string ToString() => Column is null ? $"line {Line}: {Reason}" : $"line {Line}, column {Column}: {Reason}";
}

/// <summary>The problems of a file: every one counted, the first <see cref="Limit"/> by line kept.</summary>
public sealed class ImportProblems
{
    public const int Limit = 100;

    private readonly List<ImportProblem> _first = [];

    public int Count { get; private set; }

    public IReadOnlyList<ImportProblem> First => _first;

    public void Add(long line, string? column, string reason) => Add(new ImportProblem(line, column, reason));

    public void Add(ImportProblem problem)
    {
        Count++;
        // Problems arrive in line order from the reader and again from the duplicate check; keep the lowest lines.
        var at = _first.FindLastIndex(p => p.Line <= problem.Line) + 1;
        if (at < Limit)
        {
            _first.Insert(at, problem);
            if (_first.Count > Limit)
            {
                _first.RemoveAt(Limit);
            }
        }
    }
}

/// <summary>What an import did, or would do in a dry run.</summary>
/// <param name="Removed">Figures taken out of the store: only the seed does this, for rows its file no longer has.</param>
/// <param name="SkippedReasons">Why rows were left out (flows other than exports and imports...), with how many each.</param>
/// <param name="ImportId">The history entry written; null for a dry run and for a file that changes nothing.</param>
public sealed record ImportSummary(
    string FileName,
    string Sha256,
    ImportFormat Format,
    bool DryRun,
    int Rows,
    int Added,
    int Changed,
    int Removed,
    int Unchanged,
    int Skipped,
    IReadOnlyDictionary<string, int> SkippedReasons,
    int? ImportId,
    DateTime ImportedAt,
    string ImportedBy)
{
    /// <summary>Every figure of the file is already stored as the file gives it: no history entry is written.</summary>
    public bool NothingChanged => Added == 0 && Changed == 0 && Removed == 0;
}

/// <summary>A summary when the file was good; otherwise its problems, or why the store could not take it now; the store untouched.</summary>
public sealed record ImportResult(ImportSummary? Summary, int ProblemCount, IReadOnlyList<ImportProblem> Problems)
{
    /// <summary>Why the import did not run (the store was busy for longer than the wait): try again later.</summary>
    public string? Busy { get; init; }

    public bool Succeeded => Summary is not null;

    public static ImportResult Rejected(ImportProblems problems) => new(null, problems.Count, problems.First);

    public static ImportResult Waited(string why) => new(null, 0, []) { Busy = why };
}
