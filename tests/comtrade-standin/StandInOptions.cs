namespace MineralTrade.ComtradeStandIn;

/// <summary>What the stand-in serves: which periods are released, how many partners, its caps and its key.</summary>
public sealed class StandInOptions
{
    /// <summary>The first year of data, monthly and annual.</summary>
    public int FirstYear { get; set; } = 2015;

    /// <summary>The latest month released (yyyymm).</summary>
    public int LastMonth { get; set; } = 202610;

    /// <summary>The latest year released.</summary>
    public int LastYear { get; set; } = 2025;

    /// <summary>How many partners each reporter trades the main headings with, besides the other side, the world and two areas.</summary>
    public int Partners { get; set; } = 12;

    /// <summary>The records one call of data/v1/get returns at most.</summary>
    public int DataCap { get; set; } = 100_000;

    /// <summary>The records one call of the keyless preview returns at most.</summary>
    public int PreviewCap { get; set; } = 500;

    /// <summary>The key data/v1 accepts; null accepts any key that is not empty.</summary>
    public string? Key { get; set; }

    /// <summary>Descriptions carry markup and a right-to-left override, as hostile input would.</summary>
    public bool HostileText { get; set; }
}
