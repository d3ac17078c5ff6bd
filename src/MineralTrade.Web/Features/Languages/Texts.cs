using System.Collections.Concurrent;
using System.Resources;

namespace MineralTrade.Web.Features.Languages;

/// <summary>
/// The words of a class that is not a component (the pure rules: amounts, periods, summaries), read from the same
/// resources an <c>IStringLocalizer&lt;T&gt;</c> reads (<c>Resources/&lt;the class's path&gt;.&lt;code&gt;.resx</c>), for a
/// language given explicitly. Templates have named parts (<c>{low}</c>), never positions, so that a language may put
/// them in its own order.
/// </summary>
public sealed class Texts(Type owner)
{
    private const string Root = "MineralTrade.Web";

    private readonly ResourceManager _resources = new($"{Root}.Resources.{owner.FullName![(Root.Length + 1)..]}", owner.Assembly);

    // What the resources hold for each key and language, kept once read: a ResourceManager lookup takes a lock and walks
    // the culture's parents each time, and the overview looks up thousands of words a request (issue 21: ~8 ms a
    // request at 297k figures, most of it waiting on that lock).
    private readonly ConcurrentDictionary<(string Key, string Language), string?> _read = new();

    /// <summary>The text of <paramref name="key"/> in <paramref name="language"/>; a missing key is a bug, and throws.</summary>
    public string this[string key, Language language] =>
        Find(key, language) ?? throw new MissingManifestResourceException($"{owner.Name}: no text '{key}'.");

    /// <summary>The text of <paramref name="key"/>, or null where the owner has none (an optional part of its words).</summary>
    public string? Find(string key, Language language) =>
        _read.GetOrAdd((key, language.Code), static (_, read) => read.Resources.GetString(read.Key, read.Culture), (Resources: _resources, Key: key, language.Culture));

    /// <summary>The template of <paramref name="key"/> with each <c>{name}</c> replaced by its part.</summary>
    public string Format(string key, Language language, params (string Name, object? Value)[] parts) => Fill(this[key, language], parts);

    /// <summary>
    /// The template for <paramref name="count"/>: <c>key.one</c> for one where the language has a singular (English, Urdu),
    /// <c>key.other</c> otherwise; <c>{count}</c> is the count, grouped (<c>1,204</c>).
    /// </summary>
    public string Plural(string key, int count, Language language, params (string Name, object? Value)[] parts) =>
        Fill(this[PluralKey(key, count, language), language], [Count(count), .. parts]);

    /// <summary><c>key.one</c> or <c>key.other</c>: the form <paramref name="language"/> uses for <paramref name="count"/>.</summary>
    public static string PluralKey(string key, int count, Language language) => $"{key}.{(count == 1 && language.HasSingular ? "one" : "other")}";

    /// <summary>The <c>{count}</c> part: digits grouped in thousands, as every language here writes them (decision 0112).</summary>
    public static (string Name, object? Value) Count(int count) => ("count", count.ToString("N0", System.Globalization.CultureInfo.InvariantCulture));

    private static readonly Texts s_lists = new(typeof(Texts));

    /// <summary>Items in a run, as <paramref name="language"/> lists them: <c>Feb 2025, Mar 2025</c>, <c>2025年2月、2025年3月</c>.</summary>
    public static string Join(IEnumerable<string> items, Language language) => string.Join(s_lists["Separator", language], items);

    /// <summary>
    /// Sentences one after another, the empty ones left out: a space between them, but none in Chinese, whose full stop
    /// (。) ends a sentence without one.
    /// </summary>
    public static string Sentences(Language language, params IEnumerable<string?> sentences) =>
        string.Join(language == Language.Chinese ? "" : " ", sentences.Where(s => !string.IsNullOrEmpty(s)));

    /// <summary>The text before and after <c>{part}</c> in <paramref name="key"/>'s template, for a part the page writes as markup.</summary>
    public (string Before, string After) Around(string key, Language language, string part, params (string Name, object? Value)[] parts) =>
        Split(this[key, language], part, parts);

    /// <summary><paramref name="template"/> cut at <c>{part}</c>, each side with its named parts filled.</summary>
    public static (string Before, string After) Split(string template, string part, params (string Name, object? Value)[] parts)
    {
        var at = template.IndexOf("{" + part + "}", StringComparison.Ordinal);
        if (at < 0)
        {
            throw new FormatException($"No part '{part}' in '{template}'.");
        }
        return (Fill(template[..at], parts), Fill(template[(at + part.Length + 2)..], parts));
    }

    /// <summary>
    /// Replaces each <c>{name}</c> (ASCII letters in braces) of <paramref name="template"/>; a name without a part is a
    /// bug, and throws. Read in one pass, no match objects: the overview fills ~5,000 templates a request (issue 21:
    /// a regular expression's matches and closures were a tenth of what it allocated at 297k figures).
    /// </summary>
    public static string Fill(string template, params (string Name, object? Value)[] parts)
    {
        var open = template.IndexOf('{');
        if (open < 0)
        {
            return template;
        }
        var text = new System.Text.StringBuilder(template.Length + 32);
        var done = 0;
        while (open >= 0)
        {
            var end = open + 1;
            while (end < template.Length && char.IsAsciiLetter(template[end]))
            {
                end++;
            }
            if (end > open + 1 && end < template.Length && template[end] == '}')
            {
                var name = template.AsSpan(open + 1, end - open - 1);
                text.Append(template, done, open - done).Append(Value(name));
                done = end + 1;
                open = template.IndexOf('{', done);
            }
            else
            {
                open = template.IndexOf('{', open + 1);
            }
        }
        return text.Append(template, done, template.Length - done).ToString();

        string Value(ReadOnlySpan<char> name)
        {
            foreach (var part in parts)
            {
                if (part.Name is not null && name.SequenceEqual(part.Name))
                {
                    return Convert.ToString(part.Value, System.Globalization.CultureInfo.InvariantCulture) ?? "";
                }
            }
            throw new FormatException($"No part '{name}' for '{template}'.");
        }
    }
}

/// <summary>The same named parts and plurals for a component's <see cref="Microsoft.Extensions.Localization.IStringLocalizer"/>, in the current language.</summary>
public static class LocalizerParts
{
    /// <summary><c>L.Format("Matching", ("count", n))</c>: the key's template with its named parts filled.</summary>
    public static string Format(this Microsoft.Extensions.Localization.IStringLocalizer localizer, string key, params (string Name, object? Value)[] parts) =>
        Texts.Fill(localizer[key], parts);

    /// <summary><c>L.Plural("Figures", n)</c>: <c>Figures.one</c> or <c>Figures.other</c> as the current language counts, with <c>{count}</c>.</summary>
    public static string Plural(this Microsoft.Extensions.Localization.IStringLocalizer localizer, string key, int count, params (string Name, object? Value)[] parts) =>
        Texts.Fill(localizer[Texts.PluralKey(key, count, Language.Current)], [Texts.Count(count), .. parts]);

    /// <summary>
    /// The text before and after <c>{part}</c> in <paramref name="key"/>'s template, for a part that is markup (a link, a
    /// <c>&lt;strong&gt;</c>) and so cannot be a string: <c>@before&lt;a&gt;…&lt;/a&gt;@after</c>.
    /// </summary>
    public static (string Before, string After) Around(this Microsoft.Extensions.Localization.IStringLocalizer localizer, string key, string part, params (string Name, object? Value)[] parts)
        => Texts.Split(localizer[key].Value, part, parts);
}
