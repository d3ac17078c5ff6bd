using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MineralTrade.ComtradeStandIn;
using MineralTrade.Web.Features.Comtrade;

namespace MineralTrade.IntegrationTests.Comtrade;

/// <summary>What the fetch does when the API misbehaves, refuses, or the budget runs out (issue 22 items 3 and 4).</summary>
public sealed class FetchFaultTests
{
    private const string Data = "data/v1/get/";

    private static readonly int[] s_months = [202601, 202602, 202603];
    private static readonly string[] s_asked = ["TOTAL", "AG2", "AG4", "AG6"];

    [Fact]
    public async Task TooManyRequests_IsAskedAgainAfterItsRetryAfter()
    {
        await using var h = await FetchHarness.StartAsync();
        h.StandIn.Faults.Add(new Fault { Kind = FaultKind.TooManyRequests, Path = Data, Seconds = 2 });

        var report = await h.FetchAsync();

        Assert.Equal(FetchOutcome.Complete, report.Outcome);
        var calls = h.StandIn.DataCalls.ToList();
        var (refused, again) = (calls[0], calls[1]);
        Assert.Equal(refused.Query, again.Query);
        Assert.True(again.At - refused.At >= TimeSpan.FromSeconds(1.9), $"asked again after {(again.At - refused.At).TotalSeconds} s");
    }

    [Fact]
    public async Task ServiceUnavailable_ThenSuccess_IsTriedAgainWithBackoff()
    {
        await using var h = await FetchHarness.StartAsync();
        h.StandIn.Faults.Add(new Fault { Kind = FaultKind.Status, Status = 503, Path = Data, Times = 2 });

        var report = await h.FetchAsync();

        Assert.Equal(FetchOutcome.Complete, report.Outcome);
        var first = h.StandIn.DataCalls.Take(3).Select(c => c.Query).Distinct();
        Assert.Single(first);
    }

