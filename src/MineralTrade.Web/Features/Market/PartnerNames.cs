using System.Globalization;
using MineralTrade.Web.Features.Languages;

namespace MineralTrade.Web.Features.Market;

/// <summary>
/// A partner country's name in each language, from <c>data/partners.csv</c> (CLDR's territory names as ICU holds them,
/// embedded in the assembly): never a translation made here. English comes from .NET's region names, as before.
/// </summary>
public static class PartnerNames
{
    private static readonly Texts s_texts = new(typeof(PartnerNames));

    private static readonly Lazy<IReadOnlyDictionary<string, string[]>> s_table = new(Read);

    /// <summary>The table's columns after the code, in this order.</summary>
    public static readonly IReadOnlyList<Language> Columns = [Language.English, Language.Chinese, Language.Urdu];

    /// <summary>
    /// The name of <paramref name="code"/> in <paramref name="language"/> and the language it is in (English where the table
    /// has none in that language); null where the code names no country (an area, a code of the source's own).
    /// </summary>
    public static (string Name, Language In)? Name(string code, Language language)
    {
        if (code.Length != 2 || !code.All(char.IsAsciiLetterUpper))
        {
            return null;
        }
        if (language != Language.English && s_table.Value.TryGetValue(code, out var names)
            && names[Columns.ToList().IndexOf(language)] is { Length: > 0 } name)
        {
            return (name, language);
        }
        try
        {
            return (new RegionInfo(code).EnglishName, Language.English);
        }
        catch (ArgumentException)
        {
            return null; // Not a region .NET knows.
        }
    }

    /// <summary>
    /// <c>Chile (CL)</c>, <c>智利（CL）</c>, <c>چلی (CL)</c> with the code isolated; an English name in another language's
    /// page says it is English; the code alone where it names no country.
    /// </summary>
    public static string Display(string code, Language language)
    {
        if (Name(code, language) is not var (name, @in))
        {
            return code;
        }
        var key = @in == language ? "Partner" : "PartnerInEnglish";
        return s_texts.Format(key, language, ("name", name), ("code", Bidi.Ltr(code, language)));
    }

    private static Dictionary<string, string[]> Read()
    {
        using var stream = typeof(PartnerNames).Assembly.GetManifestResourceStream("MineralTrade.Web.partners.csv")
            ?? throw new InvalidOperationException("data/partners.csv is not embedded.");
        using var reader = global::CsvHelper.CsvReader.Create(stream, global::CsvHelper.CsvReaderOptions.For<PartnerNameRow>(), false);
        var table = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var row in reader.GetRecords<PartnerNameRow>())
        {
            if (row.Code.Length != 2 || !table.TryAdd(row.Code, [row.English, row.Chinese, row.Urdu]))
            {
                throw new InvalidDataException($"data/partners.csv: the line for '{row.Code}' is not a unique two-letter code.");
            }
        }
        return table;
    }
}

/// <summary>One line of <c>data/partners.csv</c>: a territory's code and its names (empty where CLDR has none).</summary>
[global::CsvHelper.CsvRecord]
public sealed partial class PartnerNameRow
{
    [global::CsvHelper.CsvColumn("code")] public string Code { get; set; } = "";
    [global::CsvHelper.CsvColumn("en")] public string English { get; set; } = "";
    [global::CsvHelper.CsvColumn("zh-Hans")] public string Chinese { get; set; } = "";
    [global::CsvHelper.CsvColumn("ur")] public string Urdu { get; set; } = "";
}
