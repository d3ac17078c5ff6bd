using System.Data.Common;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using MineralTrade.Reliability;
using MineralTrade.Web.Data;

namespace MineralTrade.IntegrationTests;

/// <summary>
/// The application on a real port (Kestrel), as a client on the network sees it: each client connects from a loopback
/// address of its own (127.0.0.2, 127.0.0.3...), so per-address limits can be seen, and the store can be made slow.
/// </summary>
public sealed class KestrelApp : MineralTradeApp
{
    private readonly Dictionary<string, string?> _settings;
    private readonly string _environment;

    public KestrelApp(Dictionary<string, string?>? settings = null, string environment = "Development")
    {
        _settings = settings ?? [];
        _environment = environment;
        UseKestrel(0);
    }

    /// <summary>Every query waits this long first (honouring cancellation), as on a store of millions of figures.</summary>
    public SlowQueries Slow { get; } = new();

    protected override Dictionary<string, string?> Settings
    {
        get
        {
            var settings = base.Settings;
            foreach (var (key, value) in _settings)
            {
                settings[key] = value;
            }
            return settings;
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment(_environment);
        builder.ConfigureServices(services => services.ConfigureDbContext<MineralTradeDbContext>(o => o.AddInterceptors(Slow), ServiceLifetime.Singleton));
    }

    public Uri Address
    {
        get
        {
            StartServer();
            var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            return new Uri(address.Replace("://[::]", "://127.0.0.1", StringComparison.Ordinal).Replace("://localhost", "://127.0.0.1", StringComparison.Ordinal));
        }
    }

    /// <summary>A client whose connections come from <paramref name="localAddress"/> (any 127.0.0.0/8 address on Linux).</summary>
    public HttpClient ClientFrom(string localAddress) => LoopbackClient.From(localAddress, Address, TimeSpan.FromSeconds(60));
}

public sealed class SlowQueries : DbCommandInterceptor
{
    public TimeSpan Delay { get; set; }

    public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        if (Delay > TimeSpan.Zero)
        {
            await Task.Delay(Delay, cancellationToken);
        }
        return result;
    }
}
