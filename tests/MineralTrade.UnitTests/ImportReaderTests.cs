using System.Text;
using System.Text.Json;
using MineralTrade.Tests;
using MineralTrade.Web.Features.Figures;
using MineralTrade.Web.Features.Imports;

namespace MineralTrade.UnitTests;

public class ImportReaderTests
{
    private static (List<(long Line, Figure Figure)> Rows, ImportReader Reader) Read(byte[] bytes)
    {
        var reader = ImportReader.Open(new MemoryStream(bytes), "test.csv", new DateOnly(2026, 11, 27));
        return (reader.Rows().ToList(), reader);
    }

    [Fact]
    public async Task NativeRoundTrip_ExportThenImport_GivesIdenticalRows()
    {
        var figures = new List<Figure>
        {
            Fig.Make("2603", "2024-01", "2024-12", 1234.56m),
            Fig.Make("74", "2025-01", "2025-06", 99m, Qualifier.AtLeast, reporter: "PK-SBP", exporter: "PK", importer: "WORLD", sourceDate: new DateOnly(2025, 8, 1)),
            Fig.Make("2602", "2023-07", "2024-06", null),
            Fig.Make("TOTAL", "2021-12", "2021-12", 0.5m, Qualifier.Approximate, kind: SourceKind.Dataset),
        };
        figures[0].Note = "=HYPERLINK(\"http://example.test\")";
        figures[0].Quantity = 1500.5m;
        figures[0].QuantityUnit = "kg";
        figures[1].Note = "-12% on the year, \"provisional\", per the bulletin";
        figures[1].Product = "@ copper, refined";
        figures[1].SourceUrl = "https://example.test/a?b=1,2";
        figures[3].Note = "+5% on the year";
        var rows = figures.Select(FigureRow.From).ToList();
        using var csv = new MemoryStream();
        await FigureCsv.WriteAsync(csv, rows.ToAsyncEnumerable());

        var (read, reader) = Read(csv.ToArray());

        Assert.Empty(reader.Problems.First);
        Assert.Equal(ImportFormat.Native, reader.Format);
        var expected = rows.Select(r => { r.Id = 0; return r; });
        Assert.Equal(JsonSerializer.Serialize(expected), JsonSerializer.Serialize(read.Select(r => FigureRow.From(r.Figure))));
        Assert.Equal([2L, 3L, 4L, 5L], read.Select(r => r.Line));
    }

    [Fact]
    public void Comtrade_BomCrlfAndQuotedCommas_AreRead()
    {
        var bytes = ComtradeFile.Bytes(
            [ComtradeFile.Row(cmdDesc: "Ores, \"concentrates\", other"), ComtradeFile.Row(reporter: "PAK", flow: "X", partner: "CHN")],
            newline: "\r\n", bom: true);

        var (rows, reader) = Read(bytes);

        Assert.Empty(reader.Problems.First);
        Assert.Equal(ImportFormat.Comtrade, reader.Format);
        Assert.Equal("Ores, \"concentrates\", other", rows[0].Figure.Product);
        Assert.Equal([2L, 3L], rows.Select(r => r.Line));
    }

    [Fact]
    public void Comtrade_OtherFlows_AreCountedBySkipReason()
    {
        var (rows, reader) = Read(ComtradeFile.Bytes([ComtradeFile.Row(), ComtradeFile.Row(flow: "RX"), ComtradeFile.Row(flow: "RX", period: "2023")]));

        Assert.Single(rows);
        Assert.Equal(2, reader.Skipped);
        Assert.Equal(2, Assert.Single(reader.SkippedReasons).Value);
    }

    [Fact]
    public void EmptyFile_IsOneProblem()
    {
        var (rows, reader) = Read([]);

        Assert.Empty(rows);
        var problem = Assert.Single(reader.Problems.First);
        Assert.Equal(1, problem.Line);
        Assert.Contains("empty", problem.Reason);
    }

    [Fact]
    public void TruncatedLastLine_IsAProblemOnThatLine()
    {
        var text = ComtradeFile.Csv([ComtradeFile.Row(), ComtradeFile.Row(period: "2023"), ComtradeFile.Row(period: "2022")]);
        var cut = text[..(text.TrimEnd('\n').LastIndexOf('\n') + 40)];

        var (rows, reader) = Read(Encoding.UTF8.GetBytes(cut));

        Assert.Equal(2, rows.Count);
        Assert.Equal(4, Assert.Single(reader.Problems.First).Line);
    }

    [Fact]
    public void MissingRequiredColumn_IsNamed()
    {
        var text = ComtradeFile.Csv([ComtradeFile.Row()]).Replace("primaryValue", "primaryValueX");

        var (_, reader) = Read(Encoding.UTF8.GetBytes(text));

        Assert.Null(reader.Format);
        Assert.Contains(reader.Problems.First, p => p.Line == 1 && p.Column == "primaryValue");
    }

    [Fact]
    public void NativeNonNumericValue_IsAProblemOnItsColumn()
    {
        var text = string.Join(',', ImportReader.NativeRequired) + "\nCN-GACC,PK,CN,2024-01,2024-12,2603,Copper ores,lots,exact,Test,,,\n";

        var (rows, reader) = Read(Encoding.UTF8.GetBytes(text));

        Assert.Empty(rows);
        var problem = Assert.Single(reader.Problems.First);
        Assert.Equal(2, problem.Line);
        Assert.Equal("value_usd", problem.Column);
        Assert.StartsWith("'lots' is not a number", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Problems_KeepTheFirstHundredByLineAndCountAll()
    {
        var problems = new ImportProblems();
        for (var line = 300; line >= 2; line--)
        {
            problems.Add(line, null, "bad");
        }

        Assert.Equal(299, problems.Count);
        Assert.Equal(ImportProblems.Limit, problems.First.Count);
        Assert.Equal(Enumerable.Range(2, 100).Select(i => (long)i), problems.First.Select(p => p.Line));
    }
}
