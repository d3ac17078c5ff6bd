using System.Net.Http.Headers;
using System.Text.Json;

namespace MineralTrade.IntegrationTests;

/// <summary>
/// The application with an import key and a small size limit, over a database of its own or over <paramref name="store"/>
/// (a restart: the store is left in place); <paramref name="settings"/> adds or overrides.
/// </summary>
public sealed class ImportApp(string? apiKey = ImportApp.Key, Dictionary<string, string?>? settings = null, TestStore? store = null)
    : MineralTradeApp(store ?? TestStore.Create(), ownsStore: store is null)
{
    public const string Key = "test-import-key-0123456789";
    public const string KeyName = "test-key";
    public const int MaxBytes = 200_000;

    // A spool of its own: other test runs on the machine start apps that clean the shared one.
    private readonly string _spool = Path.Combine(Path.GetTempPath(), $"mineraltrade-test-uploads-{Guid.NewGuid():N}");

    protected override Dictionary<string, string?> Settings => new(new Dictionary<string, string?>(base.Settings)
    {
        ["Import:ApiKey"] = apiKey,
        ["Import:ApiKeyName"] = KeyName,
        ["Import:MaxBytes"] = MaxBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Import:SpoolDirectory"] = _spool,
    }.Concat(settings ?? []).GroupBy(p => p.Key).Select(g => g.Last()));

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (Directory.Exists(_spool))
        {
            Directory.Delete(_spool, recursive: true);
        }
    }

    /// <summary>Posts <paramref name="body"/> as the raw request body with the key (or the one given).</summary>
    public Task<HttpResponseMessage> PostAsync(byte[] body, string query = "", string? key = Key, string contentType = "text/csv")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/imports" + query) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        if (key is not null)
        {
            request.Headers.Add("X-Api-Key", key);
        }
        return CreateClient().SendAsync(request);
    }

    /// <summary>Posts a multipart form with the key.</summary>
    public Task<HttpResponseMessage> PostFormAsync(MultipartFormDataContent form)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/imports") { Content = form };
        request.Headers.Add("X-Api-Key", Key);
        return CreateClient().SendAsync(request);
    }

    /// <summary>Everything a reader of the store can see: every figure as CSV, and the import history.</summary>
    public async Task<(string Figures, int Imports)> SnapshotAsync()
    {
        var client = CreateClient();
        using var imports = JsonDocument.Parse(await client.GetStringAsync("/api/imports"));
        return (await client.GetStringAsync("/api/figures.csv"), imports.RootElement.GetArrayLength());
    }
}
