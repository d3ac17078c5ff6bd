using System.Text.Json;
using System.Text.Json.Serialization;
using MineralTrade.Web.Features.Languages;

namespace MineralTrade.Web.Components.Charts;

/// <summary>Chart options as ApexCharts reads them: camelCase, nulls left out. One cached serializer for every chart.</summary>
public static class ChartJson
{
    private static readonly JsonSerializerOptions s_options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Serialize(object options) => JsonSerializer.Serialize(options, options.GetType(), s_options);

    private static readonly Dictionary<Language, string> s_formats = Language.All.ToDictionary(l => l, l => Serialize(Features.Figures.MoneyFormats.For(l)));

    /// <summary><see cref="Features.Figures.MoneyFormats"/> of <paramref name="language"/> for the chart module's <c>usd</c> and <c>percent</c> formatters.</summary>
    public static string MoneyFormats(Language language) => s_formats[language];
}
