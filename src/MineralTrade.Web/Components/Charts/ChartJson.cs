using System.Text.Json;
using System.Text.Json.Serialization;
using MineralTrade.Web.Features.Figures;

namespace MineralTrade.Web.Components.Charts;

/// <summary>Chart options as ApexCharts reads them: camelCase, nulls left out. One cached serializer for every chart.</summary>
public static class ChartJson
{
    private static readonly JsonSerializerOptions s_options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Serialize(object options) => JsonSerializer.Serialize(options, options.GetType(), s_options);

    /// <summary><see cref="Money.Formats"/> for the chart module's <c>usd</c> and <c>percent</c> formatters.</summary>
    public static readonly string MoneyFormats = Serialize(Money.Formats);
}
