using System.Collections.Concurrent;
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
        var result = new List<TotalPart>(parts.AsSpan().Count(' ') + 1);
        var ids = componentIds.AsSpan();
        var codes = basket.AsSpan();
        var rest = parts.AsSpan();
        while (!rest.IsEmpty)
        {
            var id = int.Parse(Next(ref ids, ' '), CultureInfo.InvariantCulture);
            var code = Code(Next(ref codes, ' '));
            var part = Next(ref rest, ' ');
            var value = Value(Next(ref part, ':'));
            var qualifier = (Qualifier)int.Parse(Next(ref part, ':'), CultureInfo.InvariantCulture);
            var stage = (Stage)int.Parse(Next(ref part, ':'), CultureInfo.InvariantCulture);
            var publisher = publishers[int.Parse(part, CultureInfo.InvariantCulture)];
            result.Add(new TotalPart(id, code, value, qualifier, stage, publisher));
        }
        return result;
    }

    /// <summary>
    /// The parts of a stored total of the stages <paramref name="side"/> places (processed or raw), written into
    /// <paramref name="into"/> from <paramref name="at"/> on as <see cref="PartValue"/>s (no object a part: Value added
    /// reads ~20,000 parts a request at 297k figures, issue 21); returns where the next part goes.
    /// </summary>
    public static int ReadValues(
        string componentIds, string basket, string parts, IReadOnlyList<string> publishers, Func<Stage, sbyte> side, PartValue[] into, int at)
    {
        var ids = componentIds.AsSpan();
        var codes = basket.AsSpan();
        var rest = parts.AsSpan();
        while (!rest.IsEmpty)
        {
            var id = Next(ref ids, ' ');
            var code = Next(ref codes, ' ');
            var part = Next(ref rest, ' ');
            var value = Next(ref part, ':');
            var qualifier = Next(ref part, ':');
            var stage = (Stage)Int(Next(ref part, ':'));
            var placed = side(stage);
            if (placed < 0)
            {
                continue;
            }
            into[at] = new PartValue(Int(id), Code(code), Value(value), (Qualifier)Int(qualifier), stage, publishers[Int(part)], placed, at);
            at++;
        }
        return at;
    }

    /// <summary>A whole number as written here (digits only), read without a culture: ~4 a part, ~20,000 parts a request at 297k figures.</summary>
    private static int Int(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty || text.Length > 9)
        {
            return int.Parse(text, CultureInfo.InvariantCulture);
        }
        var result = 0;
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return int.Parse(text, CultureInfo.InvariantCulture);
            }
            result = (result * 10) + (c - '0');
        }
        return result;
    }

    /// <summary>
    /// A part's value as <see cref="Write"/> gives it: digits with an optional point, read straight into a decimal of
    /// the same scale (0.50 stays 0.50); any other text (a sign, more than 19 digits) through <see cref="decimal.Parse(ReadOnlySpan{char}, NumberStyles, IFormatProvider?)"/>.
    /// The overview reads ~10,000 parts a request at 297k figures (issue 21).
    /// </summary>
    public static decimal Value(ReadOnlySpan<char> text)
    {
        ulong mantissa = 0;
        int digits = 0, scale = -1;
        foreach (var c in text)
        {
            if (c == '.' && scale < 0)
            {
                scale = 0;
                continue;
            }
            if (!char.IsAsciiDigit(c) || ++digits > 19)
            {
                return decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture);
            }
            mantissa = (mantissa * 10) + (uint)(c - '0');
            scale = scale < 0 ? scale : scale + 1;
        }
        return digits == 0
            ? decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture)
            : new decimal((int)(uint)mantissa, (int)(uint)(mantissa >> 32), 0, isNegative: false, (byte)Math.Max(scale, 0));
    }

    /// <summary>A basket's codes (<see cref="GroupTotal.Basket"/>: ordinal order, space-separated), each the one string of its code.</summary>
    public static string[] Codes(string basket)
    {
        if (basket.Length == 0)
        {
            return [""];
        }
        var result = new string[basket.AsSpan().Count(' ') + 1];
        var rest = basket.AsSpan();
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = Code(Next(ref rest, ' '));
        }
        return result;
    }

    // The HS codes the store's baskets hold, one string each: a request at 297k figures splits ~1,000 baskets of ~60
    // codes, the same ~1,300 codes again and again (issue 21: allocation is what the overview's GC pauses follow).
    private static readonly ConcurrentDictionary<string, string> s_codes = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> s_codeLookup = s_codes.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Codes kept at most: far above the HS nomenclature's ~6,000 subheadings and a country's national lines.</summary>
    private const int MaxCodes = 100_000;

    /// <summary>The string of an HS code, the same instance for the same code.</summary>
    public static string Code(ReadOnlySpan<char> code)
    {
        if (s_codeLookup.TryGetValue(code, out var known))
        {
            return known;
        }
        var text = code.ToString();
        return s_codes.Count < MaxCodes ? s_codes.GetOrAdd(text, text) : text;
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

/// <summary>
/// A part as Value added computes with it (<see cref="TotalParts.ReadValues"/>): a <see cref="TotalPart"/> without an
/// object of its own, kept in one array per bar; the few a list shows are made <see cref="TotalPart"/>s.
/// </summary>
/// <param name="Side">Where the bar counts it: 0 processed, 1 raw.</param>
/// <param name="Order">Its place as read (its index in the array read into).</param>
public readonly record struct PartValue(int Id, string HsCode, decimal ValueUsd, Qualifier Qualifier, Stage Stage, string Publisher, sbyte Side, int Order)
{
    /// <summary>Its code's rank among the codes of the bars of a request (ordinal order), once the bar is sorted.</summary>
    public int Rank { get; init; }

    public TotalPart ToPart() => new(Id, HsCode, ValueUsd, Qualifier, Stage, Publisher);
}
