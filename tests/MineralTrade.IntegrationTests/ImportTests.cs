using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using MineralTrade.Tests;
using MineralTrade.Web.Features.Imports;

namespace MineralTrade.IntegrationTests;

/// <summary>Imports through the API, each test over a database of its own. Every value in these files is made up.</summary>
public class ImportTests
{
    // Copper ore (2603) both ways, two years apart for a growth rate, plus a monthly row and a re-export.
    private static List<Dictionary<string, string>> SmallFile() =>
    [
        ComtradeFile.Row(reporter: "PAK", flow: "X", partner: "CHN", period: "2023", cmd: "2603", value: "1000.25", netWgt: "500"),
        ComtradeFile.Row(reporter: "PAK", flow: "X", partner: "CHN", period: "2024", cmd: "2603", value: "1500.375", netWgt: "-1"),
        ComtradeFile.Row(reporter: "CHN", flow: "M", partner: "PAK", freq: "M", period: "202403", cmd: "2603", value: "333.5"),
        ComtradeFile.Row(reporter: "PAK", flow: "RX", partner: "CHN", period: "2024", cmd: "2603", value: "7"),
    ];

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return doc.RootElement.Clone();
    }

    [Fact]
    public async Task Comtrade_SmallFile_ShowsUpInFiguresAndGrowthWithItsSource()
    {
        await using var app = new ImportApp();

        var response = await app.PostAsync(ComtradeFile.Bytes(SmallFile()), "?fileName=pk-cn-2603.csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var summary = await JsonAsync(response);
        Assert.Equal((3, 0, 0, 1), (summary.GetProperty("added").GetInt32(), summary.GetProperty("changed").GetInt32(),
            summary.GetProperty("unchanged").GetInt32(), summary.GetProperty("skipped").GetInt32()));
        Assert.Equal("comtrade", summary.GetProperty("format").GetString());

        var client = app.CreateClient();
        using var figures = JsonDocument.Parse(await client.GetStringAsync("/api/figures?reporter=PK-PBS&hs=2603"));
        var imported = figures.RootElement.EnumerateArray().Where(f => f.GetProperty("sourcePublisher").GetString() == "UN Comtrade+").ToList();
        Assert.Equal(2, imported.Count);
        Assert.All(imported, f => Assert.Equal(("PK", "CN", "dataset"),
            (f.GetProperty("exporter").GetString(), f.GetProperty("importer").GetString(), f.GetProperty("sourceKind").GetString())));
        Assert.Contains(imported, f => f.GetProperty("valueUsd").GetDecimal() == 1500.375m && f.GetProperty("periodStart").GetString() == "2024-01");
        Assert.Contains("pk-cn-2603.csv", imported[0].GetProperty("note").GetString());

        using var growth = JsonDocument.Parse(await client.GetStringAsync("/api/growth?reporter=PK-PBS&hs=2603"));
        var rate = Assert.Single(growth.RootElement.EnumerateArray(), g => g.GetProperty("current").GetProperty("sourcePublisher").GetString() == "UN Comtrade+");
        Assert.Equal(50.0m, rate.GetProperty("growthPercent").GetDecimal());

        using var china = JsonDocument.Parse(await client.GetStringAsync("/api/figures?reporter=CN-GACC&hs=2603&period=month"));
        var month = Assert.Single(china.RootElement.EnumerateArray(), f => f.GetProperty("sourcePublisher").GetString() == "UN Comtrade+");
        Assert.Equal(("PK", "CN", "2024-03", "2024-03"), (month.GetProperty("exporter").GetString(), month.GetProperty("importer").GetString(),
            month.GetProperty("periodStart").GetString(), month.GetProperty("periodEnd").GetString()));
    }

    [Fact]
    public async Task Comtrade_ReimportedFile_ChangesNothing()
    {
        await using var app = new ImportApp();
        var file = ComtradeFile.Bytes(SmallFile());
        await app.PostAsync(file);
        var before = await app.SnapshotAsync();

        var response = await app.PostAsync(file);

        var summary = await JsonAsync(response);
        Assert.Equal((0, 0, 3), (summary.GetProperty("added").GetInt32(), summary.GetProperty("changed").GetInt32(), summary.GetProperty("unchanged").GetInt32()));
        Assert.True(summary.GetProperty("nothingChanged").GetBoolean());
        Assert.Equal(JsonValueKind.Null, summary.GetProperty("importId").ValueKind);
        // Nothing changed, so the history has no entry that looks like a change.
        Assert.Equal(before, await app.SnapshotAsync());
    }

    [Fact]
    public async Task Comtrade_RevisedValue_IsChangedInPlace()
    {
        await using var app = new ImportApp();
        await app.PostAsync(ComtradeFile.Bytes(SmallFile()));
        var revised = SmallFile();
        revised[1]["primaryValue"] = "1600";

        var summary = await JsonAsync(await app.PostAsync(ComtradeFile.Bytes(revised)));

        Assert.Equal((0, 1, 2), (summary.GetProperty("added").GetInt32(), summary.GetProperty("changed").GetInt32(), summary.GetProperty("unchanged").GetInt32()));
        using var figures = JsonDocument.Parse(await app.CreateClient().GetStringAsync("/api/figures?reporter=PK-PBS&hs=2603&from=2024&to=2024"));
        Assert.Equal(1600m, Assert.Single(figures.RootElement.EnumerateArray(), f => f.GetProperty("sourcePublisher").GetString() == "UN Comtrade+")
            .GetProperty("valueUsd").GetDecimal());
    }

    [Fact]
    public async Task Comtrade_SameFigureAsASeededPressReport_IsKeptBesideIt()
    {
        await using var app = new ImportApp();
        var seeded = SeedFile.Rows().First(r => r["reporter"] == "CN-GACC" && r["exporter"] == "PK" && r["importer"] == "CN"
            && r["period_start"].EndsWith("-01", StringComparison.Ordinal) && r["period_end"].EndsWith("-12", StringComparison.Ordinal) && r["value_usd"] != "");
        var query = $"/api/figures?reporter=CN-GACC&hs={seeded["hs_code"]}&from={seeded["period_start"][..4]}&to={seeded["period_start"][..4]}&period=annual";
        var before = JsonDocument.Parse(await app.CreateClient().GetStringAsync(query)).RootElement.GetArrayLength();

        var response = await app.PostAsync(ComtradeFile.Bytes([ComtradeFile.Row(period: seeded["period_start"][..4], cmd: seeded["hs_code"], value: "4242.42")]));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var after = JsonDocument.Parse(await app.CreateClient().GetStringAsync(query));
        Assert.Equal(before + 1, after.RootElement.GetArrayLength());
        Assert.Contains(after.RootElement.EnumerateArray(), f => f.GetProperty("sourcePublisher").GetString() == seeded["source_publisher"]);
        Assert.Contains(after.RootElement.EnumerateArray(), f => f.GetProperty("sourcePublisher").GetString() == "UN Comtrade+");
    }

    [Fact]
    public async Task Comtrade_BomCrlfAndQuotedCommas_Succeeds()
    {
        await using var app = new ImportApp();
        var rows = SmallFile();
        rows[0]["cmdDesc"] = "Copper ores and concentrates, \"washed\", n.e.c.";

        var response = await app.PostAsync(ComtradeFile.Bytes(rows, newline: "\r\n", bom: true));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var figures = JsonDocument.Parse(await app.CreateClient().GetStringAsync("/api/figures?reporter=PK-PBS&hs=2603&from=2023&to=2023"));
        Assert.Contains(figures.RootElement.EnumerateArray(), f => f.GetProperty("product").GetString() == "Copper ores and concentrates, \"washed\", n.e.c.");
    }

    [Fact]
    public async Task Utf16FileWithByteOrderMark_IsImported()
    {
        await using var app = new ImportApp();
        var text = ComtradeFile.Csv(SmallFile()).Replace("Copper ores", "Minérai de cuivre", StringComparison.Ordinal);

        var response = await app.PostAsync([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var figures = JsonDocument.Parse(await app.CreateClient().GetStringAsync("/api/figures?reporter=PK-PBS&hs=2603&from=2023&to=2023"));
        Assert.Contains(figures.RootElement.EnumerateArray(), f => f.GetProperty("product").GetString() == "Minérai de cuivre and concentrates");
    }

    [Fact]
    public async Task BadFile_ListsEveryProblemWithTheFirstHundred()
    {
        await using var app = new ImportApp();
        var rows = Enumerable.Range(0, 150).Select(i => ComtradeFile.Row(period: (1900 + i).ToString(System.Globalization.CultureInfo.InvariantCulture), value: "n/a")).ToList();

        var problem = await JsonAsync(await app.PostAsync(ComtradeFile.Bytes(rows)));

        Assert.Equal(150, problem.GetProperty("problemCount").GetInt32());
        Assert.Equal(100, problem.GetProperty("problems").GetArrayLength());
        Assert.Equal(2, problem.GetProperty("problems")[0].GetProperty("line").GetInt64());
    }

    [Fact]
    public async Task DryRun_ReportsWhatWouldChangeAndWritesNothing()
    {
        await using var app = new ImportApp();
        var before = await app.SnapshotAsync();

        var response = await app.PostAsync(ComtradeFile.Bytes(SmallFile()), "?dryRun=true");

        var summary = await JsonAsync(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(summary.GetProperty("dryRun").GetBoolean());
        Assert.Equal(3, summary.GetProperty("added").GetInt32());
        Assert.Equal(JsonValueKind.Null, summary.GetProperty("importId").ValueKind);
        Assert.Equal(before, await app.SnapshotAsync());
    }

    [Fact]
    public async Task Native_ExtractOfTheStore_ImportsBackUnchanged()
    {
        await using var app = new ImportApp();
        await app.PostAsync(ComtradeFile.Bytes(SmallFile()));
        var before = await app.SnapshotAsync();

        var summary = await JsonAsync(await app.PostAsync(Encoding.UTF8.GetBytes(before.Figures), "?fileName=extract.csv"));

        var count = before.Figures.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length - 1;
        Assert.Equal("native", summary.GetProperty("format").GetString());
        Assert.Equal((0, 0, count), (summary.GetProperty("added").GetInt32(), summary.GetProperty("changed").GetInt32(), summary.GetProperty("unchanged").GetInt32()));
        Assert.Equal(before.Figures, (await app.SnapshotAsync()).Figures);
    }

    [Fact]
    public async Task History_IsPaged_NewestFirst_WithTheNextPageInTheLinkHeader()
    {
        await using var app = new ImportApp();
        await app.PostAsync(ComtradeFile.Bytes(SmallFile()), "?fileName=first.csv");
        await app.PostAsync(ComtradeFile.Bytes([ComtradeFile.Row(reporter: "PAK", flow: "X", partner: "CHN", period: "2022", cmd: "2606", value: "42")]), "?fileName=second.csv");
        var client = app.CreateClient();

        var first = await client.GetAsync("/api/imports?limit=2");
        var names = (await JsonAsync(first)).EnumerateArray().Select(i => i.GetProperty("fileName").GetString()).ToList();
        Assert.Equal(["second.csv", "first.csv"], names);
        var next = Pages.NextLink(first);
        Assert.NotNull(next);

        var rest = await client.GetAsync(next);
        var seed = Assert.Single((await JsonAsync(rest)).EnumerateArray());
        Assert.Equal("seed", seed.GetProperty("importedBy").GetString());
        Assert.Null(Pages.NextLink(rest));

        foreach (var (query, parameter) in new[] { ("limit=0", "limit"), ("limit=1001", "limit"), ("cursor=abc", "cursor"), ("cursor=WyJ4Il0", "cursor") })
        {
            var bad = await client.GetAsync($"/api/imports?{query}");
            Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
            Assert.Equal("application/problem+json", bad.Content.Headers.ContentType?.MediaType);
            Assert.True((await JsonAsync(bad)).GetProperty("errors").TryGetProperty(parameter, out _), query);
        }
    }

    [Fact]
    public async Task Multipart_FileUpload_IsImportedUnderItsName()
    {
        await using var app = new ImportApp();
        using var form = new MultipartFormDataContent { { new ByteArrayContent(ComtradeFile.Bytes(SmallFile())), "file", "comtrade-2023-2024.csv" } };

        var response = await app.PostFormAsync(form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var history = JsonDocument.Parse(await app.CreateClient().GetStringAsync("/api/imports"));
        var latest = history.RootElement[0];
        Assert.Equal("comtrade-2023-2024.csv", latest.GetProperty("fileName").GetString());
        Assert.Equal("api:" + ImportApp.KeyName, latest.GetProperty("importedBy").GetString());
        Assert.Equal(3, latest.GetProperty("added").GetInt32());
        Assert.Equal(64, latest.GetProperty("sha256").GetString()!.Length);
        Assert.DoesNotContain(ImportApp.Key, history.RootElement.GetRawText());
    }

    [Theory]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/octet-stream")]
    [InlineData("text/plain")]
    public async Task Post_RawBodyOfAnyContentType_IsTheFile(string contentType)
    {
        await using var app = new ImportApp();

        var accepted = await app.PostAsync(ComtradeFile.Bytes(SmallFile()), key: ImportApp.Key, contentType: contentType);
        var refused = await app.PostAsync(ComtradeFile.Bytes(SmallFile()), key: "wrong", contentType: contentType);

        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("wrong-key")]
    [InlineData("test-import-key-012345678")]
    public async Task Post_WithoutTheRightKey_Gets401AndChangesNothing(string? key)
    {
        await using var app = new ImportApp();
        var before = await app.SnapshotAsync();

        var response = await app.PostAsync(ComtradeFile.Bytes(SmallFile()), key: key);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(before, await app.SnapshotAsync());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public async Task Post_WithNoKeyConfigured_IsRefusedWhateverTheKey(string? configured)
    {
        await using var app = new ImportApp(apiKey: configured);

        var response = await app.PostAsync(ComtradeFile.Bytes(SmallFile()), key: configured ?? "anything");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Post_TooLarge_Gets413()
    {
        await using var app = new ImportApp();

        var response = await app.PostAsync(new byte[ImportApp.MaxBytes + 1]);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Post_TooLargeWithoutContentLength_Gets413()
    {
        await using var app = new ImportApp();
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/imports") { Content = new StreamContent(new UnknownLengthStream(ImportApp.MaxBytes + 1)) };
        request.Headers.Add("X-Api-Key", ImportApp.Key);

        var response = await app.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Post_TooLargeFormUploadWithoutContentLength_Gets413()
    {
        await using var app = new ImportApp();
        using var form = new MultipartFormDataContent { { new StreamContent(new UnknownLengthStream(ImportApp.MaxBytes + 1)), "file", "big.csv" } };

        var response = await app.PostFormAsync(form);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Post_FormWithoutAFile_Gets400()
    {
        await using var app = new ImportApp();
        using var form = new MultipartFormDataContent { { new StringContent("2024"), "year" } };

        var response = await app.PostFormAsync(form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Swagger_DocumentsTheImportKeyScheme()
    {
        await using var app = new ImportApp();
        using var doc = JsonDocument.Parse(await app.CreateClient().GetStringAsync("/swagger/v1/swagger.json"));

        var scheme = doc.RootElement.GetProperty("components").GetProperty("securitySchemes").GetProperty("ImportKey");
        Assert.Equal(("apiKey", "header", "X-Api-Key"), (scheme.GetProperty("type").GetString(), scheme.GetProperty("in").GetString(), scheme.GetProperty("name").GetString()));
        var post = doc.RootElement.GetProperty("paths").GetProperty("/api/imports").GetProperty("post");
        Assert.True(post.GetProperty("security")[0].TryGetProperty("ImportKey", out _));
        var body = post.GetProperty("requestBody").GetProperty("content");
        Assert.Equal("binary", body.GetProperty("text/csv").GetProperty("schema").GetProperty("format").GetString());
        Assert.Equal("binary", body.GetProperty("multipart/form-data").GetProperty("schema").GetProperty("properties").GetProperty("file").GetProperty("format").GetString());
        Assert.True(doc.RootElement.GetProperty("paths").GetProperty("/api/imports").TryGetProperty("get", out _));
    }

    /// <summary>A body whose length the client does not announce, so the server must count it.</summary>
    private sealed class UnknownLengthStream(int length) : Stream
    {
        private int _left = length;
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = Math.Min(count, _left);
            Array.Fill(buffer, (byte)'a', offset, n);
            _left -= n;
            return n;
        }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    [Fact]
    public async Task Api_MultipartBodyCutShort_Gets400NotA500()
    {
        await using var app = new ImportApp();
        var before = await app.SnapshotAsync();
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/imports")
        {
            Content = new StringContent("--xyz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\nreporter,exp"),
        };
        request.Content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse("multipart/form-data; boundary=xyz");
        request.Headers.Add("X-Api-Key", ImportApp.Key);

        var response = await app.CreateClient().SendAsync(request);

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(before, await app.SnapshotAsync());
    }

    [Fact]
    public async Task Api_DryRunNotABoolean_Gets400NamingIt()
    {
        await using var app = new ImportApp();

        var response = await app.PostAsync(ComtradeFile.Bytes(SmallFile()), "?dryRun=maybe");

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True((await JsonAsync(response)).GetProperty("errors").TryGetProperty("dryRun", out _));
    }
}
