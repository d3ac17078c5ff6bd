using System.Text.Json.Serialization;
using CsvHelper;
using MineralTrade.Web.Features.Figures;

namespace MineralTrade.Web.Features.Products;

/// <summary>One line of <c>data/hs2022.csv</c>: a code's HS 2022 wording and where it was read.</summary>
[CsvRecord]
public sealed partial class HsDescriptionRow
{
    [CsvColumn("hs_code")] public string HsCode { get; set; } = "";
    [CsvColumn("description")] public string Description { get; set; } = "";
    [CsvColumn("source_publisher")] public string SourcePublisher { get; set; } = "";
    [CsvColumn("source_url")] public string SourceUrl { get; set; } = "";
}

/// <summary>Where a code's wording comes from.</summary>
public enum WordingOrigin
{
    /// <summary>The curated HS 2022 table (<c>data/hs2022.csv</c>), read in the WCO's nomenclature.</summary>
    [JsonStringEnumMemberName("hs2022")] Hs2022,
    /// <summary>The product name the figures' own source gives (an imported Comtrade+ file's <c>cmdDesc</c>).</summary>
    [JsonStringEnumMemberName("source")] Source,
    /// <summary>No wording known: the code is shown alone, and says so.</summary>
    [JsonStringEnumMemberName("none")] None,
}

/// <summary>A code's description with its origin: never a wording made up here.</summary>
public sealed record Wording(string? Text, WordingOrigin Origin, string? SourcePublisher = null, string? SourceUrl = null)
{
    public static readonly Wording Unknown = new(null, WordingOrigin.None);

    /// <summary>What a reader sees when no wording is known.</summary>
    public const string UnknownText = "no wording known for this code";

    public string Display => Text ?? UnknownText;
}

/// <summary>
/// The curated HS 2022 wording for the codes the seed holds and the levels above them (<c>data/hs2022.csv</c>), and
/// the rule for every other code: the figures' own product name, or nothing.
/// </summary>
public sealed class HsNomenclature(IReadOnlyDictionary<string, Wording> curated)
{
    public const string FileName = "hs2022.csv";

    /// <summary>"All goods" is not an HS code: its wording is ours, and says so.</summary>
    public static readonly Wording AllGoods = new("All goods (every chapter together; not an HS code)", WordingOrigin.Source);

    public static HsNomenclature Empty { get; } = new(new Dictionary<string, Wording>());

    public int Count => curated.Count;

    /// <summary>Reads the curated table; a bad line fails loudly at start-up rather than showing a wrong wording.</summary>
    public static HsNomenclature Load(string path)
    {
        using var reader = CsvReader.FromFile(path, CsvReaderOptions.For<HsDescriptionRow>());
        var curated = new Dictionary<string, Wording>(StringComparer.Ordinal);
        foreach (var row in reader.GetRecords<HsDescriptionRow>())
        {
            var code = row.HsCode.Trim();
            if (!HsClassification.IsValidCode(code) || code == HsClassification.Total || string.IsNullOrWhiteSpace(row.Description)
                || string.IsNullOrWhiteSpace(row.SourcePublisher) || !curated.TryAdd(code, new Wording(row.Description.Trim(), WordingOrigin.Hs2022, row.SourcePublisher.Trim(), row.SourceUrl.Trim())))
            {
                throw new InvalidDataException($"{path}: the line for '{row.HsCode}' is not a unique HS code with a description and its source.");
            }
        }
        return new HsNomenclature(curated);
    }

    /// <summary>The curated wording, else the figures' own product name, else none.</summary>
    public Wording For(string code, string? productFromFigures = null) =>
        code == HsClassification.Total ? AllGoods
        : curated.TryGetValue(code, out var wording) ? wording
        : string.IsNullOrWhiteSpace(productFromFigures) ? Wording.Unknown
        : new Wording(productFromFigures.Trim(), WordingOrigin.Source);
}
