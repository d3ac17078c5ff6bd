using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace MineralTrade.Web.Data;

public static class DatabaseStartup
{
    /// <summary>Applies migrations and seeds, where <see cref="DatabaseOptions.MigrateOnStartup"/> allows; then WAL.</summary>
    public static async Task MigrateDatabaseAsync(this WebApplication app)
    {
        if (!app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value.MigrateOnStartup)
        {
            return;
        }
        var factory = app.Services.GetRequiredService<IDbContextFactory<MineralTradeDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        await db.Database.MigrateAsync();
        // Write-ahead logging lets the pages read while an import writes; the mode is kept in the file.
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
    }
}
