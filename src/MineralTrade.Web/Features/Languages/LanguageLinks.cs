namespace MineralTrade.Web.Features.Languages;

/// <summary>Addresses that carry a language: the same view, with <c>culture=</c> set, so that a link opens in its language.</summary>
public static class LanguageLinks
{
    /// <summary>
    /// <paramref name="address"/> (a path with its query and fragment, or an absolute URL) with <c>culture=</c> set to
    /// <paramref name="language"/>: every other parameter kept, in its order; any earlier <c>culture</c> replaced.
    /// </summary>
    public static string With(string address, Language language)
    {
        var fragmentAt = address.IndexOf('#', StringComparison.Ordinal);
        var fragment = fragmentAt < 0 ? "" : address[fragmentAt..];
        var rest = fragmentAt < 0 ? address : address[..fragmentAt];
        var queryAt = rest.IndexOf('?', StringComparison.Ordinal);
        var path = queryAt < 0 ? rest : rest[..queryAt];
        var kept = queryAt < 0 ? [] : rest[(queryAt + 1)..].Split('&', StringSplitOptions.RemoveEmptyEntries).Where(p => !IsLanguage(p));
        return $"{path}?{string.Join('&', kept.Append($"{Language.QueryParameter}={Uri.EscapeDataString(language.Code)}"))}{fragment}";
    }

    /// <summary>The language <paramref name="address"/> names in <c>culture=</c>, or null.</summary>
    public static Language? Of(string address)
    {
        var fragmentAt = address.IndexOf('#', StringComparison.Ordinal);
        var rest = fragmentAt < 0 ? address : address[..fragmentAt];
        var queryAt = rest.IndexOf('?', StringComparison.Ordinal);
        return queryAt < 0 ? null : rest[(queryAt + 1)..].Split('&').Where(IsLanguage)
            .Select(p => Language.Find(Uri.UnescapeDataString(p[(p.IndexOf('=', StringComparison.Ordinal) + 1)..]))).LastOrDefault(l => l is not null);
    }

    private static bool IsLanguage(string pair)
    {
        var name = pair.Split('=', 2)[0];
        return string.Equals(Uri.UnescapeDataString(name.Replace('+', ' ')), Language.QueryParameter, StringComparison.OrdinalIgnoreCase);
    }
}
