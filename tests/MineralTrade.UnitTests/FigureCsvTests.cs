using System.Text;
using MineralTrade.Web.Features.Figures;

namespace MineralTrade.UnitTests;

public class FigureCsvTests
{
    private static async Task<string[]> WriteAsync(params FigureRow[] rows)
    {
        using var stream = new MemoryStream();
        await FigureCsv.WriteAsync(stream, rows.ToAsyncEnumerable());
        return Encoding.UTF8.GetString(stream.ToArray()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
    }

    private static FigureRow Row(string note, decimal? value = 100m) => FigureRow.From(Fig.Make("2603", "2025-01", "2025-12", value)) is var row
        ? new FigureRow
        {
            Reporter = row.Reporter, Exporter = row.Exporter, Importer = row.Importer, PeriodStart = row.PeriodStart, PeriodEnd = row.PeriodEnd,
            HsCode = row.HsCode, Product = row.Product, ValueUsd = value, QualifierName = row.QualifierName, SourcePublisher = row.SourcePublisher, Note = note,
        }
        : throw new InvalidOperationException();

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")")]
    [InlineData("+1+1")]
    [InlineData("-2+3")]
    [InlineData("@SUM(A1)")]
    [InlineData("\tcmd")]
    [InlineData("\rcmd")]
    public async Task Write_TextCellStartingWithFormulaCharacter_IsNeutralised(string note)
    {
        var lines = await WriteAsync(Row(note));
        var fields = lines[1];

        Assert.Contains(",\"'" + note[0], fields);
    }

    [Fact]
    public async Task Write_Numbers_StayNumbers()
    {
        var lines = await WriteAsync(Row("plain note", 1140000000.5m));

        Assert.Contains(",1140000000.5,", lines[1]);
        Assert.Contains(",plain note,", lines[1]);
    }

    [Fact]
    public async Task Write_HeaderStartsWithTheSeedColumns()
    {
        var lines = await WriteAsync(Row("x"));

        Assert.StartsWith("reporter,exporter,importer,period_start,period_end,hs_code,product,value_usd,qualifier,source_publisher,source_date,source_url,note", lines[0]);
    }

    [Fact]
    public void FileName_SaysWhatTheExtractHolds()
    {
        var filter = new FigureFilter { Categories = ["copper", "zinc"], From = 2022, To = 2025, Period = PeriodKind.Annual };

        Assert.Equal("mineraltrade-figures_copper_zinc_2022-2025_annual.csv", FigureCsv.FileName(filter));
        Assert.Equal("mineraltrade-figures_all.csv", FigureCsv.FileName(FigureFilter.All));
    }
}
