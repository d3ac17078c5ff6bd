using Microsoft.AspNetCore.Components;
using Bunit;
using MineralTrade.Web.Components.Shared;
using MineralTrade.Web.Features.Figures;

namespace MineralTrade.ComponentTests;

/// <summary>The figures table over the seeded store: a page at a time from the database (docs/decisions/0094).</summary>
public sealed class FigureTableTests : SeededStore
{
    private static readonly int s_seedFigures = File.ReadLines(Path.Combine(AppContext.BaseDirectory, "data", "pk-cn-mineral-figures.csv")).Count() - 1;

    [Fact]
    public void ManyRows_DrawsAPage_SaysHowManyThereAre_AndShowsMoreOnRequest()
    {
        var table = Render<FigureTable>(p => p.Add(t => t.Id, "rows").Add(t => t.Title, "rows").Add(t => t.Filter, FigureFilter.All)
            .Add(t => t.Count, s_seedFigures).Add(t => t.PageSize, 40));
        table.WaitForState(() => table.FindAll("tbody tr").Count > 0, TimeSpan.FromSeconds(15));

        Assert.Equal(40, table.FindAll("tbody tr").Count);
        Assert.Contains($"Showing the first 40 of {s_seedFigures} figures", table.Find("[data-testid='rows-shown']").TextContent, StringComparison.Ordinal);

        table.Find("[data-testid='rows-shown'] button").Click();
        table.WaitForState(() => table.FindAll("tbody tr").Count > 40, TimeSpan.FromSeconds(15));

        Assert.Equal(80, table.FindAll("tbody tr").Count);
        Assert.Equal(80, table.FindAll("tbody tr").Select(r => r.GetAttribute("data-id")).Distinct().Count());
    }

    [Fact]
    public void FewRows_DrawsThemAll_WithoutANote()
    {
        var table = Render<FigureTable>(p => p.Add(t => t.Id, "rows").Add(t => t.Title, "rows")
            .Add(t => t.Filter, new FigureFilter { Categories = ["copper"] }).Add(t => t.Count, 17));
        table.WaitForState(() => table.FindAll("tbody tr").Count > 0, TimeSpan.FromSeconds(15));

        Assert.All(table.FindAll("tbody tr td:nth-child(6)"), c => Assert.StartsWith("Copper", c.TextContent, StringComparison.Ordinal));
        Assert.Empty(table.FindAll("[data-testid='rows-shown']"));
    }

    [Fact]
    public void Collapsed_ReadsAndDrawsNothing_UntilOpened()
    {
        var table = Render<FigureTable>(p => p.Add(t => t.Id, "rows").Add(t => t.Title, "rows").Add(t => t.Filter, FigureFilter.All)
            .Add(t => t.Count, s_seedFigures).Add(t => t.Collapsed, true));

        Assert.Empty(table.FindAll("tbody tr"));

        table.Find("summary").Click();
        table.WaitForState(() => table.FindAll("tbody tr").Count > 0, TimeSpan.FromSeconds(15));

        Assert.Equal(100, table.FindAll("tbody tr").Count);
    }

    [Fact]
    public void Collapsed_BeforeTheCircuit_LinksTheFiguresPageOfTheView_InsteadOfAListNothingCouldOpen()
    {
        SetRendererInfo(new RendererInfo("Static", isInteractive: false));
        var table = Render<FigureTable>(p => p.Add(t => t.Id, "rows").Add(t => t.Title, "rows")
            .Add(t => t.Filter, new FigureFilter { Categories = ["copper"] }).Add(t => t.Count, 17).Add(t => t.Collapsed, true));

        Assert.Empty(table.FindAll("details, tbody tr"));
        Assert.Equal("/figures?category=copper", table.Find("[data-testid='rows-page']").GetAttribute("href"));
    }
}
