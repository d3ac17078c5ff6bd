namespace MineralTrade.Web.Features.Figures;

/// <summary>A mineral category as the dashboard groups it.</summary>
public sealed record Category(string Id, string Name);

/// <summary>One rule of the HS mapping: a code, or every code under it, belongs to a category at a stage.</summary>
public sealed record HsRule(string Code, string CategoryId, Stage Stage, string Description, bool ExactOnly = false);

/// <summary>
/// Maps an HS code, at whatever level it comes, to a mineral category and a processing stage:
/// the rule for the code itself, else the rule of its longest prefix (HS 2022 headings).
/// </summary>
public static class HsClassification
{
    public const string Total = "TOTAL";

    public static readonly Category AllGoods = new("all-goods", "All goods");
    public static readonly Category Other = new("other", "Other goods");

    public static IReadOnlyList<Category> Categories { get; } =
    [
        new("copper", "Copper"),
        new("aluminium", "Aluminium"),
        new("iron", "Iron and steel"),
        new("zinc", "Zinc"),
        new("chromium", "Chromium"),
        new("manganese", "Manganese"),
        new("lead", "Lead"),
        new("phosphates", "Phosphates"),
        new("industrial-minerals", "Industrial minerals"),
        new("salt", "Salt"),
        new("gemstones", "Precious stones"),
        new("other-minerals", "Other ores and metals"),
        AllGoods,
        Other,
    ];

    public static IReadOnlyList<HsRule> Rules { get; } =
    [
        new(Total, "all-goods", Stage.Total, "All goods", ExactOnly: true),

        new("2603", "copper", Stage.Ore, "Copper ores and concentrates"),
        new("74", "copper", Stage.MetalAndArticles, "Copper and articles thereof (the whole chapter)", ExactOnly: true),
        new("74", "copper", Stage.Articles, "Articles of copper"),
        new("7401", "copper", Stage.Metal, "Copper mattes; cement copper"),
        new("7402", "copper", Stage.Metal, "Unrefined copper; copper anodes"),
        new("7403", "copper", Stage.Metal, "Refined copper and copper alloys, unwrought"),
        new("7404", "copper", Stage.Scrap, "Copper waste and scrap"),
        new("7405", "copper", Stage.Metal, "Master alloys of copper"),

        new("2606", "aluminium", Stage.Ore, "Aluminium ores and concentrates"),
        new("76", "aluminium", Stage.MetalAndArticles, "Aluminium and articles thereof (the whole chapter)", ExactOnly: true),
        new("76", "aluminium", Stage.Articles, "Articles of aluminium"),
        new("7601", "aluminium", Stage.Metal, "Unwrought aluminium"),
        new("7602", "aluminium", Stage.Scrap, "Aluminium waste and scrap"),

        new("2601", "iron", Stage.Ore, "Iron ores and concentrates"),
        new("72", "iron", Stage.MetalAndArticles, "Iron and steel (the whole chapter)", ExactOnly: true),
        new("72", "iron", Stage.Metal, "Iron and steel"),
        new("7204", "iron", Stage.Scrap, "Ferrous waste and scrap"),
        new("73", "iron", Stage.Articles, "Articles of iron or steel"),

        new("2608", "zinc", Stage.Ore, "Zinc ores and concentrates"),
        new("79", "zinc", Stage.MetalAndArticles, "Zinc and articles thereof (the whole chapter)", ExactOnly: true),
        new("79", "zinc", Stage.Articles, "Articles of zinc"),
        new("7901", "zinc", Stage.Metal, "Unwrought zinc"),
        new("7902", "zinc", Stage.Scrap, "Zinc waste and scrap"),

        new("2610", "chromium", Stage.Ore, "Chromium ores and concentrates"),
        new("811221", "chromium", Stage.Metal, "Chromium, unwrought; powders"),
        new("811222", "chromium", Stage.Scrap, "Chromium waste and scrap"),
        new("811229", "chromium", Stage.Articles, "Chromium, other"),

        new("2602", "manganese", Stage.Ore, "Manganese ores and concentrates"),
        new("8111", "manganese", Stage.MetalAndArticles, "Manganese and articles thereof"),

        new("2607", "lead", Stage.Ore, "Lead ores and concentrates"),
        new("78", "lead", Stage.MetalAndArticles, "Lead and articles thereof (the whole chapter)", ExactOnly: true),
        new("78", "lead", Stage.Articles, "Articles of lead"),
        new("7801", "lead", Stage.Metal, "Unwrought lead"),
        new("7802", "lead", Stage.Scrap, "Lead waste and scrap"),

        new("2510", "phosphates", Stage.Ore, "Natural calcium phosphates"),

        new("25", "industrial-minerals", Stage.Ore, "Salt; sulphur; earths and stone; lime and cement"),
        new("2501", "salt", Stage.Ore, "Salt (including Himalayan pink salt)"),

        new("71", "gemstones", Stage.Unclassified, "Pearls, precious stones and metals (the whole chapter)", ExactOnly: true),
        new("71", "other-minerals", Stage.Articles, "Precious metals and jewellery"),
        new("7101", "gemstones", Stage.Unclassified, "Pearls"),
        new("7102", "gemstones", Stage.Unclassified, "Diamonds"),
        new("7103", "gemstones", Stage.Unclassified, "Precious and semi-precious stones, worked or not"),
        new("7104", "gemstones", Stage.Unclassified, "Synthetic or reconstructed stones"),
        new("7105", "gemstones", Stage.Unclassified, "Dust and powder of precious stones"),

        new("26", "other-minerals", Stage.Ore, "Ores, slag and ash"),
        new("75", "other-minerals", Stage.MetalAndArticles, "Nickel and articles thereof"),
        new("80", "other-minerals", Stage.MetalAndArticles, "Tin and articles thereof"),
        new("81", "other-minerals", Stage.MetalAndArticles, "Other base metals; cermets"),
    ];

