using System.Globalization;
using MineralTrade.Web.Features.Languages;

namespace MineralTrade.Web.Features.Dashboard;

/// <summary>
/// One item of a list as a page writes it in a language: a figure added (<see cref="HsCode"/>, the product its source
/// names, its sum) or a category's sum (no code: its name already in the language). A page looks a code's wording up
/// when it shows it (<c>ListedCell</c>): the curated tariff wording in the page's language, else English, marked.
/// </summary>
/// <param name="HsCode">The figure's HS code; null for a category's sum.</param>
/// <param name="Name">The product as the figure's source names it (English, as published), or the category's name in the language.</param>
/// <param name="Amount">The sum in the language's words (<see cref="Figures.Money"/>).</param>
public readonly record struct ListedItem(string? HsCode, string Name, string Amount)
{
    /// <summary><c>7403 Refined copper: $1.2 M</c>, or <c>Copper ore $25 M</c>: the item as a list's text (and a CSV) writes it.</summary>
    public string Text => HsCode is null ? $"{Name} {Amount}" : $"{HsCode} {Name}: {Amount}";
}

/// <summary>
/// A list's items (<see cref="Listed.Items"/>) that can also be written in another language: what the list keeps is
/// what it kept before (codes, names, sums), so no item is made twice on the build's path; only a page that shows them
/// asks (<see cref="Listed.Item"/>).
/// </summary>
public interface IListedItems
{
    /// <summary>Item <paramref name="index"/> written in <paramref name="language"/>.</summary>
    ListedItem In(int index, Language language);
}

/// <summary>
/// The first items of a list that grows with the store (the figures a total adds, the products a period counts) and
/// how many there are: what a table cell shows and a model keeps, never the whole list (issue 21: a total of a thousand
/// subheadings put a thousand lines into every tooltip and row). The list of figures and the CSV have them all.
/// </summary>
public sealed record Listed(IReadOnlyList<string> Items, int Count)
{
    /// <summary>Items kept at most.</summary>
    public const int Max = 6;

    public static readonly Listed None = new([], 0);

    /// <summary>The first <paramref name="max"/> of <paramref name="all"/>, made only for those (the rest are counted).</summary>
    public static Listed Of<T>(IEnumerable<T> all, Func<T, string> text, int max = Max)
    {
        var items = new List<string>();
        var count = 0;
        foreach (var item in all)
        {
            if (count++ < max)
            {
                items.Add(text(item));
            }
        }
        return new(items, count);
    }

    public static Listed Of(IEnumerable<string> all) => Of(all, s => s);

    /// <summary>
    /// Item <paramref name="index"/> in <paramref name="language"/>, where the list knows its parts; null where its items
    /// are only texts (<see cref="Of(IEnumerable{string})"/>).
    /// </summary>
    public ListedItem? Item(int index, Language language) => Items is IListedItems items ? items.In(index, language) : null;

    /// <summary>
    /// The first <paramref name="max"/> of <paramref name="all"/> as items written in each language when shown
    /// (<paramref name="item"/>); <see cref="Items"/> are their texts in the current language (<see cref="ListedItem.Text"/>),
    /// made when first read. Only the first <paramref name="max"/> are kept.
    /// </summary>
    public static Listed Of<T>(IEnumerable<T> all, Func<T, Language, ListedItem> item, int max)
    {
        var first = new List<T>();
        var count = 0;
        foreach (var one in all)
        {
            if (count++ < max)
            {
                first.Add(one);
            }
        }
        return new(new ItemsOf<T>(first, item), count);
    }

    /// <summary>How many are not kept.</summary>
    public int More => Count - Items.Count;

    /// <summary><c>a; b; c</c>, or <c>a; b; c; and 85 more</c>.</summary>
    public string Text => More == 0 ? string.Join("; ", Items) : $"{string.Join("; ", Items)}; and {More.ToString("N0", CultureInfo.InvariantCulture)} more";

    private sealed class ItemsOf<T>(List<T> first, Func<T, Language, ListedItem> item) : IReadOnlyList<string>, IListedItems
    {
        private string[]? _texts;

        private string[] All => _texts ??= [.. first.Select(t => item(t, Language.Current).Text)];

        public ListedItem In(int index, Language language) => item(first[index], language);

        public string this[int index] => All[index];

        public int Count => first.Count;

        public IEnumerator<string> GetEnumerator() => ((IEnumerable<string>)All).GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
