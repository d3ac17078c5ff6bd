using System.Text.Json.Serialization;
using CsvHelper;
using MineralTrade.Web.Features.Figures;
using MineralTrade.Web.Features.Languages;

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
/// <param name="In">The language of <paramref name="Text"/> where it is known: a page in another language marks it as such.</param>
public sealed record Wording(string? Text, WordingOrigin Origin, string? SourcePublisher = null, string? SourceUrl = null, [property: JsonIgnore] Language? In = null)
{
    public static readonly Wording Unknown = new(null, WordingOrigin.None);

    /// <summary>What a reader sees when no wording is known.</summary>
    public const string UnknownText = "no wording known for this code";

    public string Display => Text ?? UnknownText;
}

/// <summary>
/// The curated HS 2022 wording for the codes the seed holds and the levels above them (<c>data/hs2022.csv</c>), the
/// same codes' wording in another language where a tariff in that language was read (<c>data/hs2022.zh-Hans.csv</c>:
/// China's own tariff headings), and the rule for every other code: the figures' own product name, or nothing.
/// </summary>
public sealed class HsNomenclature(IReadOnlyDictionary<string, Wording> curated, IReadOnlyDictionary<Language, IReadOnlyDictionary<string, Wording>>? translated = null)
{
    public const string FileName = "hs2022.csv";

    /// <summary>The file of <paramref name="language"/>'s wording beside <paramref name="path"/>: <c>hs2022.zh-Hans.csv</c>.</summary>
    public static string FileFor(string path, Language language) =>
        Path.Combine(Path.GetDirectoryName(path) ?? "", $"{Path.GetFileNameWithoutExtension(path)}.{language.Code}{Path.GetExtension(path)}");

    /// <summary>"All goods" is not an HS code: its wording is ours, and says so.</summary>
    public static readonly Wording AllGoods = new("All goods (every chapter together; not an HS code)", WordingOrigin.Source);

    public static HsNomenclature Empty { get; } = new(new Dictionary<string, Wording>());

    public int Count => curated.Count;

    /// <summary>
    /// Reads the curated table and, beside it, each language's (where there is one); a bad line, or a translation of a
    /// code the English table lacks, fails loudly at start-up rather than showing a wrong wording.
    /// </summary>
    public static HsNomenclature Load(string path)
    {
        var curated = Read(path, Language.English);
        var translated = new Dictionary<Language, IReadOnlyDictionary<string, Wording>>();
        foreach (var language in Language.All.Where(l => l != Language.Default && File.Exists(FileFor(path, l))))
        {
            var wording = Read(FileFor(path, language), language);
            if (wording.Keys.FirstOrDefault(code => !curated.ContainsKey(code)) is { } stray)
            {
                throw new InvalidDataException($"{FileFor(path, language)}: '{stray}' is not in {FileName}.");
            }
            translated[language] = wording;
        }
        return new HsNomenclature(curated, translated);
    }

    private static Dictionary<string, Wording> Read(string path, Language language)
    {
        using var reader = CsvReader.FromFile(path, CsvReaderOptions.For<HsDescriptionRow>());
        var curated = new Dictionary<string, Wording>(StringComparer.Ordinal);
        foreach (var row in reader.GetRecords<HsDescriptionRow>())
        {
            var code = row.HsCode.Trim();
            if (!HsClassification.IsValidCode(code) || code == HsClassification.Total || string.IsNullOrWhiteSpace(row.Description)
                || string.IsNullOrWhiteSpace(row.SourcePublisher) || !curated.TryAdd(code, new Wording(row.Description.Trim(), WordingOrigin.Hs2022, row.SourcePublisher.Trim(), row.SourceUrl.Trim(), language)))
            {
                throw new InvalidDataException($"{path}: the line for '{row.HsCode}' is not a unique HS code with a description and its source.");
            }
        }
        return curated;
    }

    /// <summary>
    /// The curated wording in <paramref name="language"/> (the current one by default), else in English (its
    /// <see cref="Wording.In"/> says so), else the figures' own product name, else none. Never a translation made here.
    /// </summary>
    public Wording For(string code, string? productFromFigures = null, Language? language = null) =>
        code == HsClassification.Total ? AllGoods
        : translated?.GetValueOrDefault(language ?? Language.Current)?.TryGetValue(code, out var local) == true ? local
        : curated.TryGetValue(code, out var wording) ? wording
        : string.IsNullOrWhiteSpace(productFromFigures) ? Wording.Unknown
        : new Wording(productFromFigures.Trim(), WordingOrigin.Source);
}
