using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace MineralTrade.Web.Data;

/// <summary>How the store is reached and prepared: the one place that knows the database provider.</summary>
public static class DatabaseStartup
{
    /// <summary>The context factory (one short-lived context per operation), seeded from <c>data/</c>, and its options.</summary>
    public static IServiceCollection AddDatabase(this IServiceCollection services)
    {
        services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddDbContextFactory<MineralTradeDbContext>((provider, options) => options
            .UseSqlite(SqliteConnectionString(provider.GetRequiredService<IConfiguration>(), provider.GetRequiredService<IHostEnvironment>().ContentRootPath))
            .UseSeeding((db, _) => Seeder.Seed((MineralTradeDbContext)db))
            .UseAsyncSeeding((db, _, _) =>
            {
                Seeder.Seed((MineralTradeDbContext)db);
                return Task.CompletedTask;
            }));
        return services;
    }

    /// <summary>Applies migrations and seeds, where <see cref="DatabaseOptions.MigrateOnStartup"/> allows; then WAL.</summary>
    public static async Task MigrateDatabaseAsync(this IServiceProvider services)
    {
        if (!services.GetRequiredService<IOptions<DatabaseOptions>>().Value.MigrateOnStartup)
        {
            return;
        }
        var factory = services.GetRequiredService<IDbContextFactory<MineralTradeDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        await db.Database.MigrateAsync();
        // Write-ahead logging lets the pages read while an import writes; the mode is kept in the file.
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
    }

    // A relative SQLite path is taken from the content root, so the database lands in the project's gitignored App_Data
    // wherever the app is started from.
    private static string SqliteConnectionString(IConfiguration configuration, string contentRootPath)
    {
        var connection = new SqliteConnectionStringBuilder(configuration.GetConnectionString("MineralTrade")
            ?? throw new InvalidOperationException("ConnectionStrings:MineralTrade is not set."));
        if (connection.DataSource is { Length: > 0 } path && path != ":memory:" && !Path.IsPathRooted(path) && connection.Mode != SqliteOpenMode.Memory)
        {
            connection.DataSource = Path.Combine(contentRootPath, path);
        }
        if (Path.GetDirectoryName(connection.DataSource) is { Length: > 0 } directory)
        {
            Directory.CreateDirectory(directory);
        }
        return connection.ToString();
    }
}
