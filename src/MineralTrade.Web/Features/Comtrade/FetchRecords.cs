using System.Text.Json.Serialization;

namespace MineralTrade.Web.Features.Comtrade;

/// <summary>One run of the fetch (the command or the refresher): when, by whom, how it ended, and its history entry.</summary>
public sealed class FetchRun
{
    public int Id { get; set; }

    public DateTime StartedAt { get; set; }

    public DateTime? FinishedAt { get; set; }

    /// <summary><c>cli</c> or <c>refresher</c>, and the node.</summary>
    public required string RunBy { get; set; }

    /// <summary><c>data</c> (with a key) or <c>preview</c>.</summary>
    public required string Endpoint { get; set; }

    public FetchOutcome Outcome { get; set; }

    public int Calls { get; set; }

    /// <summary>Reporter-periods stored (changed or not), failed, and left for the next run by the budget.</summary>
    public int Stored { get; set; }

    public int Failed { get; set; }

    public int Left { get; set; }

    /// <summary>The import-history entry of the figures it brought; null while it changed none.</summary>
    public int? ImportId { get; set; }

    /// <summary>The run in words, its failures with their reasons first.</summary>
    public string? Message { get; set; }
}

public enum FetchOutcome
{
    [JsonStringEnumMemberName("running")] Running,
    /// <summary>Nothing was released since the last run: no data call was made.</summary>
    [JsonStringEnumMemberName("nothing-new")] NothingNew,
    [JsonStringEnumMemberName("complete")] Complete,
    /// <summary>The daily budget ran out: the rest is fetched by the next runs.</summary>
    [JsonStringEnumMemberName("budget-spent")] BudgetSpent,
    /// <summary>At least one reporter-period failed; it is asked for again next run.</summary>
    [JsonStringEnumMemberName("failed")] Failed,
    /// <summary>Ended before it could say (a killed process): found so at the next run.</summary>
    [JsonStringEnumMemberName("interrupted")] Interrupted,
}

/// <summary>One call of a run, as the history lists it: the address without the key, and what came of it.</summary>
public sealed class FetchRequest
{
    public long Id { get; set; }

    public int FetchRunId { get; set; }

    public DateTime At { get; set; }

    public required string Url { get; set; }

    public int? StatusCode { get; set; }

    public int Records { get; set; }

    public int Tries { get; set; }

    public int Milliseconds { get; set; }

    /// <summary>Why it failed, or that it was split because its answer may have been cut; null when it was used.</summary>
    public string? Problem { get; set; }
}

/// <summary>
/// A reporter-period as a run stored it: the release (the availability's <c>lastReleased</c>; null without a key),
/// when it was retrieved, and what it changed. The latest row of a reporter-period is what the store holds of it.
/// </summary>
public sealed class ComtradeRelease
{
    public long Id { get; set; }

    public int FetchRunId { get; set; }

    public required string Frequency { get; set; }

    public int ReporterCode { get; set; }

    public int Period { get; set; }

    public DateTime? Released { get; set; }

    public DateTime RetrievedAt { get; set; }

    public int? ImportId { get; set; }

    public int Added { get; set; }

    public int Changed { get; set; }

    public int Withdrawn { get; set; }

    public int Unchanged { get; set; }

    public int Skipped { get; set; }

    public Dataset Dataset => new(Frequency, ReporterCode, Period);
}

/// <summary>The calls made on one day (UTC), by every node: the daily budget (<see cref="ComtradeCallBudget"/>).</summary>
public sealed class ComtradeCallDay
{
    public DateOnly Day { get; set; }

    public int Calls { get; set; }
}

/// <summary>The one row that says which process fetches now, until when (<see cref="FetchLease"/>).</summary>
public sealed class FetchLeaseRow
{
    public const int SingleRow = 1;

    public int Id { get; set; }

    /// <summary><c>machine:pid:guid</c> of the holder; null when free.</summary>
    public string? Holder { get; set; }

    /// <summary>Milliseconds since 1970 (UTC) until which the holder owns it: comparable as a number on both providers.</summary>
    public long UntilUnixMs { get; set; }
}
