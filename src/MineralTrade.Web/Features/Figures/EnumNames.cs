using System.Reflection;
using System.Text.Json.Serialization;

namespace MineralTrade.Web.Features.Figures;

/// <summary>
/// The one spelling of each enum value, taken from its <see cref="JsonStringEnumMemberNameAttribute"/>:
/// JSON, the database, CSV files and query strings all use it.
/// </summary>
public static class EnumNames<T> where T : struct, Enum
{
    private static readonly Dictionary<T, string> s_names = Enum.GetValues<T>().ToDictionary(
        v => v,
        v => typeof(T).GetField(v.ToString())!.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name ?? v.ToString());

    private static readonly Dictionary<string, T> s_values = s_names.ToDictionary(p => p.Value, p => p.Key, StringComparer.OrdinalIgnoreCase);

    public static IReadOnlyCollection<string> All => s_names.Values;

    public static string Name(T value) => s_names[value];

    public static bool TryParse(string? text, out T value) => s_values.TryGetValue(text?.Trim() ?? "", out value);

    public static T Parse(string text) =>
        TryParse(text, out var value) ? value : throw new FormatException($"'{text}' is not one of: {string.Join(", ", All)}.");
}