    private static readonly Dictionary<string, Category> s_byId = Categories.ToDictionary(c => c.Id, StringComparer.OrdinalIgnoreCase);

    public static bool TryGetCategory(string id, out Category category) => s_byId.TryGetValue(id, out category!);

    public static Category CategoryOf(string id) => s_byId[id];

    /// <summary>All goods and other goods are context, not minerals: in no mineral sum, no share, no default chart.</summary>
    public static bool IsMineral(string categoryId) => categoryId != AllGoods.Id && categoryId != Other.Id;

    /// <summary>The rule that applies to <paramref name="hsCode"/>, or null for goods outside the mapping.</summary>
    public static HsRule? RuleFor(string hsCode)
    {
        // The code's own rules, then its prefixes' from the longest (longer codes win): a few lookups per code, not a
        // scan of every rule (a series of a thousand subheadings is labelled on every page view). At one length the
        // rule listed first wins, so the exact-only rule (listed first) wins over its code's general rule.
        for (var length = hsCode.Length; length > 0; length--)
        {
            // By span: no substring made per prefix (an overview labels thousands of codes).
            if (s_rulesByPrefix.TryGetValue(hsCode.AsSpan(0, length), out var rules))
            {
                foreach (var rule in rules)
                {
                    if (!rule.ExactOnly || length == hsCode.Length)
                    {
                        return rule;
                    }
                }
            }
        }
        return null;
    }

    private static readonly Dictionary<string, HsRule[]> s_rulesByCode =
        Rules.GroupBy(r => r.Code, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);

    private static readonly Dictionary<string, HsRule[]>.AlternateLookup<ReadOnlySpan<char>> s_rulesByPrefix =
        s_rulesByCode.GetAlternateLookup<ReadOnlySpan<char>>();

    public static (Category Category, Stage Stage) Classify(string hsCode) =>
        RuleFor(hsCode) is { } rule ? (s_byId[rule.CategoryId], rule.Stage) : (Other, Stage.Unclassified);

    /// <summary>
    /// Digits in pairs, 2 to 10 of them (chapter, heading, subheading, national lines), or <c>TOTAL</c>. The summaries
    /// find a code's chapter, heading and subheading by these lengths (docs/decisions/0093).
    /// </summary>
    public static bool IsValidCode(string? code) =>
        code == Total || code is { Length: >= 2 and <= 10 } && code.Length % 2 == 0 && code.All(char.IsAsciiDigit);

    /// <summary>Whether <paramref name="inner"/> is a code inside <paramref name="outer"/> (7403 inside 74).</summary>
    public static bool IsInside(string inner, string outer) =>
        outer != Total && inner != Total && inner.Length > outer.Length && inner.StartsWith(outer, StringComparison.Ordinal);

