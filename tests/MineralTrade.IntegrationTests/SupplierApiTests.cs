using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using CsvHelper;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MineralTrade.Web.Data;
using MineralTrade.Web.Features.Figures;
using MineralTrade.Web.Features.Market;

namespace MineralTrade.IntegrationTests;

/// <summary>
/// The seeded store with <c>tests/data/comtrade-china-market.csv</c> imported (made-up values): China's imports of six
/// codes from up to thirteen partners and the world, annual and monthly, and Pakistan's exports to the world.
/// </summary>
public sealed class MarketStore : IAsyncLifetime
{
    public const string File = "comtrade-china-market.csv";

    public ImportApp App { get; } = new();

    public async Task InitializeAsync()
    {
        var response = await App.PostAsync(await System.IO.File.ReadAllBytesAsync(MirrorStore.PathOf(File)), $"?fileName={File}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    public async Task DisposeAsync() => await App.DisposeAsync();

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };
}

public class SupplierApiTests(MarketStore store) : IClassFixture<MarketStore>
{
    private async Task<(SupplierAnswer Answer, string? Link)> GetAsync(string query)
    {
        var response = await store.App.CreateClient().GetAsync("/api/suppliers" + query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var link = response.Headers.TryGetValues("Link", out var values) ? values.Single() : null;
        return ((await response.Content.ReadFromJsonAsync<SupplierAnswer>(MarketStore.Json))!, link?[1..link.IndexOf('>', StringComparison.Ordinal)]);
    }

    [Fact]
    public async Task CopperOres2025_RanksAndSharesOfChinasWorldFigure_PakistanTwelfthAndShown()
    {
        var (answer, _) = await GetAsync("?hs=2603&year=2025");

        Assert.Equal(("CN-GACC", "CN", "2603", WindowKind.Year, "2025-01", "2025-12"), (answer.Reporter, answer.Importer, answer.HsCode, answer.Window, answer.PeriodStart, answer.PeriodEnd));
        Assert.Equal((1_200_000_000m, WorldBasis.Reported, 480_000_000m, 2_500m), (answer.World!.ValueUsd, answer.World.Basis, answer.World.Quantity, answer.World.UnitValueUsd));
        Assert.Equal("UN Comtrade+", answer.World.SourcePublisher);
        Assert.Equal(13, answer.Total);
        Assert.Equal(["CL", "PE", "MN", "KZ", "MX", "AU", "ER", "TR", "LA", "PH", "ID", "PK", "IR"], answer.Rows.Select(r => r.Partner));
        var chile = answer.Rows[0];
        Assert.Equal((1, "exact", 300_000_000m, 25.00m, 120_000_000m, "kg", 2_500m, "t"),
            (chile.Rank, chile.RankQualifier, chile.ValueUsd, chile.Share, chile.Quantity, chile.QuantityUnit, chile.UnitValueUsd, chile.UnitValuePer));
        // Pakistan outside the top ten, and at the top of the answer whatever the page.
        var pakistan = answer.Pakistan!;
        Assert.Equal((12, "at_least", 11_000_000m, 0.92m, 2_000m, 80.0m), (pakistan.Rank, pakistan.RankQualifier, pakistan.ValueUsd, pakistan.Share, pakistan.UnitValueUsd, pakistan.AgainstMarketPercent));
        // China's customs in the Comtrade+ file, preferred over the seed's press report of "exceeded $11 million".
        Assert.Equal(("exact", "UN Comtrade+", "https://comtradeplus.un.org/"), (pakistan.Qualifier, pakistan.SourcePublisher, pakistan.SourceUrl));
        Assert.Equal((75.3m, 903_000_000m), (answer.CoveragePercent, answer.PartnersValueUsd));
        Assert.Equal((2_500m, "t", MarketBasis.World), (answer.Market!.UnitValueUsd, answer.Market.UnitValuePer, answer.Market.Basis));
        // Mongolia's figure has no weight: no unit value, and the row says why.
        var mongolia = Assert.Single(answer.Rows, r => r.Partner == "MN");
        Assert.Equal((null, null, "no quantity known"), (mongolia.Quantity, mongolia.UnitValueUsd, mongolia.UnitValueNote));
    }

    [Fact]
    public async Task WithoutAYear_TheLatestYearHeld()
    {
        var (answer, _) = await GetAsync("?hs=2603");

        Assert.Equal(("2025-01", "2025-12", "2025"), (answer.PeriodStart, answer.PeriodEnd, answer.PeriodLabel));
    }

    [Fact]
    public async Task ZincOres_NoWorldFigure_SharesOfThePartnersAddedUp_WithPakistanFromTheSeed()
    {
        var (answer, _) = await GetAsync("?hs=2608&year=2025");

        Assert.Equal((550_900_000m, WorldBasis.SumOfPartners, DerivedQualifier.AtLeast), (answer.World!.ValueUsd, answer.World.Basis, answer.World.Qualifier));
        Assert.Contains("lower bound", answer.World.Note, StringComparison.Ordinal);
        var pakistan = answer.Pakistan!;
        Assert.Equal((3, 20.14m, "at_most", "China Economic Net"), (pakistan.Rank, pakistan.Share, pakistan.ShareQualifier, pakistan.SourcePublisher));
        Assert.Equal("sum-of-partners", pakistan.WorldBasis);
    }

    [Fact]
    public async Task IronOres_TheSeedsLowerBound_MakesPakistansShareALowerBound()
    {
        var (answer, _) = await GetAsync("?hs=2601&year=2025");

        var pakistan = answer.Pakistan!;
        Assert.Equal(("at_least", 5.05m, "at_least", "approximate", 4), (pakistan.Qualifier, pakistan.Share, pakistan.ShareQualifier, pakistan.RankQualifier, pakistan.Rank));
        Assert.Contains(answer.Notes, n => n.Contains("lower bounds", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TwelveMonths_AndYearToDate_AddTheMonths_AndSayWhichAreMissing()
    {
        var (twelve, _) = await GetAsync("?hs=2603&window=12m");
        var (ytd, _) = await GetAsync("?hs=2603&window=ytd&month=2025-12");
        var (month, _) = await GetAsync("?hs=2603&month=2025-03");

        // November 2025 to October 2026: the world 2 × $100 M + 10 × $110 M; Chile 2 × 25 + 10 × 30; Pakistan 2 × 1 + 10 × 1.5.
        Assert.Equal((WindowKind.Rolling12, "2025-11", "2026-10", 1_300_000_000m), (twelve.Window, twelve.PeriodStart, twelve.PeriodEnd, twelve.World!.ValueUsd));
        Assert.Equal([("CL", 350_000_000m, 26.92m), ("PK", 17_000_000m, 1.31m)], twelve.Rows.Select(r => (r.Partner, r.ValueUsd, r.Share!.Value)));
        Assert.All(twelve.Rows, r => Assert.Equal(12, r.MonthsHeld));
        // 2025, month by month: Pakistan has no figure for March, so its sum is a lower bound, and says so.
        Assert.Equal(("2025-01", "2025-12", 1_200_000_000m), (ytd.PeriodStart, ytd.PeriodEnd, ytd.World!.ValueUsd));
        Assert.Equal((11_000_000m, "at_least", 11, "2025-03"), (ytd.Pakistan!.ValueUsd, ytd.Pakistan.Qualifier, ytd.Pakistan.MonthsHeld, ytd.Pakistan.MissingMonths));
        Assert.Null(month.Pakistan);
        Assert.Equal(["CL"], month.Rows.Select(r => r.Partner));
    }

    [Theory]
    [InlineData("?hs=2603&year=2025")]
    [InlineData("?hs=2603&window=12m")]
    [InlineData("?hs=2608")]
    public async Task Csv_Rows_EqualJsonRows_OfEveryPage(string query)
    {
        var json = new List<SupplierRow>();
        for (var (next, pages) = ($"{query}&limit=5", 1); ; pages++)
        {
            Assert.True(pages < 100, "The Link header does not move on.");
            var (answer, link) = await GetAsync(next);
            Assert.Equal(SupplierTable.Focus, answer.Pakistan?.Partner);
            json.AddRange(answer.Rows);
            if (answer.Next is null)
            {
                Assert.Null(link);
                break;
            }
            Assert.NotNull(link);
            next = link[link.IndexOf('?', StringComparison.Ordinal)..];
        }

        var response = await store.App.CreateClient().GetAsync("/api/suppliers.csv" + query);
        var csv = CsvReader.Create(await response.Content.ReadAsStreamAsync(), SiteCsv<SupplierRow>.ReaderOptions).GetRecords<SupplierRow>().ToList();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("attachment; filename=mineraltrade-suppliers_hs", response.Content.Headers.ContentDisposition?.ToString(), StringComparison.Ordinal);
        Assert.NotEmpty(json);
        Assert.Equal(JsonSerializer.Serialize(json, MarketStore.Json), JsonSerializer.Serialize(csv, MarketStore.Json));
    }

    [Theory]
    [InlineData("", "hs")]
    [InlineData("?hs=26*", "hs")]
    [InlineData("?hs=2603&hs=2608", "hs")]
    [InlineData("?hs=<img src=x onerror=alert(1)>", "hs")]
    [InlineData("?hs=2603&year=abc", "year")]
    [InlineData("?hs=2603&year=2025&year=2024", "year")]
    [InlineData("?hs=2603&month=2026-13", "month")]
    [InlineData("?hs=2603&window=weekly", "window")]
    [InlineData("?hs=2603&window=ytd&year=2025", "year")]
    [InlineData("?hs=2603&year=2025&month=2025-10", "month")]
    [InlineData("?hs=2603&importer=WORLD", "importer")]
    [InlineData("?hs=2603&importer=\u202eNC", "importer")]
    [InlineData("?hs=2603&reporter=CN-GACC&reporter=PK-PBS", "reporter")]
    [InlineData("?hs=2603&limit=0", "limit")]
    [InlineData("?hs=2603&cursor=abc", "cursor")]
    public async Task BadQuery_IsAProblemNamingTheParameter(string query, string parameter)
    {
        // The CSV holds every page: it takes no limit or cursor.
        foreach (var path in parameter is "limit" or "cursor" ? ["/api/suppliers"] : new[] { "/api/suppliers", "/api/suppliers.csv" })
        {
            var response = await store.App.CreateClient().GetAsync(path + query);

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty(parameter, out _), $"{path}{query}: {parameter}");
        }
    }

    [Theory]
    [InlineData("?hs=2699")]
    [InlineData("?hs=2603&importer=IN")]
    [InlineData("?hs=2603&reporter=PK-SBP")]
    public async Task NoFiguresForTheTable_IsANotFoundProblem(string query)
    {
        var response = await store.App.CreateClient().GetAsync("/api/suppliers" + query);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task AYearWithoutFigures_IsAnEmptyTable()
    {
        var (answer, _) = await GetAsync("?hs=2603&year=2019");

        Assert.Equal((0, null), (answer.Total, answer.World));
        Assert.Empty(answer.Rows);
    }

    [Theory]
    [InlineData(WindowKind.Year)]
    [InlineData(WindowKind.Rolling12)]
    public async Task Reads_SeekTheMarketIndex_NeverScanTheFigures(WindowKind kind)
    {
        if (store.App.Store.Provider != DatabaseProvider.Sqlite)
        {
            return;
        }
        var factory = store.App.Services.GetRequiredService<IDbContextFactory<MineralTradeDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        var request = SupplierRequest.China("2603", kind);
        var window = await SupplierService.WindowAsync(db, request, CancellationToken.None);

        foreach (var query in new[] { SupplierService.InWindow(db, request, window!).CreateDbCommand(), db.Figures.Where(f => f.HsCode == "2603" && f.Importer == "CN" && f.Reporter == "CN-GACC" && f.PeriodKind == PeriodKind.Month && f.ValueUsd != null).Select(f => f.PeriodEnd).CreateDbCommand() })
        {
            await db.Database.OpenConnectionAsync();
            query.CommandText = "EXPLAIN QUERY PLAN " + query.CommandText;
            await using var reader = await query.ExecuteReaderAsync();
            var plan = new List<string>();
            while (await reader.ReadAsync())
            {
                plan.Add(reader.GetString(3));
            }
            Assert.Contains(plan, p => p.StartsWith("SEARCH f USING INDEX IX_Figures_Market (HsCode=? AND Importer=? AND Reporter=? AND PeriodKind=?", StringComparison.Ordinal));
            Assert.DoesNotContain(plan, p => p.StartsWith("SCAN", StringComparison.Ordinal));
        }
    }
}
