using MineralTrade.Web.Features.Comtrade;

namespace MineralTrade.UnitTests.Comtrade;

public class FetchPlannerTests
{
    private static readonly IReadOnlyList<TrackedSeries> s_defaults = TrackedSeries.Defaults;

    private static Dataset Month(int reporter, int period) => new("M", reporter, period);

    [Fact]
    public void Released_NeverFetched_OrReleasedAgainSince_IsNeeded_TheRestIsNot()
    {
        var old = new DateTime(2026, 1, 5, 0, 0, 0, DateTimeKind.Utc);
        var available = new[]
        {
            new Availability(Month(156, 202410), old),
            new Availability(Month(156, 202411), old.AddDays(30)),
            new Availability(Month(156, 202412), old.AddDays(60)),
            new Availability(Month(586, 202410), old),
        };
        var stored = new Dictionary<Dataset, DateTime?>
        {
            [Month(156, 202410)] = old,            // same release: not needed
            [Month(156, 202411)] = old,            // re-released since: needed
            [Month(586, 202410)] = old.AddDays(1), // the store has a newer one: not needed
        };

        var needed = FetchPlanner.Released(s_defaults, available, stored);

        Assert.Equal([Month(156, 202411), Month(156, 202412)], needed);
    }

    [Fact]
    public void Released_NothingNew_NeedsNothing()
    {
        var at = new DateTime(2026, 1, 5, 0, 0, 0, DateTimeKind.Utc);
        var available = new[] { new Availability(Month(156, 202410), at) };

        Assert.Empty(FetchPlanner.Released(s_defaults, available, new Dictionary<Dataset, DateTime?> { [Month(156, 202410)] = at }));
    }

    [Fact]
    public void Released_UntrackedReporterOrYear_IsNotNeeded()
    {
        var at = new DateTime(2026, 1, 5, 0, 0, 0, DateTimeKind.Utc);
        var available = new[] { new Availability(Month(842, 202410), at), new Availability(Month(156, 201412), at), new Availability(new Dataset("A", 156, 2014), at) };

        Assert.Empty(FetchPlanner.Released(s_defaults, available, new Dictionary<Dataset, DateTime?>()));
    }

    [Fact]
    public void Batches_AreOneReporterAndFrequency_TwelvePeriodsAtMost()
    {
        var needed = Enumerable.Range(0, 30).Select(i => Month(156, 202001 + i / 12 * 100 + i % 12)).Append(Month(586, 202401)).Append(new Dataset("A", 156, 2024));

        var batches = FetchPlanner.Batches(needed);

        Assert.All(batches, b => Assert.InRange(b.Periods.Count, 1, ComtradeQuery.MaxPeriods));
        Assert.Equal(5, batches.Count);
        Assert.Equal(31 + 1, batches.Sum(b => b.Periods.Count));
        Assert.Equal([202001, 202002, 202003, 202004, 202005, 202006, 202007, 202008, 202009, 202010, 202011, 202012],
            batches.Single(b => b.Frequency == "M" && b.Reporter == 156 && b.Periods[0] == 202001).Periods);
    }

    [Fact]
    public void Queries_AskEachSeriesOnlyForTheYearsItTracks()
    {
        // China's imports from Pakistan are tracked from 2015, China's imports of the headings by partner from 2020.
        var batch = new FetchBatch("A", 156, [2018, 2019, 2020, 2021]);

        var queries = FetchPlanner.Queries(batch, s_defaults, preview: false);

        var fromPakistan = Assert.Single(queries, q => q.Series.Partner == 586);
        Assert.Equal([2018, 2019, 2020, 2021], fromPakistan.Periods);
        Assert.Equal(["TOTAL", "AG2", "AG4", "AG6"], fromPakistan.Codes);
        var byPartner = Assert.Single(queries, q => q.Series.Partner is null);
        Assert.Equal([2020, 2021], byPartner.Periods);
        Assert.DoesNotContain(queries, q => q.Series.Reporter != 156);
    }

    [Fact]
    public void Queries_WithoutAKey_LeaveOutTheSixDigitAggregate()
    {
        var queries = FetchPlanner.Queries(new FetchBatch("M", 586, [202601]), s_defaults, preview: true);

        Assert.Equal(["TOTAL", "AG2", "AG4"], Assert.Single(queries, q => q.Series.Partner == 156).Codes);
    }

    [Fact]
    public void RecentWindow_IsTheLastMonthsAndYears_OfTrackedReporters()
    {
        var window = FetchPlanner.RecentWindow(s_defaults, new DateOnly(2026, 2, 10), months: 3, years: 2);

        Assert.Equal(
            [new Dataset("A", 156, 2025), new Dataset("A", 156, 2026), Month(156, 202512), Month(156, 202601), Month(156, 202602),
             new Dataset("A", 586, 2025), new Dataset("A", 586, 2026), Month(586, 202512), Month(586, 202601), Month(586, 202602)],
            window);
    }

    [Fact]
    public void Split_HalvesThePeriodsFirst_ThenTheCodes_AndStopsAtOneOfEach()
    {
        var series = s_defaults[2];
        var query = new ComtradeQuery(series, "M", [202401, 202402, 202403], ["2501", "2502"]);

        var halves = query.Split();

        Assert.Equal([[202401], [202402, 202403]], halves.Select(h => h.Periods));
        var codes = new ComtradeQuery(series, "M", [202401], ["2501", "2502"]).Split();
        Assert.Equal([["2501"], ["2502"]], codes.Select(h => h.Codes));
        Assert.Empty(new ComtradeQuery(series, "M", [202401], ["2501"]).Split());
    }

    [Fact]
    public void PathAndQuery_HasNoKey_AsksForTheTotalsOfTheClassicBreakdown()
    {
        var query = new ComtradeQuery(s_defaults[0], "M", [202409, 202410], ["TOTAL", "AG4"]);

        var path = query.PathAndQuery(preview: false, maxRecords: 100_000);

        Assert.Equal("data/v1/get/C/M/HS?reportercode=156&period=202409,202410&partnerCode=586&cmdCode=TOTAL,AG4&flowCode=M"
            + "&partner2Code=0&customsCode=C00&motCode=0&maxRecords=100000&format=JSON&breakdownMode=classic&includeDesc=true", path);
        Assert.StartsWith("public/v1/preview/C/M/HS?", query.PathAndQuery(preview: true, maxRecords: 500), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2603", true)]     // a heading of chapter 26, asked through AG4
    [InlineData("260300", true)]   // a subheading of chapter 26, through AG6
    [InlineData("74", true)]
    [InlineData("TOTAL", true)]
    [InlineData("5201", false)]    // cotton: the aggregate brings it, the series does not keep it
    [InlineData("8471", false)]
    [InlineData("27", false)]
    public void Keeps_AnAggregatesCodes_OnlyInTheSeriesChapters(string code, bool kept) =>
        Assert.Equal(kept, new ComtradeQuery(s_defaults[0], "A", [2024], ["TOTAL", "AG2", "AG4", "AG6"]).Keeps(code));

    [Fact]
    public void Defaults_AreValid() => Assert.All(TrackedSeries.Defaults, s => Assert.Empty(s.Problems()));

    [Fact]
    public void Problems_OfABadSeries_AreEachNamed()
    {
        var bad = new TrackedSeries { Name = "bad", Reporter = 999, Flow = "RX", Partner = 998, Codes = ["26;DROP", "AG9"], Chapters = ["2a"], Frequencies = ["Q"], FromYear = 1800 };

        Assert.Equal(8, bad.Problems().Count());
    }
}
