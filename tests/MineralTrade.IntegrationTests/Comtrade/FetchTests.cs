using Microsoft.EntityFrameworkCore;
using MineralTrade.ComtradeStandIn;
using MineralTrade.Web.Features.Comtrade;
using MineralTrade.Web.Features.Figures;
using MineralTrade.Web.Features.Imports;

namespace MineralTrade.IntegrationTests.Comtrade;

/// <summary>The fetch against the stand-in: a first run, a run with nothing new, a new month, a revision, a withdrawal (issue 22).</summary>
public sealed class FetchTests
{
    private static readonly DateTime s_rerelease = new(2026, 11, 20, 0, 0, 0, DateTimeKind.Utc);

    [Fact]
    public async Task FirstRun_FillsAFreshStore_EveryFigureWithItsProvenance()
    {
        await using var h = await FetchHarness.StartAsync();

        var report = await h.FetchAsync();

        Assert.Equal(FetchOutcome.Complete, report.Outcome);
        Assert.Equal(6, report.Datasets.Count(d => d.Summary is not null));
        var fetched = await h.App.QueryAsync(db => db.Figures.AsNoTracking().Where(f => f.SourcePublisher == ComtradeApi.Publisher).ToListAsync());
        // Every record the stand-in serves for the tracked codes is a figure; none of another chapter or an area.
        var expected = h.StandIn.Book.Rows("M", 156, [202601, 202602, 202603], null, new HashSet<int> { 586 }, Book.AllCodes.ToHashSet(), false)
            .Where(r => r.Cmd == "TOTAL" || r.Cmd[..2] is "25" or "26" or "74").ToList();
        var china = fetched.Where(f => f.Reporter == "CN-GACC").ToList();
        Assert.Equal(expected.Count, china.Count);
        Assert.DoesNotContain(fetched, f => f.HsCode.StartsWith("52", StringComparison.Ordinal) || f.HsCode.StartsWith("84", StringComparison.Ordinal));
        var total = expected.Single(r => r.Cmd == "TOTAL" && r.Period == 202602);
        var figure = china.Single(f => f.HsCode == "TOTAL" && f.PeriodStart == 202602);
        Assert.Equal((total.Value, "PK", "CN", SourceKind.Dataset, Qualifier.Exact), (figure.ValueUsd!.Value, figure.Exporter, figure.Importer, figure.SourceKind, figure.Qualifier));
        Assert.Equal($"{h.StandIn.BaseUrl}public/v1/preview/C/M/HS?reportercode=156&period=202602&partnerCode=586&cmdCode=TOTAL&flowCode=M&partner2Code=0&customsCode=C00&motCode=0",
            figure.SourceUrl);
        Assert.Equal(new DateOnly(2026, 4, 5), figure.SourceDate);
        Assert.Matches(@"^China's imports as reported to UN Comtrade\+; release of 2026-04-05, retrieved \d{4}-\d\d-\d\d \d\d:\d\d UTC by fetch #1$", figure.Note);
        var copper = china.First(f => f.HsCode.Length == 6 && f.HsCode.StartsWith("26", StringComparison.Ordinal));
        Assert.Equal("kg", copper.QuantityUnit);
        // Pakistan's exports to the world of the two headings asked.
        Assert.All(fetched.Where(f => f.Reporter == "PK-PBS"), f => Assert.Equal(("PK", "WORLD"), (f.Exporter, f.Importer)));
        Assert.Subset(new HashSet<string> { "2603", "2610" }, fetched.Where(f => f.Reporter == "PK-PBS").Select(f => f.HsCode).ToHashSet());
        // One history entry for the run, counting every figure it added.
        var import = await h.App.QueryAsync(db => db.Imports.AsNoTracking().SingleAsync(i => i.Format == ImportFormat.ComtradeApi));
        Assert.Equal((fetched.Count, "fetch:cli"), (import.Added, import.ImportedBy));
        Assert.All(fetched, f => Assert.Equal(import.Id, f.ImportId));
    }

    [Fact]
    public async Task SecondRun_WithNothingNew_AsksForNoData_AndChangesNothing()
    {
        await using var h = await FetchHarness.StartAsync();
        await h.FetchAsync();
        var before = await h.App.SnapshotAsync();
        var dataCalls = h.StandIn.DataCalls.Count();

        var report = await h.FetchAsync();

        Assert.Equal(FetchOutcome.NothingNew, report.Outcome);
        Assert.Equal(dataCalls, h.StandIn.DataCalls.Count());
        Assert.Equal(before, await h.App.SnapshotAsync());
    }

