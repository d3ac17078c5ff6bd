namespace MineralTrade.Web.Components.Charts;

/// <summary>What every chart of the site shares in its ApexCharts options.</summary>
public static class ChartOptions
{
    /// <summary>The <c>chart</c> section: drawn at once, no zoom, the toolbar with only its PNG/SVG download.</summary>
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
        toolbar = new { show = true, tools = new { download = true, selection = false, zoom = false, zoomin = false, zoomout = false, pan = false, reset = false } },
    };
}
