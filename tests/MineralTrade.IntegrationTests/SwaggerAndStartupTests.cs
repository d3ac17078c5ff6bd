using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MineralTrade.Web.Data;
using MineralTrade.Web.Features.Figures;

namespace MineralTrade.IntegrationTests;

public class SwaggerAndStartupTests(MineralTradeApp app) : IClassFixture<MineralTradeApp>
{
    [Fact]
    public async Task SwaggerDocument_ListsTheFiguresEndpoints()
    {
        using var doc = JsonDocument.Parse(await app.CreateClient().GetStringAsync("/swagger/v1/swagger.json"));
        var paths = doc.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();

        Assert.Contains("/api/categories", paths);
        Assert.Contains("/api/figures", paths);
        Assert.Contains("/api/growth", paths);
        Assert.Contains("/api/figures.csv", paths);
        var parameters = doc.RootElement.GetProperty("paths").GetProperty("/api/figures").GetProperty("get").GetProperty("parameters")
            .EnumerateArray().Select(p => $"{p.GetProperty("name").GetString()}:{p.GetProperty("schema").GetProperty("type").GetString()}").ToList();
        // Repeatable parameters are arrays; the one-value ones strings, though bound as StringValues (FigureQuery).
        Assert.Equal(["category:array", "hs:array", "reporter:array", "exporter:string", "importer:string", "from:string", "to:string", "period:string", "limit:string", "cursor:string", "sort:string"], parameters);
    }

    [Fact]
    public async Task Targets_TheGoalIsServedAsATargetWithItsSource()
    {
        var targets = (await app.CreateClient().GetFromJsonAsync<List<MineralTrade.Web.Features.Targets.Target>>("/api/targets"))!;

        var goal = Assert.Single(targets);
        Assert.Equal(6_000_000_000m, goal.LowUsd);
        Assert.Equal(8_000_000_000m, goal.HighUsd);
        Assert.Equal(2030, goal.ByYear);
        Assert.Equal("WORLD", goal.Importer);
        Assert.False(string.IsNullOrEmpty(goal.SourceUrl));
    }

    [Fact]
    public async Task SwaggerUi_IsServed()
    {
        var response = await app.CreateClient().GetAsync("/swagger/index.html");

        response.EnsureSuccessStatusCode();
    }

    [Fact]
    public async Task Seeding_SecondStart_AddsNothing()
    {
        var before = (await app.CreateClient().GetFromJsonAsync<List<FigureRow>>("/api/figures?limit=1000"))!.Count;

        // A second application over the same store migrates and seeds again, as a restart would.
        await using var restarted = MineralTradeApp.Over(app.Store);
        var after = (await restarted.CreateClient().GetFromJsonAsync<List<FigureRow>>("/api/figures?limit=1000"))!.Count;

        Assert.Equal(SeedFile.Rows().Count, before);
        Assert.Equal(before, after);
        await using var db = await restarted.Services.GetRequiredService<IDbContextFactory<MineralTradeDbContext>>().CreateDbContextAsync();
        Assert.Equal(1, await db.Imports.CountAsync());
        Assert.Equal(1, await db.Targets.CountAsync());
    }

    [SqliteFact]
    public async Task Database_IsInWalMode()
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<MineralTradeDbContext>>().CreateDbContextAsync();
        var mode = await db.Database.SqlQueryRaw<string>("PRAGMA journal_mode").ToListAsync();

        Assert.Equal("wal", Assert.Single(mode));
    }
}
