using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace MineralTrade.IntegrationTests;

/// <summary>
/// The API's answers on the seed, to the character: a change to the types behind them must not change what a client
/// reads. When the seed itself changes (a data correction), renew them with
/// <c>MINERALTRADE_PIN=update dotnet test tests/MineralTrade.IntegrationTests --filter PinnedAnswerTests</c> and review the diff.
/// </summary>
public class PinnedAnswerTests(MineralTradeApp app) : IClassFixture<MineralTradeApp>
{
    private const string UpdateVariable = "MINERALTRADE_PIN";

    private static readonly JsonSerializerOptions s_indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [Theory]
    [InlineData("/api/growth", "growth.json")]
    [InlineData("/api/totals?include=components", "totals.json")]
    [InlineData("/api/figures?limit=1000", "figures.json")]
    [InlineData("/api/growth?category=copper&reporter=CN-GACC&from=2025", "growth-copper-2025.json")]
    [InlineData("/api/totals?reporter=CN-GACC&period=annual&from=2025", "totals-cn-gacc-2025.json")]
    [InlineData("/api/figures.csv?category=copper&period=half-year", "figures-copper-half-year.csv")]
    public async Task Answer_OnTheSeed_IsThePinnedOne(string url, string file)
    {
        var body = await app.CreateClient().GetStringAsync(url);
        // Indented so that a diff of the pinned file reads line by line; the order of properties is kept.
        var answer = file.EndsWith(".json", StringComparison.Ordinal) ? JsonNode.Parse(body)!.ToJsonString(s_indented) + "\n" : body;
        var path = Path.Combine(PinnedDirectory(), file);

        if (Environment.GetEnvironmentVariable(UpdateVariable) == "update")
        {
            await File.WriteAllTextAsync(path, answer);
        }

        Assert.True(File.Exists(path), $"{path} is missing: run with {UpdateVariable}=update once to write it.");
        Assert.Equal(await File.ReadAllTextAsync(path), answer);
    }

    private static string PinnedDirectory([CallerFilePath] string source = "") => Path.Combine(Path.GetDirectoryName(source)!, "Pinned");
}
