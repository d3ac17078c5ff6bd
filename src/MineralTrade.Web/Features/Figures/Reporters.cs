namespace MineralTrade.Web.Features.Figures;

/// <summary>What each reporter code means, as data/README.md explains it.</summary>
public static class Reporters
{
    private static readonly Dictionary<string, string> s_meaning = new(StringComparer.OrdinalIgnoreCase)
    {
        ["CN-GACC"] = "China's General Administration of Customs: China's imports from Pakistan",
        ["PK-SBP"] = "State Bank of Pakistan: Pakistan's exports, often by fiscal year (July–June)",
        ["PK-PBS"] = "Pakistan Bureau of Statistics: Pakistan's exports",
        ["PK-TDAP"] = "Trade Development Authority of Pakistan",
        ["PK-MOC"] = "Pakistan's Ministry of Commerce",
        ["unstated"] = "The source does not say whose statistics these are",
    };

    public static string Describe(string reporter) => s_meaning.TryGetValue(reporter, out var meaning) ? meaning : "Reporter named by an import";
}
