using System.Text.Encodings.Web;
using System.Text.Json;
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

    /// <summary>The options as the page sends them: JSON with <see cref="Quote"/> for each quote.</summary>
    public static string Serialize(object options) => JsonSerializer.Serialize(options, options.GetType(), s_options).Replace('"', Quote);

    /// <summary>Options as sent (<see cref="Serialize"/>) back as JSON: what the chart module parses.</summary>
    public static string Json(string options) => options.Replace(Quote, '"');

    private static readonly Dictionary<Language, string> s_formats = Language.All.ToDictionary(l => l, l => Serialize(Features.Figures.MoneyFormats.For(l)));

    /// <summary><see cref="Features.Figures.MoneyFormats"/> of <paramref name="language"/>, as sent, for the chart module's <c>usd</c> and <c>percent</c> formatters.</summary>
    public static string MoneyFormats(Language language) => s_formats[language];
}
