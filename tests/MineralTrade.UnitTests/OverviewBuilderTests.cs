using MineralTrade.Web.Features.Dashboard;
using MineralTrade.Web.Features.Figures;
using MineralTrade.Web.Features.Targets;

namespace MineralTrade.UnitTests;

public sealed class OverviewBuilderTests
{
    private static FigureFilter Filter(params string[] categories) => new() { Categories = categories };

    [Fact]
    public void PrincipalFlow_IsTheFlowMostFiguresDescribe_UnlessTheFilterNamesOne()
    {
        Figure[] figures =
        [
            Fig.Make("2608", "2025-01", "2025-12", 10m), Fig.Make("2610", "2025-01", "2025-12", 20m),
            Fig.Make("2610", "2025-01", "2025-12", 30m, importer: "WORLD"),
        ];

        Assert.Equal(new Flow("PK", "CN"), OverviewBuilder.PrincipalFlow(figures, FigureFilter.All));
        Assert.Equal(new Flow("PK", "WORLD"), OverviewBuilder.PrincipalFlow(figures, new FigureFilter { Importer = "WORLD" }));
    }

    [Fact]
    public void LatestPeriod_IsTheLatestOfTheKindAsked_WithAValue()
    {
        Figure[] figures =
        [
            Fig.Make("2608", "2024-01", "2024-12", 10m), Fig.Make("2608", "2025-01", "2025-06", 5m),
            Fig.Make("2602", "2026-01", "2026-12", null),
        ];

        Assert.Equal((202401, 202412), OverviewBuilder.LatestPeriod(figures, PeriodKind.Annual));
        Assert.Equal((202501, 202506), OverviewBuilder.LatestPeriod(figures, PeriodKind.HalfYear));
        Assert.Null(OverviewBuilder.LatestPeriod(figures, PeriodKind.Quarter));
    }

    [Fact]
    public void ByCategory_AddsAChapterWithoutTheHeadingInsideIt_AndLeavesNamedProductsOut()
    {
        Figure[] figures =
        [
            Fig.Make("74", "2025-01", "2025-12", 300m), Fig.Make("7403", "2025-01", "2025-12", 100m),
            Fig.Make("2603", "2025-01", "2025-12", 50m, Qualifier.AtLeast), Fig.Make("2602", "2025-01", "2025-12", null),
        ];

        var bars = OverviewBuilder.ByCategory(figures, (202501, 202512));

        var copper = Assert.Single(bars);
        Assert.Equal("copper", copper.Category);
        Assert.Equal(350m, copper.ValueUsd);
        Assert.Equal("≥ $350", copper.Display);
    }

    [Fact]
    public void ByCategory_WhereSourcesCompete_PrefersTheExactThenTheNamedReporter()
    {
        Figure[] figures =
        [
            Fig.Make("2608", "2025-01", "2025-12", 90m, Qualifier.AtLeast, reporter: "CN-GACC"),
            Fig.Make("2608", "2025-01", "2025-12", 80m, reporter: "unstated", publisher: "Paper A"),
            Fig.Make("2608", "2025-01", "2025-12", 70m, reporter: "PK-SBP"),
        ];

        var zinc = Assert.Single(OverviewBuilder.ByCategory(figures, (202501, 202512)));

        Assert.Equal("PK-SBP", zinc.Reporter);
        Assert.Equal(70m, zinc.ValueUsd);
    }

    [Fact]
    public void ByYear_KeepsFullYearsAndHalfYearsInSeparateSeries()
    {
        Figure[] figures =
        [
            Fig.Make("2608", "2024-01", "2024-12", 100m), Fig.Make("2608", "2025-01", "2025-12", 120m),
            Fig.Make("2608", "2025-01", "2025-06", 55m), Fig.Make("2608", "2025-01", "2025-05", 40m),
        ];

        var series = OverviewBuilder.ByYear(figures);

        Assert.Equal(["Zinc ore: 2608, CN-GACC, full years", "Zinc ore: 2608, CN-GACC, half years"], series.Select(s => s.Name).Order(StringComparer.Ordinal));
        Assert.Equal([2024, 2025], series.Single(s => s.Shape == "full years").Points.Select(p => p.Year));
        Assert.Equal(55m, series.Single(s => s.Kind == PeriodKind.HalfYear).Points.Single().ValueUsd);
    }

