using System.Globalization;
using System.Text.Json;
using MineralTrade.Web.Features.Figures;

namespace MineralTrade.Web.Data.Summaries;

/// <summary>
/// How a total's parts are kept beside its basket and component ids (the same order, HS code order): per part its
/// value, qualifier, stage and the index of its publisher in <see cref="GroupTotal.Publishers"/>, so that a page reads
/// the parts it sums from the total's row instead of each figure by id (issue 21: 79,025 figures a request at 297k).
/// Written by <see cref="TotalsWriter"/>, read here; one declaration of the format.
/// </summary>
public static class TotalParts
{
    /// <summary>Parts kept apart for a list (<see cref="GroupTotal.ListedParts"/>): as many as a list shows.</summary>
    public const int Listed = Features.Dashboard.Listed.Max;

    /// <summary>A part as it is written: <c>value:qualifier:stage:publisher</c>, the three last as numbers.</summary>
    public static string Write(decimal value, Qualifier qualifier, Stage stage, int publisher) =>
        string.Create(CultureInfo.InvariantCulture, $"{value}:{(int)qualifier}:{(int)stage}:{publisher}");

    /// <summary>The publishers as stored: a JSON array (a publisher's name may hold any text).</summary>
    public static string WritePublishers(IEnumerable<string> publishers) => JsonSerializer.Serialize(publishers);

    public static IReadOnlyList<string> ReadPublishers(string publishers) =>
        publishers.Length == 0 ? [] : JsonSerializer.Deserialize<string[]>(publishers) ?? [];

    /// <summary>The parts of a stored total, from its component ids, basket, parts and publishers columns.</summary>
    public static List<TotalPart> Read(string componentIds, string basket, string parts, IReadOnlyList<string> publishers)
    {
        var result = new List<TotalPart>();
        var ids = componentIds.AsSpan();
        var codes = basket.AsSpan();
        var rest = parts.AsSpan();
        while (!rest.IsEmpty)
        {
            var id = int.Parse(Next(ref ids, ' '), CultureInfo.InvariantCulture);
            var code = Next(ref codes, ' ').ToString();
            var part = Next(ref rest, ' ');
            var value = decimal.Parse(Next(ref part, ':'), NumberStyles.Number, CultureInfo.InvariantCulture);
            var qualifier = (Qualifier)int.Parse(Next(ref part, ':'), CultureInfo.InvariantCulture);
            var stage = (Stage)int.Parse(Next(ref part, ':'), CultureInfo.InvariantCulture);
            var publisher = publishers[int.Parse(part, CultureInfo.InvariantCulture)];
            result.Add(new TotalPart(id, code, value, qualifier, stage, publisher));
        }
        return result;
    }

    /// <summary>The text up to <paramref name="separator"/> (or the end), leaving the rest.</summary>
    private static ReadOnlySpan<char> Next(ref ReadOnlySpan<char> text, char separator)
    {
        var at = text.IndexOf(separator);
        var head = at < 0 ? text : text[..at];
        text = at < 0 ? [] : text[(at + 1)..];
        return head;
    }
}
