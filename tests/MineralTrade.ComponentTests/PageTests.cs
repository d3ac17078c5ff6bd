using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MineralTrade.Web.Components.Pages;
using MineralTrade.Web.Data;
using MineralTrade.Web.Features.Figures;
using System.Globalization;

namespace MineralTrade.ComponentTests;

/// <summary>The pages over the seeded store: qualifiers shown as the source gave them, named products never drawn as zero.</summary>
public sealed class PageTests : SeededStore
{
    [Fact]
    public void Overview_ShowsALowerBoundWithItsQualifier()
    {
        var page = RenderAt<Overview>("/", "[data-testid='headline-value']");
        var cards = page.FindAll("[data-testid='headlines'] li").Select(c => c.TextContent).ToList();
        Assert.Contains(cards, c => c.Contains("Iron ores", StringComparison.Ordinal) && c.Contains("≥ $101 M", StringComparison.Ordinal));
        // An iron-ore card names the ore, not the category's steel.
        Assert.Contains(cards, c => c.Contains("Iron ore · HS 2601", StringComparison.Ordinal));
        Assert.Contains(cards, c => c.Contains("Copper and articles thereof", StringComparison.Ordinal) && c.Contains("$1.14 bn", StringComparison.Ordinal));
        Assert.Contains(cards, c => c.Contains("Aluminium ores", StringComparison.Ordinal) && c.Contains("+4,783%", StringComparison.Ordinal));
    }

    [Fact]
    public void Overview_CardGrowth_PointsTheWayTheNumberWent()
    {
        (string Text, string[] Classes) Growth(string uri) =>
            RenderAt<Overview>(uri, "[data-testid='headline-value']").Find(".card-growth") is var g ? (g.TextContent, [.. g.ClassList]) : default;

        var down = Growth("/?category=zinc&period=half-year");
        var up = Growth("/?category=aluminium");

        Assert.StartsWith("-12.4%", down.Text, StringComparison.Ordinal);
        Assert.Contains("down", down.Classes);
        Assert.StartsWith("+4,783%", up.Text, StringComparison.Ordinal);
        Assert.Contains("up", up.Classes);
    }

    [Fact]
    public void Overview_ListsProductsNamedWithoutValue_AndNeverChartsThemAsZero()
    {
        var page = RenderAt<Overview>("/", "[data-testid='named-without-value'] li");
        var named = page.Find("[data-testid='named-without-value']").TextContent;
        Assert.Contains("Manganese ores and concentrates", named, StringComparison.Ordinal);
        Assert.Contains("reported, no value published", named, StringComparison.Ordinal);
        var categoryRows = page.FindAll("[data-chart='by-category'] tbody tr").Select(r => r.TextContent).ToList();
        Assert.NotEmpty(categoryRows);
        Assert.DoesNotContain(categoryRows, r => r.Contains("Manganese", StringComparison.Ordinal));
        Assert.DoesNotContain(categoryRows, r => r.Contains("$0", StringComparison.Ordinal));
    }

