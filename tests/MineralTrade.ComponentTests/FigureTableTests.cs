using Bunit;
using MineralTrade.Web.Components.Shared;
using MineralTrade.Web.Features.Figures;

namespace MineralTrade.ComponentTests;

public sealed class FigureTableTests : BunitContext
{
    private static List<Figure> Rows(int count) => [.. Enumerable.Range(1, count).Select(i => new Figure
    {
        Id = i, Reporter = "TEST", Exporter = "PK", Importer = "CN", PeriodStart = 202401, PeriodEnd = 202412, HsCode = "2603",
        Product = $"Synthetic product {i}", Category = "", ValueUsd = i, Qualifier = Qualifier.Exact, SourcePublisher = "Synthetic",
    }.Classify())];

    [Fact]
    public void ManyRows_DrawsAPage_SaysHowManyThereAre_AndShowsMoreOnRequest()
    {
        var table = Render<FigureTable>(p => p.Add(t => t.Id, "rows").Add(t => t.Title, "rows").Add(t => t.Rows, Rows(1200)));

        Assert.Equal(500, table.FindAll("tbody tr").Count);
        Assert.Contains("Showing the first 500 of 1,200 figures", table.Find("[data-testid='rows-shown']").TextContent, StringComparison.Ordinal);

        table.Find("[data-testid='rows-shown'] button").Click();

        Assert.Equal(1000, table.FindAll("tbody tr").Count);
    }

    [Fact]
    public void FewRows_DrawsThemAll_WithoutANote()
    {
        var table = Render<FigureTable>(p => p.Add(t => t.Id, "rows").Add(t => t.Title, "rows").Add(t => t.Rows, Rows(104)));

        Assert.Equal(104, table.FindAll("tbody tr").Count);
        Assert.Empty(table.FindAll("[data-testid='rows-shown']"));
    }
}
