namespace MineralTrade.Web.Features.Figures;

/// <summary>What a reporter or country code may look like, checked the same way in query strings and files.</summary>
public static class Codes
{
    public const string World = "WORLD";

    /// <summary>Letters, digits, '-' and '_', at most 32: <c>CN-GACC</c>, <c>PK-SBP</c>, <c>unstated</c>.</summary>
    public static bool IsReporter(string? value) =>
        value?.Trim() is { Length: > 0 and <= 32 } v && v.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    public const string Unstated = "unstated";

    /// <summary>One spelling per reporter, so that <c>cn-gacc</c> is the same reporter as <c>CN-GACC</c>: upper case, but <c>unstated</c>.</summary>
    public static string CanonicalReporter(string value) =>
        value.Trim() is var v && v.Equals(Unstated, StringComparison.OrdinalIgnoreCase) ? Unstated : v.ToUpperInvariant();

    /// <summary>ISO 3166 alpha-2 (<c>PK</c>), or <c>WORLD</c> for all partners.</summary>
    public static bool IsCountry(string? value) =>
        value?.Trim() is { } v && (v.Length == 2 && v.All(char.IsAsciiLetter) || v.Equals(World, StringComparison.OrdinalIgnoreCase));
}
