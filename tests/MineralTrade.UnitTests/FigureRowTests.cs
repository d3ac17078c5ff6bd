using MineralTrade.Web.Features.Figures;

namespace MineralTrade.UnitTests;

/// <summary>A figure as it enters: each bad column named, one spelling per code.</summary>
public sealed class FigureRowTests
{
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

    [Theory]
    [InlineData("TOTAL", "goods_and_services", Coverage.GoodsAndServices)]
    [InlineData("TOTAL", "goods", Coverage.Goods)]
    [InlineData("TOTAL", "", Coverage.Unstated)]
    [InlineData("TOTAL", null, Coverage.Unstated)]
    [InlineData("2606", "", Coverage.Goods)]
    [InlineData("2606", " GOODS ", Coverage.Goods)]
    public void ToFigure_Coverage_IsWhatTheFileSays_AndATotalThatDoesNotSayIsUnstated(string hs, string? given, Coverage stored)
    {
        var row = Row();
        (row.HsCode, row.CoverageName) = (hs, given);

        Assert.Equal(stored, row.ToFigure([])!.Coverage);
    }

    [Theory]
    [InlineData("2606", "goods_and_services")]
    [InlineData("74", "unstated")]
    [InlineData("TOTAL", "services")]
    public void ToFigure_CoverageThatCannotBe_IsRejectedNamingTheColumn(string hs, string given)
    {
        var row = Row();
        (row.HsCode, row.CoverageName) = (hs, given);
        var errors = new List<(string Column, string Reason)>();

        Assert.Null(row.ToFigure(errors));
        Assert.Contains(errors, e => e.Column == "coverage" && e.Reason.Contains(given, StringComparison.Ordinal));
    }

    private static FigureRow Row() => new()
    {
        Reporter = "CN-GACC", Exporter = "PK", Importer = "CN", PeriodStart = "2025-01", PeriodEnd = "2025-12", HsCode = "2606",
        Product = "Aluminium ores and concentrates", ValueUsd = 14_160_000m, QualifierName = "exact", SourcePublisher = "Test Publisher",
    };
}
