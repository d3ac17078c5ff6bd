namespace MineralTrade.Web.Features.Figures;

/// <summary>A mineral category as <c>/api/categories</c> answers it: its HS codes and their processing stages.</summary>
public sealed record CategoryInfo(string Id, string Name, IReadOnlyList<HsRuleInfo> HsCodes);

/// <param name="AppliesTo">"code": the code itself; "code-and-below": the code and every code under it without a rule of its own.</param>
public sealed record HsRuleInfo(string Code, string Description, Stage Stage, string AppliesTo);