    [Fact]
    public async Task NewlyReleasedMonth_IsAllThatIsAskedFor()
    {
        await using var h = await FetchHarness.StartAsync();
        await h.FetchAsync();
        var asked = h.StandIn.DataCalls.Count();
        h.StandIn.Book.Publish("M", 156, 202604, s_rerelease);

        var report = await h.FetchAsync();

        var calls = h.StandIn.DataCalls.Skip(asked).ToList();
        Assert.NotEmpty(calls);
        Assert.All(calls, c => Assert.Contains("period=202604&", c.Query, StringComparison.Ordinal));
        Assert.Equal([new Dataset("M", 156, 202604)], report.Datasets.Select(d => d.Dataset));
        Assert.True(report.Added > 0);
    }

    [Fact]
    public async Task RevisedValue_ReplacesTheFigure_AndKeepsTheEarlierAsAVintage()
    {
        await using var h = await FetchHarness.StartAsync();
        await h.FetchAsync();
        var before = await h.App.QueryAsync(db => db.Figures.AsNoTracking().SingleAsync(f => f.Reporter == "CN-GACC" && f.HsCode == "TOTAL" && f.PeriodStart == 202602));
        h.StandIn.Book.Publish("M", 156, 202602, s_rerelease, [(("M", 586, "TOTAL"), 123_456.789m)]);

        var report = await h.FetchAsync();

        Assert.Equal((1, 0), (report.Changed, report.Withdrawn));
        var after = await h.App.QueryAsync(db => db.Figures.AsNoTracking().SingleAsync(f => f.Id == before.Id));
        Assert.Equal((123_456.789m, new DateOnly(2026, 11, 20)), (after.ValueUsd, after.SourceDate));
        var vintage = await h.App.QueryAsync(db => db.FigureVintages.AsNoTracking().SingleAsync(v => v.FigureId == before.Id));
        Assert.Equal((before.ValueUsd, before.SourceDate, before.ImportId, false), (vintage.ValueUsd, vintage.SourceDate, vintage.ImportId, vintage.Withdrawn));
    }

    [Fact]
    public async Task ValueMissingFromAReRelease_IsWithdrawn_AndKeptAsAWithdrawnVintage()
    {
        await using var h = await FetchHarness.StartAsync();
        await h.FetchAsync();
        var gone = await h.App.QueryAsync(db => db.Figures.AsNoTracking().SingleAsync(f => f.Reporter == "CN-GACC" && f.HsCode == "26" && f.PeriodStart == 202601));
        h.StandIn.Book.Publish("M", 156, 202601, s_rerelease, [(("M", 586, "26"), null)]);

        var report = await h.FetchAsync();

        Assert.Equal(1, report.Withdrawn);
        Assert.Contains("1 withdrawn", report.Describe(), StringComparison.Ordinal);
        Assert.False(await h.App.QueryAsync(db => db.Figures.AnyAsync(f => f.Id == gone.Id)));
        var vintage = await h.App.QueryAsync(db => db.FigureVintages.AsNoTracking().SingleAsync(v => v.FigureId == gone.Id));
        Assert.Equal((true, gone.ValueUsd, "26"), (vintage.Withdrawn, vintage.ValueUsd, vintage.HsCode));
        // The other figures of the period and of the store stay.
        Assert.True(await h.App.QueryAsync(db => db.Figures.AnyAsync(f => f.Reporter == "CN-GACC" && f.HsCode == "TOTAL" && f.PeriodStart == 202601)));
    }

    [Fact]
    public async Task DryRun_SaysWhatWouldChange_AndWritesNothing()
    {
        await using var h = await FetchHarness.StartAsync();
        var before = await h.App.SnapshotAsync();

        var report = await h.FetchAsync(dryRun: true);

        Assert.True(report.Added > 0);
        Assert.Equal(before, await h.App.SnapshotAsync());
        Assert.False(await h.App.QueryAsync(db => db.ComtradeReleases.AnyAsync()));
    }

    [Fact]
    public async Task HostileText_InEveryDescription_IsStoredAsText()
    {
        await using var h = await FetchHarness.StartAsync(standIn: new StandInOptions { FirstYear = 2026, LastMonth = 202601, LastYear = 2025, Partners = 2, HostileText = true });

        var report = await h.FetchAsync();

        Assert.Equal(FetchOutcome.Complete, report.Outcome);
        var product = await h.App.QueryAsync(db => db.Figures.Where(f => f.SourcePublisher == ComtradeApi.Publisher).Select(f => f.Product).FirstAsync());
        Assert.Contains("<img src=x onerror=alert(1)>\u202E", product, StringComparison.Ordinal);
        var page = await h.App.CreateClient().GetStringAsync("/figures?hs=TOTAL");
        Assert.DoesNotContain("<img src=x", page, StringComparison.Ordinal);
    }
}
