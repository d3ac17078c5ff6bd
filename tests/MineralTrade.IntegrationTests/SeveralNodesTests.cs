using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MineralTrade.Web.Data;

namespace MineralTrade.IntegrationTests;

/// <summary>Two applications over one store, as two nodes behind a load balancer see it.</summary>
public class SeveralNodesTests
{
    [Fact]
    public async Task TwoNodesStartingTogether_OnAnEmptyStore_MigrateAndSeedOnce()
    {
        await using var store = TestStore.Create();
        await using var a = MineralTradeApp.Over(store);
        await using var b = MineralTradeApp.Over(store);

        // Reading Services starts the host: both migrate and seed at the same moment (EF's migration lock orders them).
        await Task.WhenAll(Task.Run(() => a.Services), Task.Run(() => b.Services));

        await using var db = await b.Services.GetRequiredService<IDbContextFactory<MineralTradeDbContext>>().CreateDbContextAsync();
        Assert.Equal(1, await db.Imports.CountAsync());
        Assert.Equal(SeedFile.Rows().Count, await db.Figures.CountAsync());
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }

    [Fact]
    public async Task DataProtection_WhatOneNodeProtects_TheOtherReads_WithTheKeysInTheStore()
    {
        await using var store = TestStore.Create();
        await using var a = MineralTradeApp.Over(store);
        await using var b = MineralTradeApp.Over(store);

        var token = a.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Protect("figures");

        Assert.Equal("figures", b.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Unprotect(token));
        // Not a key file in the home folder that both happen to share here: the key ring is the store's, under one name.
        Assert.IsType<EntityFrameworkCoreXmlRepository<MineralTradeDbContext>>(
            b.Services.GetRequiredService<IOptions<KeyManagementOptions>>().Value.XmlRepository);
        Assert.Equal("MineralTrade", b.Services.GetRequiredService<IOptions<DataProtectionOptions>>().Value.ApplicationDiscriminator);
        await using var db = await b.Services.GetRequiredService<IDbContextFactory<MineralTradeDbContext>>().CreateDbContextAsync();
        Assert.NotEmpty(await db.DataProtectionKeys.ToListAsync());
    }

    [Fact]
    public async Task DataVersion_AChangeThroughOneNode_IsWhatTheOtherReadsNext_AndARestartChangesNothing()
    {
        await using var store = TestStore.Create();
        await using var a = MineralTradeApp.Over(store);
        var factoryA = a.Services.GetRequiredService<IDbContextFactory<MineralTradeDbContext>>();
        var seeded = await DataVersion.ReadAsync(factoryA);
        await using var b = MineralTradeApp.Over(store);
        var factoryB = b.Services.GetRequiredService<IDbContextFactory<MineralTradeDbContext>>();
        Assert.Equal(seeded, await DataVersion.ReadAsync(factoryB));

        await using (var db = await factoryA.CreateDbContextAsync())
        {
            var figure = await db.Figures.FirstAsync();
            figure.Note = "corrected";
            await db.SaveChangesAsync();
        }

        Assert.NotEqual(0, seeded); // seeding the empty store is a change
        var changed = await DataVersion.ReadAsync(factoryB);
        Assert.NotEqual(seeded, changed);
        Assert.Equal(changed, await DataVersion.ReadAsync(factoryA));
    }

    [Fact]
    public async Task CachedApiAnswer_OnTheOtherNode_HasAnImportThroughOneNode_AtItsNextRequest()
    {
        await using var store = TestStore.Create();
        await using var a = new ImportApp(store: store);
        await using var b = MineralTradeApp.Over(store);
        _ = a.CreateClient(); // node a is up before b reads, so that the import follows those reads at once
        var client = b.CreateClient();
        const string url = "/api/figures?reporter=PK-PBS&hs=2603";
        var before = await client.GetStringAsync(url);
        Assert.Equal(before, await client.GetStringAsync(url));

        var response = await a.PostAsync(MineralTrade.Tests.ComtradeFile.Bytes([
            MineralTrade.Tests.ComtradeFile.Row(reporter: "PAK", flow: "X", partner: "CHN", period: "2024", cmd: "2603", value: "1500"),
        ]), "?fileName=one-row.csv");
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);

        // At once, not when something node b keeps (its cached answer, the data version it read) runs out.
        using var after = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync(url));
        Assert.Contains(after.RootElement.EnumerateArray(), f => f.GetProperty("sourcePublisher").GetString() == "UN Comtrade+" && f.GetProperty("valueUsd").GetDecimal() == 1500m);
    }

    [Fact]
    public async Task DataVersion_AnImportChangesIt_ADryRunDoesNot()
    {
        await using var app = new ImportApp();
        var factory = app.Services.GetRequiredService<IDbContextFactory<MineralTradeDbContext>>();
        var before = await DataVersion.ReadAsync(factory);
        var file = MineralTrade.Tests.ComtradeFile.Bytes([MineralTrade.Tests.ComtradeFile.Row(period: "2021", value: "12.5")]);

        Assert.Equal(System.Net.HttpStatusCode.OK, (await app.PostAsync(file, "?dryRun=true")).StatusCode);
        Assert.Equal(before, await DataVersion.ReadAsync(factory));
        Assert.Equal(System.Net.HttpStatusCode.OK, (await app.PostAsync(file)).StatusCode);
        Assert.NotEqual(before, await DataVersion.ReadAsync(factory));
    }
}
