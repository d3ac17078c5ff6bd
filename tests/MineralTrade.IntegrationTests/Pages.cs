using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace MineralTrade.IntegrationTests;

/// <summary>Reads a paged list of the API whole, as a client does: the first page, then each page its Link header names.</summary>
internal static partial class Pages
{
    public static async Task<List<T>> GetAllAsync<T>(this HttpClient client, string url, JsonSerializerOptions options)
    {
        var rows = new List<T>();
        for (string? next = url; next is not null; )
        {
            var response = await client.GetAsync(next);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            rows.AddRange((await response.Content.ReadFromJsonAsync<List<T>>(options))!);
            next = NextLink(response);
        }
        return rows;
    }

    /// <summary>The URL of <c>Link: &lt;...&gt;; rel="next"</c>, or null on the last page.</summary>
    public static string? NextLink(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Link", out var links) && links.Select(l => NextPattern().Match(l)).FirstOrDefault(m => m.Success) is { } match
            ? match.Groups[1].Value
            : null;

    [GeneratedRegex("<([^>]*)>;\\s*rel=\"next\"")]
    private static partial Regex NextPattern();
}