    [Fact]
    public void Overview_WithAnInvalidQuery_SaysWhatIsWrong()
    {
        GoTo("/?from=abc&period=decade");

        var page = Render<Overview>();

        var errors = page.Find("[data-testid='filter-errors']").TextContent;
        Assert.Contains("'abc' is not a year", errors, StringComparison.Ordinal);
        Assert.Contains("unknown period 'decade'", errors, StringComparison.Ordinal);
        Assert.Empty(page.FindAll("[data-chart]"));
        // Each parameter named once: "from: 'abc' ...", never "from: from: 'abc' ...".
        Assert.Contains("from: 'abc' is not a year", errors, StringComparison.Ordinal);
        Assert.DoesNotContain("from: from:", errors, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("abc", "page: 'abc' is not a page number")]
    [InlineData("0", "page: '0' is not a page number")]
    [InlineData("2147483647", "page: '2147483647' is not a page number. Allowed: 1 to 85899345.")]
    public void Compare_WithABadPageNumber_SaysWhatIsWrong(string number, string message)
    {
        GoTo($"/compare?page={number}");

        var page = Render<Compare>();

        Assert.Contains(message, page.Find("[data-testid='filter-errors']").TextContent, StringComparison.Ordinal);
        Assert.Empty(page.FindAll("[data-chart]"));
    }

    [Fact]
    public void Overview_FollowsTheQueryString_AndLinksTheCsvOfTheSameFilter()
    {
        var page = RenderAt<Overview>("/?category=iron&from=2025", "[data-chart='by-category'] tbody tr");
        // Only ores in the sum: the bar says so (an iron-ore bar is not "Iron and steel").
        Assert.Equal(["Iron ore"], page.FindAll("[data-chart='by-category'] tbody th").Select(th => th.TextContent));
        Assert.Equal("/api/figures.csv?category=iron&from=2025", page.Find("[data-testid='download-csv']").GetAttribute("href"));
        Assert.All(page.FindAll("#rows tbody tr"), r => Assert.Contains("2601", r.TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public void Figures_FilterStateWithoutAPicker_IsShownNotHidden()
    {
        var page = RenderAt<Figures>("/figures?hs=7403&from=2010", "#rows tbody tr");

        var hs = page.Find("[data-testid='hs-filter'] input");
        Assert.Equal("7403", hs.GetAttribute("value"));
        Assert.True(hs.HasAttribute("checked"));
        Assert.Equal("2010", page.Find("select[name='from'] option[selected]").GetAttribute("value"));
        Assert.All(page.FindAll("#rows tbody tr"), r => Assert.Contains("7403", r.TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public void Figures_ShowQualifiersAndNamedProducts_WithTheirSources()
    {
        var page = RenderAt<Figures>("/figures?category=iron&category=manganese&period=annual&from=2025", "#rows tbody tr");
        var rows = page.FindAll("#rows tbody tr").Select(r => r.TextContent).ToList();
        Assert.Contains(rows, r => r.Contains("Iron ores", StringComparison.Ordinal) && r.Contains("≥ $101 M", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Contains("Manganese ores", StringComparison.Ordinal) && r.Contains("reported, no value published", StringComparison.Ordinal));
        var sources = page.FindAll("#rows tbody tr td.source a");
        Assert.NotEmpty(sources);
        Assert.All(sources, a => Assert.StartsWith("http", a.GetAttribute("href"), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Figures_AsFirstShown_AreInTheCsvsOrder()
    {
        var page = RenderAt<Figures>("/figures?category=copper", "[data-testid='figure-rows'] tbody tr");
        // The CSV is written in the pages' default order (CsvExtractTests holds the two to each other).
        var pages = await Services.GetRequiredService<FigureService>().GetFiguresAsync(
            new FigureFilter { Categories = ["copper"] }, FigurePosition.Start(FigureOrder.Default), FigureService.MaxLimit);
        var csvOrder = pages.Items.Select(f => f.Id).ToList();

        var shown = page.FindAll("[data-testid='figure-rows'] tbody tr").Select(r => int.Parse(r.GetAttribute("data-id")!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(csvOrder, shown);
    }

    [Fact]
    public async Task Figures_SortByValue_PutsTheLargestFirst_ThenTheSmallest_AndTheAddressAndCsvSayIt()
    {
        const string view = "/figures?period=annual&from=2025&to=2025";
        var stored = (await Services.GetRequiredService<FigureService>().LoadAsync(new FigureFilter { Period = PeriodKind.Annual, From = 2025, To = 2025 }))
            .ToDictionary(f => f.Id.ToString(CultureInfo.InvariantCulture), f => f.ValueUsd);
        // A sort is a link: the page at its address, with the rows' values in the order drawn (read from the store by id).
        (string Href, List<decimal?> Values, string Csv) SortByValueFrom(string uri)
        {
            var page = RenderAt<Figures>(uri, "#rows tbody tr");
            var href = page.Find("[data-testid='sort-Value']").GetAttribute("href")!;
            var sorted = RenderAt<Figures>(href, "#rows tbody tr");
            return (href, [.. sorted.FindAll("#rows tbody tr").Select(r => stored[r.GetAttribute("data-id")!])], sorted.Find("[data-testid='download-csv']").GetAttribute("href")!);
        }

        var (toDescending, descending, descendingCsv) = SortByValueFrom(view);
        var (toAscending, ascending, ascendingCsv) = SortByValueFrom(toDescending);

        Assert.Equal(view + "&sort=-value", toDescending);
        Assert.Equal(view + "&sort=value", toAscending);
        Assert.Equal("/api/figures.csv?from=2025&to=2025&period=annual&sort=-value", descendingCsv);
        Assert.Equal("/api/figures.csv?from=2025&to=2025&period=annual&sort=value", ascendingCsv);
        var values = stored.Values.OfType<decimal>().ToList();
        Assert.True(values.Distinct().Count() > 2, "the view should hold several values");
        Assert.Equal(stored.Count, descending.Count);
        // Largest first, then every value in turn; products named without a value last in both orders.
        Assert.Equal(values.Max(), descending[0]);
        Assert.Equal([.. values.OrderDescending(), .. Enumerable.Repeat<decimal?>(null, stored.Count - values.Count)], descending.ToArray());
        Assert.Equal(values.Min(), ascending[0]);
        Assert.Equal([.. values.Order(), .. Enumerable.Repeat<decimal?>(null, stored.Count - values.Count)], ascending.ToArray());
    }

    [Fact]
    public void About_ListsTheSeedImport_WithItsHash()
    {
        var page = RenderAt<About>("/about", "[data-testid='imports'] tbody tr");
        var row = page.Find("[data-testid='imports'] tbody tr").TextContent;
        Assert.Contains("pk-cn-mineral-figures.csv", row, StringComparison.Ordinal);
        Assert.Contains("seed", row, StringComparison.Ordinal);
        Assert.Matches("[0-9a-f]{64}", row);
        Assert.Contains("last changed", page.Find("[data-testid='last-changed']").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void CircuitRender_AfterPrerender_UsesThePrerenderedData_WithoutReadingTheStoreAgain()
    {
        SetRendererInfo(new RendererInfo("Static", isInteractive: false));
        var prerendered = RenderAt<Overview>("/?category=zinc", "[data-testid='headline-value']");
        var cards = prerendered.Find("[data-testid='headlines']").TextContent;
        using (var db = Services.GetRequiredService<IDbContextFactory<MineralTradeDbContext>>().CreateDbContext())
        {
            // The store as the pages read it: the figures and the summaries computed from them.
            db.GrowthPairs.ExecuteDelete();
            db.GroupTotals.ExecuteDelete();
            db.Figures.ExecuteDelete();
        }

        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        var interactive = RenderAt<Overview>("/?category=zinc", "[data-testid='headline-value']");
        var afterwards = RenderAt<Overview>("/?category=zinc", "p.notice[role='status']");

        Assert.Equal(cards, interactive.Find("[data-testid='headlines']").TextContent);
        Assert.Contains("No figure matches", afterwards.Find("p.notice[role='status']").TextContent, StringComparison.Ordinal);
    }
}

