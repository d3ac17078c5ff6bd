using MineralTrade.Web.Features.Dashboard;
using MineralTrade.Web.Features.Figures;

namespace MineralTrade.UnitTests;

/// <summary>Defects a review found (wrong numbers or a 500 from stored data), each pinned by a test.</summary>
public sealed class ReviewRegressionTests
{
    [Fact]
    public void Growth_FromABaseOfAFractionOfACent_IsSkippedNotAnOverflow()
    {
        var rates = Comparisons.Growth([
            Fig.Make("2603", "2024-01", "2024-12", 0.00000000000000000001m),
            Fig.Make("2603", "2025-01", "2025-12", 1_000_000_000m),
        ]);

        Assert.Empty(rates);
    }

    [Fact]
    public void CategoryTotals_WholeChapterBesideHeadingsOfOtherCategories_CountsNothingTwice()
    {
        var totals = FigureService.CategoryTotals([
            Fig.Make("26", "2025-01", "2025-12", 500m),
            Fig.Make("2603", "2025-01", "2025-12", 300m),
            Fig.Make("2608", "2025-01", "2025-12", 100m),
            Fig.Make("74", "2025-01", "2025-12", 1200m),
        ]);

        Assert.Equal(1700m, totals.Sum(t => t.ValueUsd ?? 0m));
        Assert.Equal(1200m, Assert.Single(totals, t => t.Category == "copper").ValueUsd);
        Assert.DoesNotContain(totals, t => t.Category == "zinc");
    }

    [Fact]
    public void ByCategory_OneHeadingFromAnotherReporter_DoesNotReplaceTheWholeCategory()
    {
        Figure[] figures =
        [
            Fig.Make("74", "2025-01", "2025-12", 1_140_000_000m, reporter: "CN-GACC"),
            Fig.Make("2603", "2025-01", "2025-12", 11_000_000m, Qualifier.AtLeast, reporter: "CN-GACC"),
            Fig.Make("2603", "2025-01", "2025-12", 20_000_000m, reporter: "PK-PBS", kind: SourceKind.Dataset),
        ];

        var copper = Assert.Single(OverviewBuilder.ByCategory(figures, (202501, 202512)));

        Assert.Equal("CN-GACC", copper.Reporter);
        Assert.Equal(1_151_000_000m, copper.ValueUsd);
    }

    [Theory]
    [InlineData("value_usd", "79228162514264337593543950335")]
    [InlineData("period_start", "9999-01")]
    public void ToFigure_ValuesBeyondAnyTradeFigure_AreRejected(string column, string value)
    {
        var row = Row();
        if (column == "value_usd")
        {
            row.ValueUsd = decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
        }
        else
        {
            row.PeriodStart = value;
            row.PeriodEnd = "9999-12";
        }
        var errors = new List<(string Column, string Reason)>();

        Assert.Null(row.ToFigure(errors));
        Assert.Contains(errors, e => e.Column == column);
    }

    [Theory]
    [InlineData("cn-gacc", "CN-GACC")]
    [InlineData("Unstated", "unstated")]
    [InlineData(" PK-SBP ", "PK-SBP")]
    public void ToFigure_ReporterCodes_HaveOneSpelling(string given, string stored)
    {
        var row = Row();
        row.Reporter = given;

        Assert.Equal(stored, row.ToFigure([])!.Reporter);
    }

    [Fact]
    public void GrowthValues_KeepTheirOwnQualifiers()
    {
        var rate = Assert.Single(Comparisons.Growth([
            Fig.Make("TOTAL", "2021-01", "2021-06", 1_728_000_000m),
            Fig.Make("TOTAL", "2022-01", "2022-06", 1_918_000_000m, Qualifier.AtLeast),
        ]));

        Assert.Equal("> $1.92 bn against $1.73 bn", Money.Pair(rate));
    }

    [Fact]
    public void TargetTracker_UsesTheFlowTheTargetCounts_WhereANamedReporterGivesIt()
    {
        var target = new MineralTrade.Web.Features.Targets.Target
        {
            Name = "goal", Exporter = "PK", Importer = "WORLD", Scope = "minerals", SourcePublisher = "Test", LowUsd = 6e9m, HighUsd = 8e9m, ByYear = 2030,
        };
        Figure[] toChina = [Fig.Make("2610", "2025-01", "2025-12", 80m)];
        Figure[] unstatedWorld = [Fig.Make("2610", "2025-01", "2025-12", 95m, reporter: "unstated", importer: "WORLD")];
        Figure[] namedWorld = [Fig.Make("2610", "2025-01", "2025-12", 120m, reporter: "PK-PBS", importer: "WORLD", kind: SourceKind.Dataset)];

        Assert.Same(toChina[0], Assert.Single(OverviewBuilder.TargetFlow(target, [.. toChina, .. unstatedWorld], toChina)));
        Assert.Same(namedWorld[0], Assert.Single(OverviewBuilder.TargetFlow(target, [.. toChina, .. namedWorld], toChina)));
    }

    private static FigureRow Row() => new()
    {
        Reporter = "CN-GACC", Exporter = "PK", Importer = "CN", PeriodStart = "2025-01", PeriodEnd = "2025-12", HsCode = "2606",
        Product = "Aluminium ores and concentrates", ValueUsd = 14_160_000m, Qualifier = "exact", SourcePublisher = "Test Publisher",
    };
}
