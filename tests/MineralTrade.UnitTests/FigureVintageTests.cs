using Microsoft.EntityFrameworkCore;
using MineralTrade.Web.Data;
using MineralTrade.Web.Features.Figures;
using MineralTrade.Web.Features.Imports;
using MineralTrade.Web.Features.Revisions;

namespace MineralTrade.UnitTests;

/// <summary>A vintage holds every stored column of a figure, with the same column type, so that the import can copy them as they are.</summary>
public class FigureVintageTests
{
    [Fact]
    public void EveryStoredColumnOfAFigure_IsAVintageColumnOfTheSameType()
    {
        using var db = new MineralTradeDbContext(new DbContextOptionsBuilder<MineralTradeDbContext>().UseSqlite("Data Source=:memory:").Options);
        var figure = db.Model.FindEntityType(typeof(Figure))!;
        var vintage = db.Model.FindEntityType(typeof(FigureVintage))!;

        foreach (var column in FigureColumns.Of(db.Model).Stored)
        {
            var (from, to) = (figure.GetProperties().Single(p => p.GetColumnName() == column), vintage.GetProperties().SingleOrDefault(p => p.GetColumnName() == column));
            Assert.True(to is not null, $"{column}: FigureVintage has no such column; add the property, as FigureVintageConfiguration configures the figure's");
            Assert.Equal((from.GetColumnType(), from.IsNullable), (to!.GetColumnType(), to.IsNullable));
        }
    }

    [Fact]
    public void AStatedColumn_IsTheValueQuantityUnitOrQualifier()
    {
        using var db = new MineralTradeDbContext(new DbContextOptionsBuilder<MineralTradeDbContext>().UseSqlite("Data Source=:memory:").Options);

        Assert.Equal(["Qualifier", "Quantity", "QuantityUnit", "ValueUsd"], FigureColumns.Of(db.Model).Stated.Order(StringComparer.Ordinal));
    }
}
