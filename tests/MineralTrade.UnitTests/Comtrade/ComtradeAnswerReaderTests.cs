using System.Text;
using System.Text.Json;
using MineralTrade.Web.Features.Comtrade;

namespace MineralTrade.UnitTests.Comtrade;

public class ComtradeAnswerReaderTests
{
    private static async Task<(ComtradeAnswerReader Answer, List<Dictionary<string, string?>> Records)> ReadAsync(string json, int chunk = 7)
    {
        var records = new List<Dictionary<string, string?>>();
        var answer = await ComtradeAnswerReader.ReadAsync(new TrickleStream(Encoding.UTF8.GetBytes(json), chunk),
            r => records.Add(new Dictionary<string, string?>(r)), CancellationToken.None);
        return (answer, records);
    }

    private const string TwoRecords = """
        {"elapsedTime":"0.2 secs","count":2,"data":[
          {"period":"202410","reporterCode":156,"cmdCode":"2603","primaryValue":1234.567,"isLeaf":false,"cifvalue":null,"cmdDesc":"Copper ores \"and\" concentrates"},
          {"period":"202410","reporterCode":156,"cmdCode":"TOTAL","primaryValue":80230193279.727,"isLeaf":true,"extra":{"nested":[1,2]}}
        ],"error":""}
        """;

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(100_000)]
    public async Task Read_AnyChunking_GivesEachRecordAsText(int chunk)
    {
        var (answer, records) = await ReadAsync(TwoRecords, chunk);

        Assert.Equal(2, answer.Count);
        Assert.Equal(2, answer.Records);
        Assert.Null(answer.Error);
        Assert.Equal("1234.567", records[0]["primaryValue"]);
        Assert.Equal("156", records[0]["reporterCode"]);
        Assert.Equal("false", records[0]["isLeaf"]);
        Assert.Null(records[0]["cifvalue"]);
        Assert.Equal("Copper ores \"and\" concentrates", records[0]["cmdDesc"]);
        Assert.Equal("80230193279.727", records[1]["primaryValue"]);
        Assert.Null(records[1]["extra"]);
    }

    [Fact]
    public async Task Read_ErrorField_IsReported()
    {
        var (answer, records) = await ReadAsync("""{"count":0,"data":[],"error":"Invalid period"}""");

        Assert.Equal("Invalid period", answer.Error);
        Assert.Empty(records);
    }

    [Fact]
    public async Task Read_ARecordLargerThanTheBuffer_IsReadWhole()
    {
        var large = new string('x', 200_000);
        var (_, records) = await ReadAsync($$"""{"count":1,"data":[{"cmdDesc":"{{large}}"}],"error":null}""", chunk: 4096);

        Assert.Equal(large, Assert.Single(records)["cmdDesc"]);
    }

    [Theory]
    [InlineData(40)]
    [InlineData(150)]
    [InlineData(300)]
    public async Task Read_ACutAnswer_Throws_AfterHandingOverTheWholeRecords(int cutAt)
    {
        var records = new List<string?>();
        var bytes = Encoding.UTF8.GetBytes(TwoRecords)[..cutAt];

        await Assert.ThrowsAnyAsync<JsonException>(() => ComtradeAnswerReader.ReadAsync(new MemoryStream(bytes), r => records.Add(r["cmdCode"]), CancellationToken.None));
        Assert.True(records.Count < 2);
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("<html>gateway</html>")]
    [InlineData("""{"data":[1,2]}""")]
    public async Task Read_NotTheApisJson_Throws(string body) =>
        await Assert.ThrowsAnyAsync<JsonException>(() => ReadAsync(body));

    /// <summary>Hands out at most a few bytes a read, as a slow network does.</summary>
    private sealed class TrickleStream(byte[] bytes, int chunk) : MemoryStream(bytes)
    {
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(chunk, buffer.Length)], cancellationToken);
    }
}
