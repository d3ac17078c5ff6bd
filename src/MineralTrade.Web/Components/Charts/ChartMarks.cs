using System.Text.Json.Serialization;
using MineralTrade.Web.Features.Figures;

namespace MineralTrade.Web.Components.Charts;

/// <summary>
/// A point of a line, with the look the drawing rule gives it (and <see cref="Change"/>, where a By year line's basket
/// widens: the short words its label draws). <see cref="Y"/> is written even when null: a point left
/// without <c>y</c> shifts every later point of its series onto the wrong period.
/// </summary>
public sealed record LinePoint(
    object X,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] decimal? Y,
    string? Label = null, IReadOnlyList<string>? Tip = null, string? Url = null,
    string? FillColor = null, string? StrokeColor = null, string? Mark = null, string? Change = null);

/// <summary>
/// The one drawing rule of every chart of every page (decision 0100, issue 18): a value that is not exact is drawn
/// apart, not only labelled apart. A bar is hatched (a bound) or dotted (approximate); a point of a line is hollow, by
/// its own fill and stroke (ApexCharts' discrete markers draw it too, but move it where the pointer does not reach). Each
/// such point carries <c>mark</c>, by which <see cref="ApexChart"/> puts the key under its chart.
/// </summary>
public static class ChartMarks
{
    /// <summary>The property a marked point carries in a chart's options as sent (<see cref="ChartJson.Serialize"/>: the writer escapes quotes and backticks inside text).</summary>
    public const string Property = "`mark`:";

    public const string Hollow = "#ffffff";

    /// <summary>What a point's look says: null for an exact value.</summary>
    public static string? Mark(DerivedQualifier qualifier) => qualifier == DerivedQualifier.Exact ? null : EnumNames<DerivedQualifier>.Name(qualifier);

    /// <summary>The fill of a bar that is not exact: hatched for a bound, dotted for an approximate value.</summary>
    public static object? BarFill(DerivedQualifier qualifier) => qualifier switch
    {
        DerivedQualifier.Exact => null,
        DerivedQualifier.Approximate => new { type = "pattern", pattern = new { style = "circles", width = 6, height = 6, strokeWidth = 1.5 } },
        _ => new { type = "pattern", pattern = new { style = "slantedLines", width = 6, height = 6, strokeWidth = 2.5 } },
    };

    /// <summary>A value on a line: hollow in its series' colour where it is not exact.</summary>
    public static LinePoint Line(
        object x, decimal y, DerivedQualifier qualifier, string color, string? label, IReadOnlyList<string>? tip, string? url = null, string? change = null) =>
        qualifier == DerivedQualifier.Exact
            ? new(x, y, label, tip, url, Change: change)
            : new(x, y, label, tip, url, Hollow, color, Mark(qualifier), change);

    /// <summary>A period of the axis without a value: a gap in the line.</summary>
    public static LinePoint Gap(object x) => new(x, null);

    /// <summary>Whether serialized options draw some value apart, so that its chart needs the key.</summary>
    public static bool AnyMarked(string json) => json.Contains(Property, StringComparison.Ordinal);
}
