using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;

namespace MineralTrade.IntegrationTests;

/// <summary>The whole application over a real SQLite file of its own, migrated and seeded as at a first start.</summary>
public class MineralTradeApp : WebApplicationFactory<Program>
{
    public MineralTradeApp() : this(Path.Combine(Path.GetTempPath(), $"mineraltrade-test-{Guid.NewGuid():N}.db"), ownsDatabase: true)
    {
    }

    /// <summary>An application over an existing file, as a restart would see it; the file is left in place.</summary>
    protected MineralTradeApp(string databasePath, bool ownsDatabase)
    {
        DatabasePath = databasePath;
        _ownsDatabase = ownsDatabase;
    }

    private readonly bool _ownsDatabase;

    /// <summary>A second application over <paramref name="databasePath"/>, as a restart would see it.</summary>
    public static MineralTradeApp Restart(string databasePath) => new(databasePath, ownsDatabase: false);

    public string DatabasePath { get; }

    protected virtual Dictionary<string, string?> Settings => new()
    {
        ["ConnectionStrings:MineralTrade"] = $"Data Source={DatabasePath}",
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder) =>
        builder.ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(Settings));

    public override async ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (!_ownsDatabase)
        {
            return;
        }
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(DatabasePath + suffix);
        }
    }
}
