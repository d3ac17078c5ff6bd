using MineralTrade.Web.Features.Figures;

namespace MineralTrade.Web.Features.Products;

/// <summary>A code the store holds figures for, as the distinct-codes query gives it.</summary>
/// <param name="Product">One product name its figures give (the Comtrade+ <c>cmdDesc</c> of an imported code).</param>
public sealed record CodeCount(string HsCode, int Figures, string? Product = null);

/// <summary>
/// One code of the tree: a code with figures of its own, or a level above such codes that the store holds no figure
/// for (chapter 26 above heading 2603), so that the tree reads chapter → heading → subheading.
/// </summary>
public sealed class HsNode
{
    public required string Code { get; init; }
    public required HsLevel Level { get; init; }
    public required Wording Wording { get; init; }
    public required Category Category { get; init; }
    public required Stage Stage { get; init; }
    public HsNode? Parent { get; internal set; }
    public List<HsNode> Children { get; } = [];

    /// <summary>Figures stored at this code itself.</summary>
    public int OwnFigures { get; internal set; }

    /// <summary>Figures stored at the codes inside this one (not counting its own).</summary>
    public int FiguresInside { get; internal set; }

    public int CodesInside { get; internal set; }
}

/// <summary>The HS codes present in the store as a tree, with a search over codes and words.</summary>
public sealed class HsTree
{
    private readonly Dictionary<string, HsNode> _nodes;

    private HsTree(Dictionary<string, HsNode> nodes, List<HsNode> roots)
    {
        _nodes = nodes;
        Roots = roots;
    }

    /// <summary>All goods first, then the chapters in code order.</summary>
    public IReadOnlyList<HsNode> Roots { get; }

    /// <summary>Codes in the tree, including the levels added above stored codes.</summary>
    public int Count => _nodes.Count;

    public HsNode? Find(string code) => _nodes.GetValueOrDefault(code);

    public static HsTree Build(IEnumerable<CodeCount> codes, HsNomenclature nomenclature)
    {
        var nodes = new Dictionary<string, HsNode>(StringComparer.Ordinal);
        HsNode NodeFor(string code, string? product)
        {
            if (!nodes.TryGetValue(code, out var node))
            {
                var (category, stage) = HsClassification.Classify(code);
                node = new HsNode { Code = code, Level = HsLevels.LevelOf(code), Wording = nomenclature.For(code, product), Category = category, Stage = stage };
                nodes.Add(code, node);
            }
            return node;
        }

        foreach (var c in codes)
        {
            NodeFor(c.HsCode, c.Product).OwnFigures += c.Figures;
            foreach (var ancestor in HsLevels.AncestorsOf(c.HsCode))
            {
                var above = NodeFor(ancestor, null);
                above.FiguresInside += c.Figures;
                above.CodesInside += c.Figures > 0 ? 1 : 0;
            }
        }
        var roots = new List<HsNode>();
        foreach (var node in nodes.Values)
        {
            if (HsLevels.ParentOf(node.Code) is { } parent)
            {
                node.Parent = nodes[parent];
                node.Parent.Children.Add(node);
            }
            else
            {
                roots.Add(node);
            }
        }
        foreach (var node in nodes.Values)
        {
            node.Children.Sort((a, b) => string.CompareOrdinal(a.Code, b.Code));
        }
        // TOTAL sorts after the digits; all goods come first, as the widest view.
        roots.Sort((a, b) => (a.Level == HsLevel.AllGoods, b.Level == HsLevel.AllGoods) switch
        {
            (true, false) => -1,
            (false, true) => 1,
            _ => string.CompareOrdinal(a.Code, b.Code),
        });
        return new HsTree(nodes, roots);
    }

    /// <summary>
    /// Codes matching <paramref name="query"/>: digits (dots and spaces ignored, <c>2530.10</c>) match codes that start
    /// with them; words match the wording and the category, every word somewhere. Exact code first, then code order;
    /// at most <paramref name="max"/>, with the number that matched.
    /// </summary>
    public (IReadOnlyList<HsNode> Matches, int Total) Search(string? query, int max)
    {
        var text = query?.Trim() ?? "";
        if (text.Length == 0)
        {
            return ([], 0);
        }
        var digits = new string([.. text.Where(c => c is not ('.' or ' '))]);
        IEnumerable<HsNode> matches;
        if (digits.Length > 0 && digits.All(char.IsAsciiDigit))
        {
            matches = _nodes.Values.Where(n => n.Code.StartsWith(digits, StringComparison.Ordinal));
        }
        else if (text.Equals(HsClassification.Total, StringComparison.OrdinalIgnoreCase))
        {
            matches = _nodes.Values.Where(n => n.Level == HsLevel.AllGoods);
        }
        else
        {
            var words = text.Split([' ', ',', ';'], StringSplitOptions.RemoveEmptyEntries);
            matches = _nodes.Values.Where(n => words.All(w =>
                (n.Wording.Text?.Contains(w, StringComparison.OrdinalIgnoreCase) ?? false)
                || n.Category.Name.Contains(w, StringComparison.OrdinalIgnoreCase)));
        }
        var ordered = matches
            .OrderBy(n => n.Code == digits ? 0 : 1)
            .ThenBy(n => n.Code.Length)
            .ThenBy(n => n.Code, StringComparer.Ordinal)
            .ToList();
        return (ordered.Take(max).ToList(), ordered.Count);
    }
}
