using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MineralTrade.Web.Data;
using MineralTrade.Web.Features.Dashboard;
using MineralTrade.Web.Features.Figures;
using MineralTrade.Web.Features.Imports;

namespace MineralTrade.IntegrationTests;

/// <summary>
/// How a sum of bounds and approximations reads (<see cref="Comparisons.WithPart"/>), along the three paths that add
/// figures: per request (the rules over loaded figures, <c>/api/totals?hs=</c>), the summaries written at import
/// (<c>GroupTotals</c>, read by <c>/api/totals</c> and the overview's charts) and the overview's value-added sums.
/// Each is checked against the qualifier a reader must see, year by year, so a path that drifts fails here.
/// </summary>
public class SumQualifierTests : IAsyncLifetime
{
    private const string Exporter = "PK", Importer = "AF";

    // Per year: refined copper (metal) and copper wire (articles) are processed, copper ores raw; all copper.
    private static readonly (int Year, string Metal, string Wire, string Ore, DerivedQualifier Copper, DerivedQualifier Processed, DerivedQualifier Raw)[] s_years =
    [
        (2020, "exact", "exact", "exact", DerivedQualifier.Exact, DerivedQualifier.Exact, DerivedQualifier.Exact),
        (2021, "at_least", "exact", "exact", DerivedQualifier.AtLeast, DerivedQualifier.AtLeast, DerivedQualifier.Exact),
        (2022, "approximate", "at_least", "exact", DerivedQualifier.Approximate, DerivedQualifier.Approximate, DerivedQualifier.Exact),
        (2023, "at_least", "at_least", "at_least", DerivedQualifier.AtLeast, DerivedQualifier.AtLeast, DerivedQualifier.AtLeast),
        (2024, "exact", "exact", "approximate", DerivedQualifier.Approximate, DerivedQualifier.Exact, DerivedQualifier.Approximate),
    ];

    private readonly MineralTradeApp _app = new();

    public async Task InitializeAsync()
    {
        var rows = s_years.SelectMany(y => new[]
        {
            Row(y.Year, "7403", y.Metal, 1_000_000.25m),
            Row(y.Year, "7408", y.Wire, 2_000_000.50m),
            Row(y.Year, "2603", y.Ore, 500_000.10m),
            // Named without a value: listed beside the sum, never a part of it.
            Row(y.Year, "7405", "named_without_value", null),
        });
        var path = Path.Combine(Path.GetTempPath(), $"{Guid.NewGuid():N}-bounds.csv");
        try
        {
            await using (var file = File.Create(path))
            {
                await FigureCsv.WriteAsync(file, rows.ToAsyncEnumerable());
            }
            var result = await _app.Services.GetRequiredService<ImportService>().ImportAsync(path, "bounds.csv", "test", dryRun: false);
            Assert.True(result.Summary?.ImportId is not null, string.Join("; ", result.Problems));
        }
        finally
        {
            File.Delete(path);
        }
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task SumQualifier_PerRequest_InTheSummaries_AndInTheOverview_AgreeOnBoundsAndApproximations()
    {
        var flow = new FigureFilter { Exporter = Exporter, Importer = Importer };
        var service = _app.Services.GetRequiredService<FigureService>();
        var figures = await service.LoadAsync(flow);
        var perRequest = Comparisons.CategoryTotals(figures).Where(t => t.Category.Id == "copper").ToDictionary(t => Period.Year(t.PeriodEnd));
        // The HS code view of /api/totals adds the named codes per request, by the rules.
        var byCodes = (await service.GetCategoryTotalsAsync(flow with { HsCodes = ["7403", "7408", "2603", "7405"] }, [], FigureService.MaxLimit)).Items
            .ToDictionary(t => Period.Year(t.PeriodEnd));
        await using var db = await _app.Services.GetRequiredService<IDbContextFactory<MineralTradeDbContext>>().CreateDbContextAsync();
        var stored = (await FigureService.Totals(db, flow with { Categories = ["copper"] }).ToListAsync()).ToDictionary(t => Period.Year(t.PeriodEnd));
        var overview = await _app.Services.GetRequiredService<DashboardService>().GetOverviewAsync(flow);
        var valueAdded = overview.ValueAdded.SameProducts.ToDictionary(p => Period.Year(p.PeriodEnd));

        foreach (var y in s_years)
        {
            var because = $"{y.Year}: {y.Metal} + {y.Wire} + {y.Ore}";
            Assert.True(y.Copper == perRequest[y.Year].Qualifier, because);
            Assert.True(y.Copper == byCodes[y.Year].Qualifier, because);
            Assert.True(y.Copper == stored[y.Year].Qualifier, because);
            Assert.True(y.Processed == valueAdded[y.Year].ProcessedQualifier, because);
            Assert.True(y.Raw == valueAdded[y.Year].RawQualifier, because);
            // Every path adds the same parts to the same cent, and leaves the product without a value out.
            Assert.Equal(3_500_000.85m, perRequest[y.Year].ValueUsd);
            Assert.Equal(3_500_000.85m, stored[y.Year].ValueUsd);
            Assert.Equal("2603 7403 7408", string.Join(' ', perRequest[y.Year].Basket));
            Assert.Equal("2603 7403 7408", stored[y.Year].Basket);
        }
    }

    private static FigureRow Row(int year, string code, string qualifier, decimal? value) => new()
    {
        Reporter = "CN-GACC",
        Exporter = Exporter,
        Importer = Importer,
        PeriodStart = $"{year}-01",
        PeriodEnd = $"{year}-12",
        HsCode = code,
        Product = "Synthetic product " + code,
        ValueUsd = value,
        QualifierName = qualifier,
        SourcePublisher = "Test publisher",
        SourceKindName = "dataset",
        SourceDate = new DateOnly(year + 1, 3, 1),
    };
}
