using MineralTrade.Web.Features.Figures;
using MineralTrade.Web.Features.Products;

namespace MineralTrade.UnitTests.Products;

public class ProductViewTests
{
    [Fact]
    public void Axis_HasEveryPeriodBetweenTheFirstAndTheLast_SoAMissingYearIsAGap()
    {
        var slots = PeriodAxis.Slots(PeriodKind.Annual, [Period.Of(2018, 1), Period.Of(2021, 1)], ["CN-GACC"]);

        Assert.Equal(["2018", "2019", "2020", "2021"], slots.Select(s => s.Label));
    }

    [Theory]
    [InlineData(PeriodKind.HalfYear, 2024, 7, 2025, 7, new[] { "H2 2024", "H1 2025", "H2 2025" })]
    [InlineData(PeriodKind.Quarter, 2024, 10, 2025, 4, new[] { "Q4 2024", "Q1 2025", "Q2 2025" })]
    [InlineData(PeriodKind.FiscalYear, 2022, 7, 2024, 7, new[] { "FY2022-23", "FY2023-24", "FY2024-25" })]
    [InlineData(PeriodKind.Month, 2024, 11, 2025, 2, new[] { "Nov 2024", "Dec 2024", "Jan 2025", "Feb 2025" })]
    public void Axis_StepsByTheKindsOwnLength(PeriodKind kind, int y1, int m1, int y2, int m2, string[] labels) =>
        Assert.Equal(labels, PeriodAxis.Slots(kind, [Period.Of(y1, m1), Period.Of(y2, m2)], ["CN-GACC"]).Select(s => s.Label));

    [Theory]
    [InlineData(new[] { "PK-SBP" }, new[] { "Q1 FY2024-25 (Jul–Sep 2024)", "Q2 FY2024-25 (Oct–Dec 2024)" })]
    [InlineData(new[] { "PK-SBP", "PK-TDAP" }, new[] { "Q1 FY2024-25 (Jul–Sep 2024)", "Q2 FY2024-25 (Oct–Dec 2024)" })]
    [InlineData(new[] { "CN-GACC", "PK-SBP" }, new[] { "Jul–Sep 2024", "Oct–Dec 2024" })]
    public void Axis_NamesItsPeriodsAsItsReporters_TheMonthsWhereTheyDiffer(string[] reporters, string[] labels) =>
        Assert.Equal(labels, PeriodAxis.Slots(PeriodKind.Quarter, [Period.Of(2024, 7), Period.Of(2024, 10)], reporters).Select(s => s.Label));

    [Fact]
    public void Axis_KeepsTheLatestPeriods_WhenThereAreTooMany()
    {
        var slots = PeriodAxis.Slots(PeriodKind.Month, [Period.Of(1990, 1), Period.Of(2025, 12)], ["CN-GACC"]);

        Assert.Equal(PeriodAxis.MaxSlots, slots.Count);
        Assert.Equal("Dec 2025", slots[^1].Label);
    }

    [Fact]
    public void Charts_OneChartPerKind_OneSeriesPerReporter_NothingMixed()
    {
        var charts = ProductViewBuilder.Charts([
            Fig.Make("2603", "2023-01", "2023-12", 10m),
            Fig.Make("2603", "2025-01", "2025-12", 30m),
            Fig.Make("2603", "2025-01", "2025-12", 28m, reporter: "PK-PBS"),
            Fig.Make("2603", "2025-01", "2025-06", 12m),
            Fig.Make("2603", "2025-01", "2025-05", 9m),                                  // January to May: tables only
        ]);

        Assert.Equal([PeriodKind.Annual, PeriodKind.HalfYear], charts.Select(c => c.Kind));
        var annual = charts[0];
        Assert.Equal(["2023", "2024", "2025"], annual.Slots.Select(s => s.Label));
        Assert.Equal(["CN-GACC", "PK-PBS"], annual.Series.Select(s => s.Name));
        Assert.Equal([10m, null, 30m], annual.Series[0].Points.Select(p => p?.ValueUsd));
        Assert.Equal([null, null, 28m], annual.Series[1].Points.Select(p => p?.ValueUsd));
    }

