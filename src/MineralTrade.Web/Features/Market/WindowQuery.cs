using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Primitives;
using MineralTrade.Web.Features.Figures;

namespace MineralTrade.Web.Features.Market;

/// <summary><c>/api/growth</c>'s <c>window</c>: year to date or 12 months (docs/decisions/0066); absent, the rates of published periods.</summary>
public sealed record WindowQuery(
    [FromQuery(Name = WindowQuery.Parameter)] [property: Description("ytd (January to each series' latest month) or 12m (the twelve months to it), against the same months a year earlier; absent: the published periods' rates")] StringValues? Window)
{
    public const string Parameter = "window";

    private static readonly string s_allowed = $"one of {string.Join(", ", WindowRate.Kinds.Select(EnumNames<WindowKind>.Name))}";

    /// <summary>The window asked for (null where none is), or false with <c>window</c> named in <paramref name="errors"/>.</summary>
    public bool TryParse(Dictionary<string, string[]> errors, out WindowKind? kind)
    {
        kind = SupplierQuery.One<WindowKind>(Window, Parameter, errors,
            text => EnumNames<WindowKind>.TryParse(text, out var k) && WindowRate.Kinds.Contains(k) ? k : (WindowKind?)null, s_allowed);
        return !errors.ContainsKey(Parameter);
    }
}
