namespace MineralTrade.Web.Features.Figures;

/// <summary>
/// A figure a total adds, as the summaries keep it (docs/decisions/0090): what a page computes with (code, value,
/// qualifier, stage, source), not the figure's description, which is read by id for the few a page lists.
/// </summary>
public sealed record TotalPart(int Id, string HsCode, decimal ValueUsd, Qualifier Qualifier, Stage Stage, string Publisher)
{
    /// <summary>A figure with a value as a part of its total.</summary>
    public static TotalPart Of(Figure f) => new(f.Id, f.HsCode, f.ValueUsd!.Value, f.Qualifier, f.Stage, f.SourcePublisher);
}
