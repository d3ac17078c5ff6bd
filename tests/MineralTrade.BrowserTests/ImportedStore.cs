using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MineralTrade.Web.Features.Imports;

namespace MineralTrade.BrowserTests;

/// <summary>
/// The application on a port of its own, seeded as usual, then given one of <c>tests/data/</c>'s files by the import
/// service (made-up values), which must add <paramref name="added"/> figures.
/// </summary>
public abstract class ImportedStore(string file, int added) : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly string _databasePath = Path.Combine(Path.GetTempPath(), $"mineraltrade-{Path.GetFileNameWithoutExtension(file)}-{Guid.NewGuid():N}.db");

    public string BaseAddress { get; private set; } = "";

    protected override void ConfigureWebHost(IWebHostBuilder builder) =>
        builder.ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:MineralTrade"] = $"Data Source={_databasePath}",
        }));

    public async Task InitializeAsync()
    {
        UseKestrel(0);
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = address.Replace("://[::]", "://127.0.0.1", StringComparison.Ordinal).Replace("://0.0.0.0", "://127.0.0.1", StringComparison.Ordinal);
        var path = Path.Combine(AppContext.BaseDirectory, "data", "tests", file);
        var result = await Services.GetRequiredService<ImportService>().ImportAsync(path, Path.GetFileName(path), "browser test", dryRun: false);
        Assert.Equal(added, result.Summary?.Added);
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(_databasePath + suffix);
        }
    }
}
