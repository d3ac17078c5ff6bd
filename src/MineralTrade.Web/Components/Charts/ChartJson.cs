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
        var json = JsonSerializer.SerializeToUtf8Bytes(options, options.GetType(), s_options);
        return Encoding.UTF8.GetString(WithTipLines(json)).Replace('"', Quote);
    }

    /// <summary>
    /// The root property holding the tooltip lines that points repeat (decision 0126): in a <c>tip</c> array such a
    /// line is its index in this array. "Reporter: China's General Administration of Customs (CN-GACC)" stood on 96
    /// points of the overview at 297k figures (128 bytes each in Urdu); the chart module puts the lines back in place
    /// before anything reads the options.
    /// </summary>
    public const string TipLines = "tipLines";

    private const string Tip = "tip";

    /// <summary>The options with the tooltip lines that occur more than once in <c>tip</c> arrays moved to <see cref="TipLines"/>.</summary>
    private static byte[] WithTipLines(byte[] json)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var line in TipStrings(json))
        {
            counts[line] = counts.GetValueOrDefault(line) + 1;
        }
        var shared = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (line, count) in counts)
        {
            if (count > 1)
            {
                shared.Add(line, 0);
            }
        }
        if (shared.Count == 0)
        {
            return json;
        }
        var lines = new List<string>();
        var buffer = new ArrayBufferWriter<byte>(json.Length);
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = s_options.Encoder, SkipValidation = true }))
        {
            var reader = new Utf8JsonReader(json);
            var isTip = false;
            var tipDepth = -1;
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        isTip = reader.ValueTextEquals(Tip);
                        if (reader.ValueIsEscaped)
                        {
                            writer.WritePropertyName(reader.GetString()!);
                        }
                        else
                        {
                            writer.WritePropertyName(reader.ValueSpan);
                        }
                        continue;
                    case JsonTokenType.StartArray:
                        if (tipDepth < 0 && isTip)
                        {
                            tipDepth = reader.CurrentDepth;
                        }
                        writer.WriteStartArray();
                        break;
                    case JsonTokenType.EndArray:
                        if (reader.CurrentDepth == tipDepth)
                        {
                            tipDepth = -1;
                        }
                        writer.WriteEndArray();
                        break;
                    case JsonTokenType.StartObject:
                        writer.WriteStartObject();
                        break;
                    case JsonTokenType.EndObject:
                        if (reader.CurrentDepth == 0)
                        {
                            writer.WritePropertyName(TipLines);
                            writer.WriteStartArray();
                            foreach (var line in lines)
                            {
                                writer.WriteStringValue(line);
                            }
                            writer.WriteEndArray();
                        }
                        writer.WriteEndObject();
                        break;
                    case JsonTokenType.String when tipDepth >= 0 && reader.CurrentDepth == tipDepth + 1 && shared.TryGetValue(reader.GetString()!, out var index):
                        var text = reader.GetString()!;
                        if (index == 0)
                        {
                            lines.Add(text);
                            shared[text] = index = lines.Count;
                        }
                        writer.WriteNumberValue(index - 1);
                        break;
                    case JsonTokenType.String:
                        // As written (escaped by the same encoder), quotes and all: no text made of it.
                        var raw = ArrayPool<byte>.Shared.Rent(reader.ValueSpan.Length + 2);
                        raw[0] = (byte)'"';
                        reader.ValueSpan.CopyTo(raw.AsSpan(1));
                        raw[reader.ValueSpan.Length + 1] = (byte)'"';
                        writer.WriteRawValue(raw.AsSpan(0, reader.ValueSpan.Length + 2), skipInputValidation: true);
                        ArrayPool<byte>.Shared.Return(raw);
                        break;
                    default:
                        // Numbers, true, false and null as written.
                        writer.WriteRawValue(reader.ValueSpan, skipInputValidation: true);
                        break;
                }
                isTip = false;
            }
        }
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>The strings directly inside every <c>tip</c> array of the options.</summary>
    private static List<string> TipStrings(byte[] json)
    {
        var found = new List<string>();
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
                    found.Add(reader.GetString()!);
                    break;
            }
            isTip = false;
        }
        return found;
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
