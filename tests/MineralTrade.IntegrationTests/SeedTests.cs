using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MineralTrade.Web.Data;
using MineralTrade.Web.Features.Imports;

namespace MineralTrade.IntegrationTests;

/// <summary>
/// The seed file is the truth for its own figures (issue 9's data corrections, decision 0042): a store seeded from the
/// first release's file, restarted on today's, holds exactly today's rows as its seed figures, and what imports brought
/// is untouched.
/// </summary>
public sealed class SeedTests : IDisposable
{
    private readonly string _firstRelease = Directory.CreateTempSubdirectory("mineraltrade-seed-").FullName;

    public SeedTests()
    {
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Seeds", "pk-cn-mineral-figures.first-release.csv"), Path.Combine(_firstRelease, Seeder.FiguresFile));
        File.Copy(Path.Combine(AppContext.BaseDirectory, "data", Seeder.TargetsFile), Path.Combine(_firstRelease, Seeder.TargetsFile));
    }

    public void Dispose() => Directory.Delete(_firstRelease, recursive: true);

    private static async Task<List<JsonElement>> OctoberAsync(ImportApp app)
    {
        using var doc = JsonDocument.Parse(await app.CreateClient().GetStringAsync("/api/figures?hs=TOTAL&from=2023&to=2023&period=month&exporter=PK&importer=CN"));
        return [.. doc.RootElement.EnumerateArray().Where(f => f.GetProperty("periodStart").GetString() == "2023-10").Select(f => f.Clone())];
    }

    private static async Task<List<JsonElement>> HistoryAsync(ImportApp app)
    {
        using var doc = JsonDocument.Parse(await app.CreateClient().GetStringAsync("/api/imports"));
        return [.. doc.RootElement.EnumerateArray().Select(i => i.Clone())];
    }

    [Fact]
    public async Task Restart_OnACorrectedSeed_ReplacesTheSeedsFigures_RemovesWhatTheFileDropped_AndLeavesImportsAlone()
    {
        await using var store = TestStore.Create();
        await using (var first = new ImportApp(settings: new() { ["Database:SeedDirectory"] = _firstRelease }, store: store))
        {
            Assert.Contains(await OctoberAsync(first), f => f.GetProperty("reporter").GetString() == "unstated");
            // An analyst's own figure for the month, and a revision of a seed figure (December 2021, another value):
            // both are the import's from now on.
            var mine = "reporter,exporter,importer,period_start,period_end,hs_code,product,value_usd,qualifier,source_publisher,source_date,source_url,note\n"
                + "CN-GACC,PK,CN,2023-10,2023-10,TOTAL,All goods,1,exact,Analyst's own notes,,,made up\n"
                + "CN-GACC,PK,CN,2021-12,2021-12,TOTAL,All goods,365000000,exact,Business Recorder,2022-01-23,https://www.brecorder.com/news/40149148/exports-to-china-surge-by-69pc-in-2021,revised by hand\n";
            var imported = await first.PostAsync(Encoding.UTF8.GetBytes(mine), "?fileName=mine.csv");
            Assert.True(imported.StatusCode == HttpStatusCode.OK, await imported.Content.ReadAsStringAsync());
        }

        await using var restarted = new ImportApp(store: store);

        var october = await OctoberAsync(restarted);
        var urduPoint = Assert.Single(october, f => f.GetProperty("sourcePublisher").GetString() == "UrduPoint (APP)");
        Assert.Equal(("CN-GACC", 368000000m), (urduPoint.GetProperty("reporter").GetString(), urduPoint.GetProperty("valueUsd").GetDecimal()));
        Assert.DoesNotContain(october, f => f.GetProperty("reporter").GetString() == "unstated");
        Assert.Contains(october, f => f.GetProperty("sourcePublisher").GetString() == "Analyst's own notes");
        using (var december = JsonDocument.Parse(await restarted.CreateClient().GetStringAsync("/api/figures?hs=TOTAL&from=2021&to=2021&period=month&reporter=CN-GACC")))
        {
            var revised = Assert.Single(december.RootElement.EnumerateArray(), f => f.GetProperty("periodStart").GetString() == "2021-12");
            Assert.Equal((365000000m, "exact"), (revised.GetProperty("valueUsd").GetDecimal(), revised.GetProperty("qualifier").GetString()));
        }

        var seedChange = (await HistoryAsync(restarted))[0];
        Assert.Equal("seed", seedChange.GetProperty("importedBy").GetString());
        Assert.Equal("native", seedChange.GetProperty("format").GetString());
        // Four rows changed their key (a reporter, two URLs... ), five others a value, a quantity or a note; the sixth
        // correction (December 2021) is the analyst's figure now. And 32 more totals say what they count (the coverage
        // column of 2026-12-06: 36 totals are goods, or goods and services, less those counted above).
        Assert.Equal((4, 37, 4), (seedChange.GetProperty("added").GetInt32(), seedChange.GetProperty("changed").GetInt32(), seedChange.GetProperty("removed").GetInt32()));

        // The seed's figures are exactly the file's rows, but the one an import took over.
        await using (var db = await restarted.Services.GetRequiredService<IDbContextFactory<MineralTradeDbContext>>().CreateDbContextAsync())
        {
            var seeds = db.Imports.Where(i => i.ImportedBy == ImportService.Seed).Select(i => (int?)i.Id);
            var stored = await db.Figures.Where(f => seeds.Contains(f.ImportId))
                .Select(f => new { f.Reporter, f.Exporter, f.Importer, f.PeriodStart, f.PeriodEnd, f.HsCode, f.SourcePublisher, f.SourceUrl }).ToListAsync();
            var file = SeedFile.Rows();
            Assert.Equal(file.Count - 1, stored.Count);
            Assert.Equal(stored.Count, stored.Distinct().Count());
            Assert.All(stored, f => Assert.Contains(file, r => r["reporter"] == f.Reporter && r["exporter"] == f.Exporter && r["importer"] == f.Importer
                && r["hs_code"] == f.HsCode && r["source_publisher"] == f.SourcePublisher
                && r["period_start"] == Web.Features.Figures.Period.Format(f.PeriodStart) && r["period_end"] == Web.Features.Figures.Period.Format(f.PeriodEnd)
                && (r["source_url"] is "" ? null : r["source_url"]) == f.SourceUrl));
        }

        // The next start finds nothing to change, and says nothing.
        var entries = (await HistoryAsync(restarted)).Count;
        await using var again = new ImportApp(store: store);
        Assert.Equal(entries, (await HistoryAsync(again)).Count);
    }
}
