namespace MineralTrade.ComtradeStandIn;

/// <summary>Product descriptions as Comtrade's <c>cmdDesc</c> gives them: HS 2022 wording for the codes the tests look at, a plain label for the rest.</summary>
public static class Descriptions
{
    private static readonly Dictionary<string, string> s_known = new()
    {
        ["TOTAL"] = "All Commodities",
        ["25"] = "Salt; sulphur; earths, stone; plastering materials, lime and cement",
        ["26"] = "Ores, slag and ash",
        ["74"] = "Copper and articles thereof",
        ["76"] = "Aluminium and articles thereof",
        ["2501"] = "Salt (including table salt and denatured salt) and pure sodium chloride",
        ["2601"] = "Iron ores and concentrates, including roasted iron pyrites",
        ["2603"] = "Copper ores and concentrates",
        ["2606"] = "Aluminium ores and concentrates",
        ["2610"] = "Chromium ores and concentrates",
        ["7403"] = "Copper; refined and copper alloys, unwrought",
    };

    public static string Of(string code) => s_known.TryGetValue(code, out var known) ? known : $"Stand-in product {code}";
}
