using System.Net;
using System.Text.RegularExpressions;

namespace MineralTrade.Tests;

/// <summary>A page's HTML as its words are read: an abbreviation's markup (its meaning on a tap, Words.razor) is not a word.</summary>
public static partial class PageWords
{
    public static string Of(string html) => WebUtility.HtmlDecode(AbbrTag().Replace(html, ""));

    [GeneratedRegex("</?abbr[^>]*>")]
    private static partial Regex AbbrTag();
}
