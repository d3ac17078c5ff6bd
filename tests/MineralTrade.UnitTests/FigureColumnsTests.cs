using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using MineralTrade.Web.Data;
using MineralTrade.Web.Features.Figures;
using MineralTrade.Web.Features.Imports;

namespace MineralTrade.UnitTests;

/// <summary>The import's columns come from the EF model, and every one of them goes through a native file (issue 7 item 3).</summary>
public class FigureColumnsTests
{
    private static MineralTradeDbContext Store() =>
        new(new DbContextOptionsBuilder<MineralTradeDbContext>().UseSqlite("Data Source=:memory:").Options);

    private static FigureColumns Columns()
    {
        using var db = Store();
        return FigureColumns.Of(db.Model);
    }

    /// <summary>A figure whose every stored value differs from a blank figure's.</summary>
    private static Figure Full()
    {
        // A total: only a total may count other than goods.
        var figure = Fig.Make("TOTAL", "2024-07", "2024-12", 1234.5m, Qualifier.AtLeast, reporter: "PK-SBP", kind: SourceKind.Dataset, importer: "WORLD",
            sourceDate: new DateOnly(2025, 2, 3));
        figure.Quantity = 77.25m;
        figure.QuantityUnit = "kg";
        figure.SourceUrl = "https://example.test/bulletin";
        figure.Note = "made up";
        figure.Coverage = Coverage.GoodsAndServices;
        return figure;
    }

    private static Figure Blank() => new() { Reporter = "", Exporter = "", Importer = "", HsCode = "", Product = "", Category = "", SourcePublisher = "" };

    [Fact]
    public async Task EveryStoredColumn_GoesThroughANativeFile()
    {
        var columns = Columns();
        var figure = Full();
        using var csv = new MemoryStream();
        await FigureCsv.WriteAsync(csv, new[] { FigureRow.From(figure) }.ToAsyncEnumerable());

        using var reader = ImportReader.Open(new MemoryStream(csv.ToArray()), "round-trip.csv", new DateOnly(2026, 1, 1));
        var read = Assert.Single(reader.Rows()).Figure;

        Assert.Empty(reader.Problems.First);
        var (sent, blank, back) = (columns.Values(figure), columns.Values(Blank()), columns.Values(read));
        for (var i = 0; i < columns.Stored.Count; i++)
        {
            // A property the sample leaves blank would pass unseen: a new one must be set in Full() and carried by FigureRow.
            Assert.True(!Equals(sent[i], blank[i]), $"{columns.Stored[i]}: set it in Full(), so that this test sees it go through the file");
            Assert.True(Equals(sent[i], back[i]), $"{columns.Stored[i]}: '{sent[i]}' came back as '{back[i]}': the native file (FigureRow) does not carry it");
        }
    }

    [Fact]
    public void Stored_IsEveryMappedPropertyButTheIds()
    {
        using var db = Store();
        var mapped = db.Model.FindEntityType(typeof(Figure))!.GetProperties().Select(p => p.Name).Except([nameof(Figure.Id), nameof(Figure.ImportId)]);

        Assert.Equal(mapped.Order(StringComparer.Ordinal), Columns().Stored.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Key_IsFigureNaturalKey()
    {
        var declared = ((NewExpression)Figure.NaturalKey.Body).Members!.Select(m => m.Name);

        Assert.Equal(declared, Columns().Key);
    }
}
