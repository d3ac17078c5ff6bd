using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MineralTrade.Web.Components.Pages;
using MineralTrade.Web.Data;

namespace MineralTrade.ComponentTests;

/// <summary>The prerender handover (DashboardPage) is keyed by the store's data version, which every change bumps on any node.</summary>
public sealed class DataVersionHandoverTests : SeededStore
{
    [Fact]
    public void CircuitRender_AfterAChangeSincePrerender_ReadsTheStoreAgain()
    {
        SetRendererInfo(new RendererInfo("Static", isInteractive: false));
        var prerendered = RenderAt<Overview>("/?category=zinc", "[data-testid='headline-value']");
        Assert.NotEmpty(prerendered.FindAll("[data-testid='headline-value']"));
        // A change saved as the import and the seed save theirs (through SaveChanges, which bumps the data version),
        // as another node would make it between this prerender and the circuit's first render.
        using (var db = Services.GetRequiredService<IDbContextFactory<MineralTradeDbContext>>().CreateDbContext())
        {
            db.Figures.RemoveRange(db.Figures.Where(f => f.Category == "zinc"));
            db.SaveChanges();
        }

        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        var interactive = RenderAt<Overview>("/?category=zinc", "p.notice[role='status']");

        Assert.Contains("No figure matches", interactive.Find("p.notice[role='status']").TextContent, StringComparison.Ordinal);
    }
}
