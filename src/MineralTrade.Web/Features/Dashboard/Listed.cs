using System.Globalization;

namespace MineralTrade.Web.Features.Dashboard;

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

    /// <summary>How many are not kept.</summary>
    public int More => Count - Items.Count;

    /// <summary><c>a; b; c</c>, or <c>a; b; c; and 85 more</c>.</summary>
    public string Text => More == 0 ? string.Join("; ", Items) : $"{string.Join("; ", Items)}; and {More.ToString("N0", CultureInfo.InvariantCulture)} more";
}
