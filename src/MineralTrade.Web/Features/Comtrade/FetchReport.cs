using System.Globalization;
using MineralTrade.Web.Features.Imports;

namespace MineralTrade.Web.Features.Comtrade;

/// <summary>What became of one reporter-period in a run: stored (with what it changed), failed (with why), or left for the next run.</summary>
public sealed record DatasetOutcome(Dataset Dataset, DateTime? Released, ImportSummary? Summary, string? Failure, bool Left = false)
{
    /// <summary>The answers held no record for it: not released yet (without a key), or a release without any tracked figure.</summary>
    public bool Empty { get; init; }
}

/// <summary>A run of the fetch, as the command prints it and the refresher logs it.</summary>
public sealed record FetchReport(FetchOutcome Outcome, int RunId, bool DryRun, string Endpoint, int Calls, IReadOnlyList<DatasetOutcome> Datasets,
    int? ImportId, string? Busy = null, string? Stopped = null)
{
    public static FetchReport WhenBusy(string why) => new(FetchOutcome.Failed, 0, false, "", 0, [], null, Busy: why);

    public IEnumerable<DatasetOutcome> Failed => Datasets.Where(d => d.Failure is not null);

    public int Added => Sum(s => s.Added);

    public int Changed => Sum(s => s.Changed);

    public int Withdrawn => Sum(s => s.Removed);

    /// <summary>The run in words: a line for the run, one for each failure (with its reason), then one for each reporter-period stored.</summary>
    public string Describe()
    {
        if (Busy is not null)
        {
            return $"not fetched: {Busy}. Nothing was changed; try again later.";
        }
        var lines = new List<string>
        {
            $"UN Comtrade+ API ({Endpoint}){(DryRun ? ", dry run: nothing written" : $", fetch #{RunId}")}: {Words()}",
        };
        if (Outcome != FetchOutcome.NothingNew)
        {
            lines.Add($"  {N(Calls, "call")}; {N(Datasets.Count(d => d.Summary is not null || d.Empty), "reporter-period")} stored, "
                + $"{Datasets.Count(d => d.Failure is not null)} failed, {Datasets.Count(d => d.Left)} left for the next run; "
                + $"{Added} figures added, {Changed} revised, {Withdrawn} withdrawn{(ImportId is { } id ? $" (history entry #{id})" : "")}");
        }
        lines.AddRange(Failed.Select(d => $"  failed {d.Dataset}: {d.Failure}; it is asked for again next run"));
        if (Stopped is not null)
        {
            lines.Add($"  stopped: {Stopped}");
        }
        lines.AddRange(Datasets.Where(d => d.Summary is not null || d.Empty).Select(d => $"  {d.Dataset}{Release(d.Released)}: "
            + (d.Summary is { } s ? $"{s.Added} added, {s.Changed} revised, {s.Removed} withdrawn, {s.Unchanged} unchanged{(s.Skipped > 0 ? $", {s.Skipped} skipped" : "")}" : "no record")));
        return string.Join(Environment.NewLine, lines);
    }

    private string Words() => Outcome switch
    {
        FetchOutcome.NothingNew => "nothing was released since the last run; no data was asked for",
        FetchOutcome.Complete => "every reporter-period asked for is stored",
        FetchOutcome.BudgetSpent => "the daily call budget is spent; the next runs go on where this one stopped",
        FetchOutcome.Failed => $"{N(Failed.Count(), "reporter-period")} failed",
        _ => EnumNames(Outcome),
    };

    private static string EnumNames(FetchOutcome outcome) => Figures.EnumNames<FetchOutcome>.Name(outcome);

    private static string Release(DateTime? released) => released is { } r ? $" (release of {r:yyyy-MM-dd})" : "";

    private int Sum(Func<ImportSummary, int> count) => Datasets.Where(d => d.Summary is not null).Sum(d => count(d.Summary!));

    private static string N(int n, string noun) => $"{n.ToString(CultureInfo.InvariantCulture)} {noun}{(n == 1 ? "" : "s")}";
}
