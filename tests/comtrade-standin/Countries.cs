namespace MineralTrade.ComtradeStandIn;

/// <summary>The reporters and partners the stand-in knows, as UN Comtrade+ numbers and names them (M49: 842 is the USA, 699 India).</summary>
public static class Countries
{
    public sealed record Country(int Code, string Iso, string Name);

    public static readonly Country World = new(0, "W00", "World");
    public static readonly Country China = new(156, "CHN", "China");
    public static readonly Country Pakistan = new(586, "PAK", "Pakistan");

    /// <summary>Partners beyond the two sides, in the order <see cref="StandInOptions.Partners"/> takes them.</summary>
    public static readonly Country[] Others =
    [
        new(36, "AUS", "Australia"), new(76, "BRA", "Brazil"), new(842, "USA", "USA"), new(699, "IND", "India"), new(757, "CHE", "Switzerland"),
        new(251, "FRA", "France"), new(124, "CAN", "Canada"), new(152, "CHL", "Chile"), new(360, "IDN", "Indonesia"), new(392, "JPN", "Japan"),
        new(410, "KOR", "Rep. of Korea"), new(458, "MYS", "Malaysia"), new(484, "MEX", "Mexico"), new(604, "PER", "Peru"),
        new(643, "RUS", "Russian Federation"), new(710, "ZAF", "South Africa"), new(276, "DEU", "Germany"), new(528, "NLD", "Netherlands"),
        new(682, "SAU", "Saudi Arabia"), new(784, "ARE", "United Arab Emirates"), new(792, "TUR", "Türkiye"), new(704, "VNM", "Viet Nam"),
        new(764, "THA", "Thailand"), new(608, "PHL", "Philippines"), new(554, "NZL", "New Zealand"), new(32, "ARG", "Argentina"),
        new(218, "ECU", "Ecuador"), new(12, "DZA", "Algeria"), new(504, "MAR", "Morocco"), new(894, "ZMB", "Zambia"),
        new(180, "COD", "Dem. Rep. of the Congo"), new(4, "AFG", "Afghanistan"), new(364, "IRN", "Iran"), new(398, "KAZ", "Kazakhstan"),
        new(496, "MNG", "Mongolia"), new(104, "MMR", "Myanmar"), new(50, "BGD", "Bangladesh"), new(144, "LKA", "Sri Lanka"),
    ];

    /// <summary>Areas that are not countries: the import skips them.</summary>
    public static readonly Country[] Areas = [new(490, "S19", "Other Asia, nes"), new(899, "_X", "Areas, nes")];
}
