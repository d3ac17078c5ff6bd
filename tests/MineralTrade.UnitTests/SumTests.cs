using MineralTrade.Web.Features.Figures;

namespace MineralTrade.UnitTests;

public class SumTests
{
    [Fact]
    public void Sum_ChapterAndHeadingInsideIt_CountsTheChapterOnly()
    {
        var sum = Comparisons.Sum([
            Fig.Make("74", "2025-01", "2025-06", 480m),
            Fig.Make("7403", "2025-01", "2025-06", 260m),
            Fig.Make("7402", "2025-01", "2025-06", 150m),
        ]);

        Assert.Equal(480m, sum.ValueUsd);
        Assert.Equal("74", Assert.Single(sum.Components).HsCode);
    }

    [Fact]
    public void Sum_ChapterAndOreHeadingOutsideIt_AddsBoth()
    {
        var sum = Comparisons.Sum([
            Fig.Make("74", "2025-01", "2025-12", 1140m),
            Fig.Make("2603", "2025-01", "2025-12", 11m, Qualifier.AtLeast),
        ]);

        Assert.Equal(1151m, sum.ValueUsd);
        Assert.Equal(DerivedQualifier.AtLeast, sum.Qualifier);
    }

    [Fact]
    public void Sum_ProductNamedWithoutValue_IsListedNotCountedAsZero()
    {
        var sum = Comparisons.Sum([Fig.Make("2602", "2025-01", "2025-12", null)]);

        Assert.Null(sum.ValueUsd);
        Assert.Equal("2602", Assert.Single(sum.NamedWithoutValue).HsCode);
    }

    [Fact]
    public void Sum_TwoSourcesForOneCode_CountsOneOfThem()
    {
        var sum = Comparisons.Sum([
            Fig.Make("TOTAL", "2021-01", "2021-06", 1728m, publisher: "A"),
            Fig.Make("TOTAL", "2021-01", "2021-06", 1735m, Qualifier.AtLeast, publisher: "B"),
        ]);

        Assert.Equal(1728m, sum.ValueUsd);
        Assert.Equal(DerivedQualifier.Exact, sum.Qualifier);
    }

    [Fact]
    public void CategoryTotals_WholeChapterBesideHeadingsOfOtherCategories_CountsNothingTwice()
    {
        var totals = Comparisons.CategoryTotals([
            Fig.Make("26", "2025-01", "2025-12", 500m),
            Fig.Make("2603", "2025-01", "2025-12", 300m),
            Fig.Make("2608", "2025-01", "2025-12", 100m),
            Fig.Make("74", "2025-01", "2025-12", 1200m),
        ]);

        Assert.Equal(1700m, totals.Sum(t => t.ValueUsd ?? 0m));
        Assert.Equal(1200m, Assert.Single(totals, t => t.Category.Id == "copper").ValueUsd);
        Assert.DoesNotContain(totals, t => t.Category.Id == "zinc");
    }
}
