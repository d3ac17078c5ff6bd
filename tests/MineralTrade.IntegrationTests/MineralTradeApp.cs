using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;

namespace MineralTrade.IntegrationTests;

/// <summary>The whole application over a store of its own (<see cref="TestStore"/>), migrated and seeded as at a first start.</summary>
public class MineralTradeApp : WebApplicationFactory<Program>
{
    public MineralTradeApp() : this(TestStore.Create(), ownsStore: true)
    {
    }

    /// <summary>An application over an existing store, as a restart or a second node would see it; the store is left in place.</summary>
    protected MineralTradeApp(TestStore store, bool ownsStore)
    {
        Store = store;
        _ownsStore = ownsStore;
    }

    private readonly bool _ownsStore;

    /// <summary>A second application over <paramref name="store"/>, as a restart or another node would see it.</summary>
    public static MineralTradeApp Over(TestStore store) => new(store, ownsStore: false);

    public TestStore Store { get; }

    protected virtual Dictionary<string, string?> Settings => new(Store.Settings)
    {
        // A test class is one address asking for hundreds of growth/totals/CSV answers or imports in seconds, as no
        // reader does; the other limits stay as configured, and RequestLimitTests proves these two with low values.
        ["RequestLimits:Heavy:Burst"] = "100000",
        ["RequestLimits:Imports:Burst"] = "100000",
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder) =>
        builder.ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(Settings));

    public override async ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        await base.DisposeAsync();
        if (_ownsStore)
        {
            await Store.DisposeAsync();
        }
    }
}
