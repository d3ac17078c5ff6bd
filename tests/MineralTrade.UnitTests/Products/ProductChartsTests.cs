using MineralTrade.Web.Components.Charts;
using MineralTrade.Web.Components.Products;
using MineralTrade.Web.Features.Products;

namespace MineralTrade.UnitTests.Products;

public class ProductChartsTests
{
    [Fact]
    public void Series_APeriodWithoutAFigure_IsAnExplicitNull_SoLaterPointsKeepTheirPeriod()
    {
        var chart = ProductViewBuilder.Charts([Fig.Make("2603", "2022-01", "2022-12", 10m), Fig.Make("2603", "2024-01", "2024-12", 30m)])[0];

        var json = ChartJson.Json(ChartJson.Serialize(ProductCharts.Series(chart)));

        Assert.Contains("""{"x":"2023","y":null}""", json, StringComparison.Ordinal);
        Assert.Contains("""{"x":"2024","y":30""", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Series_NamesAreReporterCodes_ImportedTextOnlyInTooltipLines()
    {
        var chart = ProductViewBuilder.Charts([Fig.Make("74", "2022-01", "2022-12", 10m, reporter: "unstated", publisher: "<b>x</b>")])[0];

        var json = ChartJson.Json(ChartJson.Serialize(ProductCharts.Series(chart)));

        Assert.Contains("\"name\":\"Reporter not stated (1)\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"name\":\"\\u003Cb", json, StringComparison.Ordinal);
    }
}
