using Microsoft.AspNetCore.Components;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MineralTrade.Web.Data;
using MineralTrade.Web.Features.Dashboard;
using MineralTrade.Web.Features.Figures;

namespace MineralTrade.ComponentTests;

/// <summary>
/// A bUnit context with the app's services over a temporary SQLite file, migrated and seeded by the app's own Seeder
/// from data/ (never EF's in-memory provider), and the chart module answered.
/// </summary>
public abstract class SeededStore : BunitContext
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"mineraltrade-component-{Guid.NewGuid():N}.db");

    protected SeededStore()
    {
        var connection = $"Data Source={_path}";
        using (var db = new MineralTradeDbContext(new DbContextOptionsBuilder<MineralTradeDbContext>().UseSqlite(connection).Options))
        {
            db.Database.Migrate();
            Seeder.Seed(db);
        }
        Services.AddDbContextFactory<MineralTradeDbContext>(o => o.UseSqlite(connection));
        Services.AddSingleton<FigureService>();
        Services.AddSingleton<DashboardService>();
        Services.AddMemoryCache();
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        var chart = JSInterop.SetupModule("./Components/Charts/ApexChart.razor.js");
        // Answered at once: a chart call left pending would be reported as the cause of any slow wait below.
        chart.SetupVoid("create", _ => true).SetVoidResult();
        chart.SetupVoid("update", _ => true).SetVoidResult();
        chart.SetupVoid("destroy", _ => true).SetVoidResult();
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
}
