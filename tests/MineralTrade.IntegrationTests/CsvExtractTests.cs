using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CsvHelper;
using MineralTrade.Web.Features.Figures;

namespace MineralTrade.IntegrationTests;

public class CsvExtractTests(MineralTradeApp app) : IClassFixture<MineralTradeApp>
{
    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web);

    [Theory]
    [InlineData("")]
    [InlineData("?category=copper")]
    [InlineData("?category=copper&category=zinc&period=half-year")]
    [InlineData("?reporter=PK-SBP&from=2023&to=2024")]
    [InlineData("?hs=2610&exporter=PK")]
    [InlineData("?category=manganese")]
    [InlineData("?sort=-value")]
    [InlineData("?sort=value&period=annual")]
    [InlineData("?category=copper&sort=hs")]
    [InlineData("?sort=-hs&from=2022")]
    [InlineData("?sort=period")]
    public async Task Csv_Rows_EqualJsonRows(string query)
    {
        var client = app.CreateClient();
        var json = await client.GetAllAsync<FigureRow>("/api/figures" + query, s_json);

        var response = await client.GetAsync("/api/figures.csv" + query);
        var csv = CsvReader.Create(await response.Content.ReadAsStreamAsync(), FigureCsv.ReaderOptions).GetRecords<FigureRow>().ToList();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(JsonSerializer.Serialize(json, s_json), JsonSerializer.Serialize(csv, s_json));
        Assert.NotEmpty(json);
    }

    [Fact]
    public async Task Csv_IsAnUtf8AttachmentNamedForItsContent()
    {
        var response = await app.CreateClient().GetAsync("/api/figures.csv?category=copper&from=2022&period=annual");

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("mineraltrade-figures_copper_2022-latest_annual.csv", response.Content.Headers.ContentDisposition?.FileNameStar);
    }

    [Theory]
    [InlineData("/api/figures.csv?category=copper", "reporter,")]
    [InlineData("/api/mirror.csv?hs=TOTAL", "exporter,")]
    public async Task Csv_StartsWithAUtf8ByteOrderMark_SoASpreadsheetKeepsNonAsciiText(string url, string header)
    {
        var bytes = await app.CreateClient().GetByteArrayAsync(url);

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.StartsWith(header, System.Text.Encoding.UTF8.GetString(bytes, 3, 20), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sort_ThatIsNotOne_IsAProblemNamingIt_AndAnotherBesideACursor_Too()
    {
        var client = app.CreateClient();
        var bad = await client.GetAsync("/api/figures.csv?sort=size");
        var next = Pages.NextLink(await client.GetAsync("/api/figures?sort=-value&limit=5"))!;
        var mixed = await client.GetAsync(next.Replace("sort=-value", "sort=hs", StringComparison.Ordinal));

        foreach (var response in new[] { bad, mixed })
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Contains("\"sort\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        Assert.Contains("sort=-value", next, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Csv_ProductNamedWithoutValue_HasAnEmptyValueNotZero()
    {
        var text = await app.CreateClient().GetStringAsync("/api/figures.csv?hs=2602");

        var line = Assert.Single(text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1));
        Assert.Contains(",Manganese ores and concentrates,,named_without_value,", line);
    }
}
