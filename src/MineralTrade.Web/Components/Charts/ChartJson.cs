using System.Text.Json;
using System.Text.Json.Serialization;

namespace MineralTrade.Web.Components.Charts;

/// <summary>Chart options as ApexCharts reads them: camelCase, nulls left out. One cached serializer for every chart.</summary>
public static class ChartJson
{
    private static readonly JsonSerializerOptions s_options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Serialize(object options) => JsonSerializer.Serialize(options, options.GetType(), s_options);
}
