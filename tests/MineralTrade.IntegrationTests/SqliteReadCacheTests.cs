using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MineralTrade.Web.Data;

namespace MineralTrade.IntegrationTests;

/// <summary>
/// Every SQLite connection the app opens reads through the page cache and memory map configured (docs/decisions/0073):
/// a store as an import leaves it read GroupTotals' rows through SQLite's 2 MB default on every request (issue 21).
/// </summary>
public class SqliteReadCacheTests
{
    [SqliteFact]
    public async Task EachConnection_ReadsThroughTheConfiguredCacheAndMap_FreshOrPooled()
    {
        await using var app = new ImportApp(settings: new() { ["Database:SqliteCacheMiB"] = "24", ["Database:SqliteMmapMiB"] = "48" });
        var factory = app.Services.GetRequiredService<IDbContextFactory<MineralTradeDbContext>>();
        for (var round = 0; round < 2; round++)
        {
            // Two open at once: two native connections, then the same two again from the pool.
            await using var first = await factory.CreateDbContextAsync();
            await using var second = await factory.CreateDbContextAsync();
            foreach (var db in new[] { first, second })
            {
                await db.Database.OpenConnectionAsync();
                Assert.Equal(-24 * 1024, await PragmaAsync(db, "cache_size"));
                Assert.Equal(48L << 20, await PragmaAsync(db, "mmap_size"));
            }
        }
    }

    [SqliteFact]
    public async Task ByDefault_EachConnection_HasTheDefaultsOfTheOptions()
    {
        await using var app = new MineralTradeApp();
        var defaults = new DatabaseOptions();
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<MineralTradeDbContext>>().CreateDbContextAsync();
        await db.Database.OpenConnectionAsync();
        Assert.Equal(-1024L * defaults.SqliteCacheMiB, await PragmaAsync(db, "cache_size"));
        Assert.Equal((long)defaults.SqliteMmapMiB << 20, await PragmaAsync(db, "mmap_size"));
    }

    private static async Task<long> PragmaAsync(MineralTradeDbContext db, string pragma)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = $"PRAGMA {pragma}";
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }
}
