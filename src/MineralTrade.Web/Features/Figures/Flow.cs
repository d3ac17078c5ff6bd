namespace MineralTrade.Web.Features.Figures;

/// <summary>Who sold to whom: the charts that add figures show one flow at a time.</summary>
public sealed record Flow(string Exporter, string Importer)
{
    public string Label => $"{Exporter} → {Importer}";
}
