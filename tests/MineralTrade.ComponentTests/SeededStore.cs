using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using MineralTrade.Web;
using MineralTrade.Web.Data;

namespace MineralTrade.ComponentTests;

/// <summary>
/// A bUnit context with the app's own services (<see cref="MineralTradeServices.AddMineralTrade"/>) over a temporary
/// SQLite file, migrated and seeded from data/ as at a first start (never EF's in-memory provider), and the chart
/// module answered.
/// </summary>
public abstract class SeededStore : BunitContext
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"mineraltrade-component-{Guid.NewGuid():N}.db");

    protected SeededStore()
    {
        // What a host gives the application: its configuration and environment.
        Services.AddSingleton<IConfiguration>(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:MineralTrade"] = $"Data Source={_path}" })
            .Build());
        var environment = new TestEnvironment();
        Services.AddSingleton<IHostEnvironment>(environment);
        Services.AddSingleton<IWebHostEnvironment>(environment);
        // bUnit's stand-ins for the browser (navigation, JS interop) are registered again after the app's, to win
        // over the ones a circuit would bring.
        var bunit = Services.ToList();
        Services.AddMineralTrade();
        foreach (var service in bunit)
        {
            Services.Add(service);
        }
        Services.MigrateDatabaseAsync().GetAwaiter().GetResult();
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    protected void GoTo(string uri) => Services.GetRequiredService<NavigationManager>().NavigateTo(uri);

    /// <summary>Renders the page at <paramref name="uri"/> and waits until its data is in (an element matches <paramref name="ready"/>).</summary>
    protected IRenderedComponent<TPage> RenderAt<TPage>(string uri, string ready) where TPage : IComponent
    {
        GoTo(uri);
        var page = Render<TPage>();
        // bUnit waits one second by default; CI runs the test projects side by side on two cores.
        page.WaitForState(() => page.FindAll(ready).Count > 0, TimeSpan.FromSeconds(15));
        return page;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(_path + suffix);
        }
    }

    private sealed class TestEnvironment : IWebHostEnvironment
    {
        public string WebRootPath { get; set; } = AppContext.BaseDirectory;
        public IFileProvider WebRootFileProvider { get; set; } = new NullFileProvider();
        public string EnvironmentName { get; set; } = Environments.Development;
        public string ApplicationName { get; set; } = "MineralTrade.Web";
        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