    /// <summary>
    /// Whether <paramref name="inner"/> lies inside any of <paramref name="codes"/>: its shorter prefixes looked up, so
    /// that a sum over thousands of codes (a month of a Comtrade import) is not a comparison of every pair.
    /// </summary>
    public static bool IsInsideAny(string inner, IReadOnlySet<string> codes)
    {
        for (var length = inner.Length - 1; length > 0; length--)
        {
            if (codes.Contains(inner[..length]) && IsInside(inner, inner[..length]))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The codes strictly inside <paramref name="code"/> as a range of strings, so that SQL reads them from an index:
    /// every longer code that starts with 74 lies between <c>74</c> and <c>75</c>, both excluded. Null for TOTAL.
    /// </summary>
    public static (string After, string Before)? InsideRange(string code) =>
        code == Total || code.Length == 0 ? null : (code, code[..^1] + (char)(code[^1] + 1));

    // The metal a category's ores are named after: an iron-ore card says "Iron ore", not "Iron and steel"; with the
    // keys of its ore's and scrap's names in each language (HsClassification.*.resx).
    private static readonly Dictionary<string, (string Metal, string Ore, string Scrap)> s_oreOf = new(StringComparer.Ordinal)
    {
        ["copper"] = ("Copper", "copper.ore", "copper.scrap"), ["aluminium"] = ("Aluminium", "aluminium.ore", "aluminium.scrap"),
        ["iron"] = ("Iron", "iron.ore", "iron.scrap"), ["zinc"] = ("Zinc", "zinc.ore", "zinc.scrap"),
        ["chromium"] = ("Chromium", "chromium.ore", "chromium.scrap"), ["manganese"] = ("Manganese", "manganese.ore", "manganese.scrap"),
        ["lead"] = ("Lead", "lead.ore", "lead.scrap"),
    };

    /// <summary>
    /// The category as a reader names a product of it: <c>Iron ore</c> for ores and concentrates of a metal, <c>Copper
    /// scrap</c>, else the category's own name (<c>Iron and steel</c>, <c>Salt</c>).
    /// </summary>
    public static string Label(string categoryId, Stage stage) => (s_oreOf.TryGetValue(categoryId, out var metal), stage) switch
    {
        (true, Stage.Ore) => $"{metal.Metal} ore",
        (true, Stage.Scrap) => $"{metal.Metal} scrap",
        _ => TryGetCategory(categoryId, out var category) ? category.Name : categoryId,
    };

    /// <summary>
    /// <see cref="Label(string, Stage)"/> in <paramref name="language"/>: <c>Iron ore</c>, <c>铁矿砂</c>, <c>لوہے کی کچ دھات</c>.
    /// (The English one without a language names series, which the charts' CSV names so in every language.)
    /// </summary>
    public static string Label(string categoryId, Stage stage, Languages.Language language) => (s_oreOf.TryGetValue(categoryId, out var metal), stage) switch
    {
        (true, Stage.Ore) => s_texts[metal.Ore, language],
        (true, Stage.Scrap) => s_texts[metal.Scrap, language],
        _ => CategoryName(categoryId, language),
    };

    /// <summary><see cref="Label(string, IEnumerable{string})"/> in <paramref name="language"/>.</summary>
    public static string Label(string categoryId, IEnumerable<string> codes, Languages.Language language) => Label(categoryId, OnlyStage(codes), language);

    /// <summary>The label of a sum of codes: <c>Iron ore</c> when every code is an ore, else the category's name.</summary>
    public static string Label(string categoryId, IEnumerable<string> codes) => Label(categoryId, OnlyStage(codes));

    /// <summary>The stage every code shares, else <see cref="Stage.Unclassified"/>.</summary>
    private static Stage OnlyStage(IEnumerable<string> codes)
    {
        Stage? only = null;
        foreach (var code in codes)
        {
            var stage = Classify(code).Stage;
            if (only is { } seen && seen != stage)
            {
                return Stage.Unclassified;
            }
            only = stage;
        }
        return only ?? Stage.Unclassified;
    }

    /// <summary>
    /// How far the goods are processed, in a reader's words: <c>raw</c> (ores, concentrates, crude minerals),
    /// <c>processed</c> (metal, articles), <c>scrap</c>; null where the code says nothing (all goods, codes outside the
    /// mapping). The value-added chart groups by the same words.
    /// </summary>
    public static string? StageWords(Stage stage) => stage switch
    {
        Stage.Ore => "raw",
        Stage.Metal or Stage.Articles or Stage.MetalAndArticles => "processed",
        Stage.Scrap => "scrap",
        _ => null,
    };

    /// <summary>A figure's category and stage for a table: <c>Copper, raw</c>, <c>Salt, raw</c>, <c>Precious stones</c>.</summary>
    public static string Describe(string categoryId, Stage stage, Languages.Language? language = null)
    {
        language ??= Languages.Language.Current;
        var name = CategoryName(categoryId, language);
        return StageWords(stage) is { } words
            ? s_texts.Format("CategoryAndStage", language, ("category", name), ("stage", s_texts[words, language]))
            : name;
    }

    private static readonly Languages.Texts s_texts = new(typeof(HsClassification));

    /// <summary>A category's name in <paramref name="language"/> (the page's by default); an id we do not know, as it is.</summary>
    public static string CategoryName(string categoryId, Languages.Language? language = null) =>
        TryGetCategory(categoryId, out _) ? s_texts[categoryId, language ?? Languages.Language.Current] : categoryId;

    /// <summary>Processed stages: what the planning minister's goal depends on.</summary>
    public static bool IsProcessed(Stage stage) => stage is Stage.Metal or Stage.Articles or Stage.MetalAndArticles;
}