    [Fact]
    public void Charts_UnstatedReporters_AreNumbered_NeverNamedAfterTheirPublisher()
    {
        var charts = ProductViewBuilder.Charts([
            Fig.Make("74", "2022-01", "2022-12", 10m, reporter: "unstated", publisher: "<img src=x onerror=alert(1)>"),
            Fig.Make("74", "2021-01", "2021-12", 9m, reporter: "unstated", publisher: "Radio"),
        ]);

        Assert.Equal(["Reporter not stated (1)", "Reporter not stated (2)"], charts[0].Series.Select(s => s.Name));
        Assert.Contains(charts[0].Series, s => s.Publisher == "<img src=x onerror=alert(1)>");
    }

    [Fact]
    public void Charts_OneReportersTotalsOfOtherCoverage_AreTwoLines_NamedByWhatTheyCount()
    {
        var servicesIn = Fig.Make("TOTAL", "2023-07", "2023-09", 633m, reporter: "PK-SBP");
        servicesIn.Coverage = Coverage.GoodsAndServices;
        var notSaid = Fig.Make("TOTAL", "2024-07", "2024-09", 559m, reporter: "PK-SBP");
        notSaid.Coverage = Coverage.Unstated;

        var quarters = Assert.Single(ProductViewBuilder.Charts([servicesIn, notSaid]));

        Assert.Equal(["PK-SBP, goods and services", "PK-SBP, coverage not stated"], quarters.Series.Select(s => s.Name));
    }

    [Fact]
    public void Lines_ShareOfTheCodeAbove_AndOfAllGoods_OnlyOfTheSameBasis()
    {
        var ores = Fig.Make("2603", "2025-01", "2025-12", 11m);
        var lines = ProductViewBuilder.Lines([ores],
            parent: [Fig.Make("26", "2025-01", "2025-12", 110m), Fig.Make("26", "2025-01", "2025-12", 50m, reporter: "PK-PBS")],
            allGoods: [Fig.Make("TOTAL", "2025-01", "2025-06", 1_000m)]);

        var line = Assert.Single(lines);
        Assert.Equal(10.0m, line.OfParent!.Percent);
        Assert.Null(line.OfAllGoods);
        Assert.Null(line.UnitValue);
    }

    [Fact]
    public void Inside_EachChildsValueAndShare_ForTheReferencePeriod_ByReporter()
    {
        var tree = HsTree.Build([new("74", 2), new("7403", 1), new("740311", 1), new("7404", 1)], HsNomenclature.Empty);
        var node = tree.Find("74")!;
        var own = new[] { Fig.Make("74", "2025-01", "2025-12", 1_000m), Fig.Make("74", "2024-01", "2024-12", 900m) };
        var inside = new[]
        {
            Fig.Make("7403", "2025-01", "2025-12", 600m),
            Fig.Make("740311", "2025-01", "2025-12", 500m),          // inside 7403: never added to it
            Fig.Make("7404", "2025-01", "2025-12", 40m, reporter: "PK-PBS"),
        };

        var reference = ProductViewBuilder.ReferencePeriod(own, inside)!;
        var table = ProductViewBuilder.Inside(node, reference, own, inside)!;

        Assert.Equal("2025", reference.Label);
        Assert.Equal(["CN-GACC", "PK-PBS"], table.Reporters);
        Assert.Equal(["7403", "7404"], table.Rows.Select(r => r.Node.Code));
        var copper = table.Rows[0].Cells[0];
        Assert.Equal((600m, 60.0m), (copper.Sum!.ValueUsd, copper.Share!.Percent));
        var scrap = table.Rows[1].Cells[1];
        Assert.Equal(40m, scrap.Sum!.ValueUsd);
        Assert.Null(scrap.Share);                                   // no PK-PBS figure for chapter 74: no share
        Assert.True(table.ParentHasFigures);
    }

    [Fact]
    public void PrincipalFlow_IsTheFiltersElseTheMostFigures()
    {
        (Flow, int)[] flows = [(new Flow("PK", "CN"), 5), (new Flow("PK", "WORLD"), 9), (new Flow("CN", "PK"), 2)];

        Assert.Equal(new Flow("PK", "WORLD"), ProductViewBuilder.PrincipalFlow(flows, null, null));
        Assert.Equal(new Flow("PK", "CN"), ProductViewBuilder.PrincipalFlow(flows, "PK", "CN"));
        Assert.Equal(new Flow("CN", "PK"), ProductViewBuilder.PrincipalFlow(flows, "CN", null));
        Assert.Null(ProductViewBuilder.PrincipalFlow(flows, "IN", null));
    }
}
