namespace MineralTrade.Web.Components.Charts;

/// <summary>What every chart of the site shares in its ApexCharts options.</summary>
public static class ChartOptions
{
    /// <summary>The <c>chart</c> section: drawn at once, no zoom, no toolbar (downloads are the chart's own buttons, decision 0104).</summary>
    public static object Chart(string type, int height, bool stacked = false, string? stackType = null) => new
    {
        type,
        height,
        stacked = stacked ? true : (bool?)null,
        stackType,
        fontFamily = "inherit",
        parentHeightOffset = 0,
        // Drawn at once: no animation to wait for, on a phone or in a screenshot.
        animations = new { enabled = false },
        zoom = new { enabled = false },
        // ApexCharts' menu: no title, view or source in its pictures, a random name and no qualifiers in its CSV.
        toolbar = new { show = false },
    };
}
