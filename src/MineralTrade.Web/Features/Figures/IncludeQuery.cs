using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Primitives;

namespace MineralTrade.Web.Features.Figures;

/// <summary>What a list adds to its rows on request: <c>include=components</c> on <c>/api/totals</c> (decision 0097).</summary>
public sealed record IncludeQuery(
    [FromQuery(Name = IncludeQuery.Parameter)] [property: Description("components: each total's figures added (else only their count)")] StringValues? Include)
{
    public const string Parameter = "include", Components = "components";

    public bool TryParse(Dictionary<string, string[]> errors, out bool components)
    {
        var values = (Include ?? StringValues.Empty).SelectMany(v => (v ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)).ToList();
        components = values.Contains(Components, StringComparer.OrdinalIgnoreCase);
        var unknown = values.Where(v => !v.Equals(Components, StringComparison.OrdinalIgnoreCase)).ToList();
        if (unknown.Count > 0)
        {
            errors[Parameter] = [$"{Parameter}: {string.Join(", ", unknown.Select(v => $"'{v}'"))} is not something a total can include. Allowed: {Components}."];
        }
        return unknown.Count == 0;
    }
}
