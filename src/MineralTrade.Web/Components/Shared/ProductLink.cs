using MineralTrade.Web.Features.Figures;

namespace MineralTrade.Web.Components.Shared;

/// <summary>The address of a product page, in the filter's parameter names, so that a link keeps its flow.</summary>
public static class ProductLink
{
    public const string Index = "/products", Compare = "/compare";

    public static string For(string hsCode, Flow? flow = null) =>
        $"{Index}/{Uri.EscapeDataString(hsCode)}" + (flow is null ? "" : "?" + new FigureFilter { Exporter = flow.Exporter, Importer = flow.Importer }.ToQueryString());

    public static string For(string hsCode, string exporter, string importer) => For(hsCode, new Flow(exporter, importer));
}
