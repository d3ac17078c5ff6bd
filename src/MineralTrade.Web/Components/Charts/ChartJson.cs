using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using MineralTrade.Web.Features.Languages;

namespace MineralTrade.Web.Components.Charts;

/// <summary>
/// Chart options as ApexCharts reads them (camelCase, nulls left out; one cached serializer for every chart), in the
/// form the page sends them: JSON whose quotes are backticks (decision 0126). The options travel in an HTML attribute,
/// where every <c>"</c> is sent as <c>&amp;quot;</c>: six bytes for one, 40 KB of the overview's 250 KB at 297k figures.
/// The writer escapes every backtick inside text (<c>\u0060</c>), so the only backticks are the quotes; the chart module
/// (ApexChart.razor.js) turns them back before it parses the options. What is drawn is the same JSON as before.
/// </summary>
public static class ChartJson
{
    /// <summary>What stands for <c>"</c> in options as sent.</summary>
    public const char Quote = '`';

    private static readonly JsonSerializerOptions s_options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        // Every script as itself (a Chinese character is 3 bytes of UTF-8, not the 6 of \u4EBF; an Urdu letter 2, not
        // 6), while the encoder still escapes the backtick (and <, >, &, ', +, ") inside text, which Quote relies on.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    /// <summary>
    /// The options as the page sends them: JSON with <see cref="Quote"/> for each quote, and each tooltip line that
    /// several points of the chart repeat sent once (<see cref="TipLines"/>).
    /// </summary>
    public static string Serialize(object options)
    {
        var json = WithTipLines(JsonSerializer.SerializeToUtf8Bytes(options, options.GetType(), s_options));
        // A quote is one byte in UTF-8 and never part of another character's bytes: swapped before the text is made,
        // so the page's options are made once, not again by string.Replace (~200 KB of text a request at 297k figures).
        json.AsSpan().Replace((byte)'"', (byte)Quote);
        return Encoding.UTF8.GetString(json);
    }

    /// <summary>
    /// The root property holding the tooltip lines that points repeat (decision 0126): in a <c>tip</c> array such a
    /// line is its index in this array. "Reporter: China's General Administration of Customs (CN-GACC)" stood on 96
    /// points of the overview at 297k figures (128 bytes each in Urdu); the chart module puts the lines back in place
    /// before anything reads the options.
    /// </summary>
    public const string TipLines = "tipLines";

    private const string Tip = "tip";

    /// <summary>
    /// The options with the tooltip lines that occur more than once in <c>tip</c> arrays moved to <see cref="TipLines"/>.
    /// The JSON is read once: each line of a <c>tip</c> array is found where it stands (its bytes, escaped as written,
    /// are what tells lines apart); then the bytes are copied once, a shared line's text replaced by its index, and the
    /// lines added at the root's end. Nothing else of the JSON changes.
    /// </summary>
    private static byte[] WithTipLines(byte[] json)
    {
        var found = new List<(int Start, int Length)>();
        var counts = new Dictionary<(int Start, int Length), int>(new SameBytes(json));
        var reader = new Utf8JsonReader(json);
        var isTip = false;
        var tipDepth = -1;
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    isTip = reader.ValueTextEquals(Tip);
                    continue;
                case JsonTokenType.StartArray when tipDepth < 0 && isTip:
                    tipDepth = reader.CurrentDepth;
                    break;
                case JsonTokenType.EndArray when reader.CurrentDepth == tipDepth:
                    tipDepth = -1;
                    break;
                case JsonTokenType.String when tipDepth >= 0 && reader.CurrentDepth == tipDepth + 1:
                    // The token with its quotes, as written.
                    var line = ((int)reader.TokenStartIndex, reader.ValueSpan.Length + 2);
                    found.Add(line);
                    counts[line] = counts.GetValueOrDefault(line) + 1;
                    break;
            }
            isTip = false;
        }
        // Only a root object has a place for the lines (what the chart module reads).
        if (json[0] != (byte)'{' || json[^1] != (byte)'}' || !counts.Values.Any(c => c > 1))
        {
            return json;
        }
        var index = new Dictionary<(int Start, int Length), int>(counts.Comparer);
        var lines = new List<(int Start, int Length)>();
        var result = new ArrayBufferWriter<byte>(json.Length);
        var done = 0;
        Span<byte> digits = stackalloc byte[11];
        foreach (var line in found)
        {
            if (counts[line] < 2)
            {
                continue;
            }
            if (!index.TryGetValue(line, out var at))
            {
                index.Add(line, at = lines.Count);
                lines.Add(line);
            }
            result.Write(json.AsSpan(done, line.Start - done));
            at.TryFormat(digits, out var written, default, System.Globalization.CultureInfo.InvariantCulture);
            result.Write(digits[..written]);
            done = line.Start + line.Length;
        }
        // The root object's closing brace is the JSON's last byte (the serializer writes no space).
        var end = json.Length - 1;
        result.Write(json.AsSpan(done, end - done));
        result.Write(",\"tipLines\":["u8);
        for (var i = 0; i < lines.Count; i++)
        {
            if (i > 0)
            {
                result.Write(","u8);
            }
            result.Write(json.AsSpan(lines[i].Start, lines[i].Length));
        }
        result.Write("]}"u8);
        return result.WrittenSpan.ToArray();
    }

    /// <summary>Byte ranges of one JSON text, equal where their bytes are.</summary>
    private sealed class SameBytes(byte[] json) : IEqualityComparer<(int Start, int Length)>
    {
        public bool Equals((int Start, int Length) x, (int Start, int Length) y) =>
            json.AsSpan(x.Start, x.Length).SequenceEqual(json.AsSpan(y.Start, y.Length));

        public int GetHashCode((int Start, int Length) range)
        {
            var hash = new HashCode();
            hash.AddBytes(json.AsSpan(range.Start, range.Length));
            return hash.ToHashCode();
        }
    }

    /// <summary>
    /// Options as sent (<see cref="Serialize"/>) back as the JSON they were made from, as the chart module reads them:
    /// quotes back, and <see cref="TipLines"/>' lines back in their <c>tip</c> arrays.
    /// </summary>
    public static string Json(string options)
    {
        var json = options.Replace(Quote, '"');
        if (JsonNode.Parse(json) is not JsonObject root || root[TipLines] is not JsonArray lines)
        {
            return json;
        }
        root.Remove(TipLines);
        void Resolve(JsonNode? node, string? key)
        {
            switch (node)
            {
                case JsonObject o:
                    foreach (var (k, v) in o.ToList())
                    {
                        Resolve(v, k);
                    }
                    break;
                case JsonArray a when key == Tip:
                    for (var i = 0; i < a.Count; i++)
                    {
                        if (a[i] is JsonValue v && v.GetValueKind() == JsonValueKind.Number)
                        {
                            a[i] = lines[v.GetValue<int>()]!.GetValue<string>();
                        }
                    }
                    break;
                case JsonArray a:
                    foreach (var item in a)
                    {
                        Resolve(item, null);
                    }
                    break;
            }
        }
        Resolve(root, null);
        return root.ToJsonString(s_options);
    }

    private static readonly Dictionary<Language, string> s_formats = Language.All.ToDictionary(l => l, l => Serialize(Features.Figures.MoneyFormats.For(l)));

    /// <summary><see cref="Features.Figures.MoneyFormats"/> of <paramref name="language"/>, as sent, for the chart module's <c>usd</c> and <c>percent</c> formatters.</summary>
    public static string MoneyFormats(Language language) => s_formats[language];
}