    [Fact]
    public async Task Timeout_IsTriedAgain()
    {
        await using var h = await FetchHarness.StartAsync(settings: new() { ["Comtrade:TimeoutSeconds"] = "1" });
        h.StandIn.Faults.Add(new Fault { Kind = FaultKind.Delay, Path = Data, Seconds = 4 });
        var watch = Stopwatch.StartNew();

        var report = await h.FetchAsync();

        Assert.Equal(FetchOutcome.Complete, report.Outcome);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(60));
        Assert.Contains(h.Logs, l => l.Contains("no answer within 1 s", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(FaultKind.Truncate, "the answer is not whole JSON")]
    [InlineData(FaultKind.ErrorField, "the API says: Service temporarily unavailable")]
    [InlineData(FaultKind.CountMismatch, "it was cut")]
    [InlineData(FaultKind.BadRecord, "control character")]
    public async Task BrokenAnswer_FailsItsPeriodsOnly_WritesNothingOfThem_AndTheyAreFetchedNextRun(FaultKind kind, string reason)
    {
        await using var h = await FetchHarness.StartAsync();
        h.StandIn.Faults.Add(new Fault { Kind = kind, Path = Data, Period = 202601, Reporter = 156, Times = 10 });

        var report = await h.FetchAsync();

        Assert.Equal(FetchOutcome.Failed, report.Outcome);
        var failed = Assert.Single(report.Failed);
        Assert.Equal(new Dataset("M", 156, 202601), failed.Dataset);
        Assert.Contains(reason, failed.Failure, StringComparison.Ordinal);
        Assert.Contains($"failed CN-GACC Jan 2026: ", report.Describe(), StringComparison.Ordinal);
        Assert.False(await h.App.QueryAsync(db => db.Figures.AnyAsync(f => f.Reporter == "CN-GACC" && f.PeriodStart == 202601 && f.SourcePublisher == ComtradeApi.Publisher)));
        Assert.True(await h.App.QueryAsync(db => db.Figures.AnyAsync(f => f.Reporter == "CN-GACC" && f.PeriodStart == 202602)));

        h.StandIn.Faults.Clear();
        var next = await h.FetchAsync();

        Assert.Equal(FetchOutcome.Complete, next.Outcome);
        Assert.Equal([new Dataset("M", 156, 202601)], next.Datasets.Select(d => d.Dataset));
    }

    [Fact]
    public async Task ErrorAnswer_ItsStatusCodeAndMessage_AreTheReason()
    {
        await using var h = await FetchHarness.StartAsync();
        h.StandIn.Faults.Add(new Fault { Kind = FaultKind.Status, Status = 400, Path = Data, Reporter = 156, Message = "Invalid cmdCode AG6 for this query." });

        var report = await h.FetchAsync();

        // A refused call is not asked again in parts: every period it asked for fails with its reason.
        Assert.Equal(3, report.Failed.Count());
        Assert.All(report.Failed, f => Assert.Equal("HTTP 400: statusCode 400, \"Invalid cmdCode AG6 for this query.\"", f.Failure));
        Assert.All(report.Failed, f => Assert.Equal(156, f.Dataset.Reporter));
    }

    [Fact]
    public async Task WrongKey_IsRefused_AndTheRunFailsSayingSo()
    {
        await using var h = await FetchHarness.StartAsync(standIn: new StandInOptions { FirstYear = 2026, LastMonth = 202601, LastYear = 2025, Key = "another-key" });

        var report = await h.FetchAsync();

        Assert.Equal(FetchOutcome.Failed, report.Outcome);
        Assert.Contains("statusCode 401, \"Access denied due to invalid subscription key", report.Describe(), StringComparison.Ordinal);
        Assert.Empty(h.StandIn.DataCalls);
    }

    [Fact]
    public async Task DailyBudget_Spent_StopsTheRun_AndTheNextRunGoesOnWhereItStopped()
    {
        // Three availability calls (China monthly, Pakistan annual and monthly), then one data call: the budget ends in the first batch.
        await using var h = await FetchHarness.StartAsync(settings: new() { ["Comtrade:DailyCalls"] = "4" });

        var report = await h.FetchAsync();

        Assert.Equal(FetchOutcome.BudgetSpent, report.Outcome);
        Assert.Contains("the daily budget of 4 calls (Comtrade:DailyCalls) is spent", report.Describe(), StringComparison.Ordinal);
        Assert.Equal(4, h.StandIn.Requests.Count);
        Assert.Equal([156, 156, 156], report.Datasets.Where(d => d.Summary is not null).Select(d => d.Dataset.Reporter));
        Assert.Equal([586, 586, 586], report.Datasets.Where(d => d.Left).Select(d => d.Dataset.Reporter));
        var again = await h.FetchAsync();
        Assert.Equal(4, h.StandIn.Requests.Count);
        Assert.Equal(FetchOutcome.BudgetSpent, again.Outcome);

        await using var tomorrow = h.OtherNode(new() { ["Comtrade:DailyCalls"] = "100" });
        var resumed = await tomorrow.FetchAsync();

        Assert.Equal(FetchOutcome.Complete, resumed.Outcome);
        Assert.Equal([586, 586, 586], resumed.Datasets.Select(d => d.Dataset.Reporter));
    }

    [Fact]
    public async Task AnswerOfExactlyTheCap_IsSplit_UntilNoAnswerCanBeCut()
    {
        // A cap above the largest answer for one period and one code, far below the answer for three periods.
        var book = new Book(new StandInOptions { FirstYear = 2026, LastMonth = 202603, LastYear = 2025, Partners = 3 });
        var largest = s_months.SelectMany(p => s_asked.Select(c =>
            book.Rows("M", 156, [p], null, new HashSet<int> { 586 }, c == "TOTAL" ? ["TOTAL"] : Book.AllCodes.Where(x => x != "TOTAL" && x.Length == c[2] - '0').ToHashSet(), false).Count)).Max();
        var cap = (largest + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        await using var h = await FetchHarness.StartAsync(standIn: new StandInOptions { FirstYear = 2026, LastMonth = 202603, LastYear = 2025, Partners = 3, DataCap = largest + 1 },
            settings: new() { ["Comtrade:MaxRecords"] = cap });
        await using var whole = await FetchHarness.StartAsync();

        var report = await h.FetchAsync();
        await whole.FetchAsync();

        Assert.Equal(FetchOutcome.Complete, report.Outcome);
        Assert.Contains(h.StandIn.DataCalls, c => c.Query.Contains("period=202601&", StringComparison.Ordinal));
        var split = await h.App.QueryAsync(db => db.FetchRequests.CountAsync(r => r.Problem != null && r.Problem.Contains("the cap: split in two")));
        Assert.True(split > 0);
        var fetched = await h.App.QueryAsync(db => db.Figures.CountAsync(f => f.SourcePublisher == ComtradeApi.Publisher));
        Assert.Equal(await whole.App.QueryAsync(db => db.Figures.CountAsync(f => f.SourcePublisher == ComtradeApi.Publisher)), fetched);
    }

    [Fact]
    public async Task WithoutAKey_ThePreviewServesTheRecentWindow_CutAtItsCap()
    {
        var now = DateTime.UtcNow;
        var standIn = new StandInOptions { FirstYear = now.Year - 1, LastMonth = now.Year * 100 + now.Month, LastYear = now.Year - 1, Partners = 3, PreviewCap = 6 };
        await using var h = await FetchHarness.StartAsync(key: null, standIn: standIn, settings: new()
        {
            ["Comtrade:RecentMonths"] = "2", ["Comtrade:RecentYears"] = "1", ["Comtrade:Track:0:FromYear"] = (now.Year - 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Comtrade:Track:1:FromYear"] = (now.Year - 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
        });

        var report = await h.FetchAsync();

        Assert.All(h.StandIn.Requests, r => Assert.StartsWith("public/v1/preview/", r.Path, StringComparison.Ordinal));
        Assert.All(h.StandIn.Requests, r => Assert.False(r.KeyHeader));
        Assert.DoesNotContain(h.StandIn.Requests, r => r.Query.Contains("AG6", StringComparison.Ordinal));
        Assert.Equal("preview", report.Endpoint);
        Assert.Contains(report.Datasets, d => d.Summary is { Added: > 0 });
        Assert.DoesNotContain(report.Datasets, d => d.Dataset.Frequency == "M" && d.Dataset.Period < (now.AddMonths(-1).Year * 100 + now.AddMonths(-1).Month));
    }
}
