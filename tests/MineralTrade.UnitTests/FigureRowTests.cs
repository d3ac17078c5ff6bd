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

    private static FigureRow Row() => new()
    {
        Reporter = "CN-GACC", Exporter = "PK", Importer = "CN", PeriodStart = "2025-01", PeriodEnd = "2025-12", HsCode = "2606",
        Product = "Aluminium ores and concentrates", ValueUsd = 14_160_000m, QualifierName = "exact", SourcePublisher = "Test Publisher",
    };
}