    [Fact]
    public void ValueAdded_SharesProcessedAgainstRaw_OnlyWhereBothAreKnown()
    {
        Figure[] figures =
        [
            Fig.Make("74", "2025-01", "2025-12", 300m), Fig.Make("7403", "2025-01", "2025-12", 200m),
            Fig.Make("2603", "2025-01", "2025-12", 60m), Fig.Make("2608", "2025-01", "2025-12", 40m),
            Fig.Make("7404", "2025-01", "2025-12", 500m),
            Fig.Make("74", "2024-01", "2024-12", 250m),
        ];

        var point = Assert.Single(OverviewBuilder.ValueAdded(figures).SameProducts);

        Assert.Equal("2025", point.PeriodLabel);
        Assert.Equal(300m, point.ProcessedUsd);
        Assert.Equal(100m, point.RawUsd);
        Assert.Equal(75m, point.ProcessedSharePercent);
        Assert.False(point.Indicative);
    }

    [Theory]
    [InlineData(Qualifier.AtLeast, Qualifier.Exact, "≥ 66.6%", "the processed sum is a lower bound: the share is at least this")]
    [InlineData(Qualifier.Exact, Qualifier.AtLeast, "≤ 66.7%", "the raw sum is a lower bound: the share is at most this")]
    [InlineData(Qualifier.AtLeast, Qualifier.AtLeast, "~ 66.7%", "both sums are lower bounds: the share may be higher or lower")]
    [InlineData(Qualifier.Exact, Qualifier.Exact, "66.7%", null)]
    public void ValueAdded_ShareFromABound_SaysWhichWayItLeans(Qualifier processed, Qualifier raw, string share, string? note)
    {
        Figure[] figures = [Fig.Make("74", "2025-01", "2025-06", 200m, processed), Fig.Make("2601", "2025-01", "2025-06", 100m, raw)];

        var point = Assert.Single(OverviewBuilder.ValueAdded(figures).SameProducts);

        Assert.Equal(share, point.ShareDisplay);
        Assert.Equal(note, point.ShareNote);
    }

    [Fact]
    public void ValueAdded_WithABound_IsIndicative()
    {
        Figure[] figures = [Fig.Make("74", "2025-01", "2025-06", 300m), Fig.Make("2601", "2025-01", "2025-06", 100m, Qualifier.AtLeast)];

        Assert.True(Assert.Single(OverviewBuilder.ValueAdded(figures).SameProducts).Indicative);
    }

    [Theory]
    [InlineData(2, 6, 5, 24.6)]
    [InlineData(2, 8, 5, 32.0)]
    [InlineData(1, 2, 1, 100.0)]
    public void RequiredGrowth_IsTheCompoundYearlyRate(int from, int to, int years, double expected) =>
        Assert.Equal((decimal)expected, OverviewBuilder.RequiredGrowthPercent(from, to, years));

    [Fact]
    public void Track_TakesTheBaselineAsTheLastFullYearBeforeItWasSaid()
    {
        var target = new Target
        {
            Name = "Goal", Exporter = "PK", Importer = "WORLD", Scope = "all minerals", LowUsd = 6_000m, HighUsd = 8_000m, ByYear = 2030,
            BaselineUsd = 2_000m, BaselineStatement = "about 2", BaselineSourceDate = new DateOnly(2026, 1, 28), SourcePublisher = "Test",
        };
        Figure[] figures = [Fig.Make("74", "2025-01", "2025-12", 900m), Fig.Make("2608", "2025-01", "2025-12", 100m, Qualifier.AtLeast)];

        var track = OverviewBuilder.Track(target, figures);

        Assert.Equal(2025, track.BaseYear);
        Assert.Equal(24.6m, track.RequiredLowPercent);
        Assert.Equal(32.0m, track.RequiredHighPercent);
        var known = Assert.Single(track.Known);
        Assert.Equal(1_000m, known.ValueUsd);
        Assert.Equal(DerivedQualifier.AtLeast, known.Qualifier);
    }

    [Fact]
    public void Track_WithoutABaselineDate_NamesNoRequiredGrowth()
    {
        var target = new Target { Name = "Goal", Exporter = "PK", Importer = "WORLD", Scope = "s", LowUsd = 6m, HighUsd = 8m, ByYear = 2030, BaselineUsd = 2m, SourcePublisher = "Test" };

        var track = OverviewBuilder.Track(target, []);

        Assert.Null(track.RequiredLowPercent);
        Assert.Empty(track.Known);
    }

    [Fact]
    public void Build_LeavesAllGoodsOutOfTheChartsUnlessChosen_ButCountsEveryRowForTheCsv()
    {
        Figure[] figures = [Fig.Make("TOTAL", "2025-01", "2025-12", 5_000m), Fig.Make("2608", "2025-01", "2025-12", 100m)];

        var byDefault = OverviewBuilder.Build(FigureFilter.All, figures, null);
        var chosen = OverviewBuilder.Build(Filter("all-goods"), figures, null);

        Assert.Equal(["zinc"], byDefault.ByCategory.Select(b => b.Category));
        Assert.Equal(2, byDefault.FigureCount);
        Assert.Equal(1, chosen.FigureCount);
        Assert.Equal(["all-goods"], chosen.ByCategory.Select(b => b.Category));
    }

    [Fact]
    public void Build_HeadlinesCarryTheirGrowth_AndNamedProductsAreListedApart()
    {
        Figure[] figures =
        [
            Fig.Make("2606", "2024-01", "2024-12", 0.29m), Fig.Make("2606", "2025-01", "2025-12", 14.16m),
            Fig.Make("2602", "2025-01", "2025-12", null),
        ];

        var model = OverviewBuilder.Build(FigureFilter.All, figures, null);

        var card = Assert.Single(model.Headlines);
        Assert.Equal("+4,783%", card.Growth!.Display);
        Assert.Equal(GrowthDirection.Up, card.Growth.Direction);
        Assert.Equal("2025", model.LatestPeriod);
        var named = Assert.Single(model.NamedWithoutValue);
        Assert.Equal("2602", named.HsCode);
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

    [Fact]
    public void TargetTracker_UsesTheFlowTheTargetCounts_WhereANamedReporterGivesIt()
    {
        var target = new Target
        {
            Name = "goal", Exporter = "PK", Importer = "WORLD", Scope = "minerals", SourcePublisher = "Test", LowUsd = 6e9m, HighUsd = 8e9m, ByYear = 2030,
        };
        Figure[] toChina = [Fig.Make("2610", "2025-01", "2025-12", 80m)];
        Figure[] unstatedWorld = [Fig.Make("2610", "2025-01", "2025-12", 95m, reporter: "unstated", importer: "WORLD")];
        Figure[] namedWorld = [Fig.Make("2610", "2025-01", "2025-12", 120m, reporter: "PK-PBS", importer: "WORLD", kind: SourceKind.Dataset)];

        Assert.Equal(new Flow("PK", "CN"), OverviewBuilder.Build(FigureFilter.All, [.. toChina, .. unstatedWorld], target).Target!.KnownFlow);
        Assert.Equal(new Flow("PK", "WORLD"), OverviewBuilder.Build(FigureFilter.All, [.. toChina, .. namedWorld], target).Target!.KnownFlow);
    }

    [Fact]
    public void TimeCharts_DrawTheLatestPeriodsOfEachKind_AndTheCardsKeepTheLatestYear()
    {
        // 36 months of copper and ores (2023-2025) and 21 full years (2005-2025).
        var figures = Enumerable.Range(0, 36)
            .SelectMany(m => new[] { 2023 + m / 12 }.Select(y => $"{y}-{m % 12 + 1:00}"))
            .SelectMany(month => new[] { Fig.Make("74", month, month, 100m), Fig.Make("2603", month, month, 50m) })
            .Concat(Enumerable.Range(2005, 21).Select(y => Fig.Make("74", $"{y}-01", $"{y}-12", 1000m)))
            .ToList();

        var model = OverviewBuilder.Build(FigureFilter.All, figures, target: null);

        var months = model.ByYear.SelectMany(s => s.Points).Where(p => p.PeriodStart == p.PeriodEnd).Select(p => p.PeriodEnd).Distinct().Order().ToList();
        Assert.Equal(OverviewBuilder.MaxPeriods(PeriodKind.Month), months.Count);
        Assert.Equal(202401, months[0]);
        Assert.Equal(202512, months[^1]);
        Assert.Equal(21, model.ByYear.SelectMany(s => s.Points).Count(p => Period.KindOf(p.PeriodStart, p.PeriodEnd) == PeriodKind.Annual));
        Assert.All(model.ValueAdded.AllKnown, v => Assert.True(v.PeriodEnd >= 202401));
        Assert.Equal("2025", model.LatestPeriod);
    }
}
