using System.Text.RegularExpressions;
using System.Xml.Linq;
using MineralTrade.Web.Features.Languages;

namespace MineralTrade.UnitTests.Languages;

/// <summary>
/// Every resource (src/MineralTrade.Web/Resources/**/*.resx) has every key in every language, with the same named parts,
/// and every key is used by the code it belongs to (the component or class at the same path): no language lacks a
/// word, and none keeps one the code no longer says.
/// </summary>
public sealed partial class ResourceCoverageTests
{
    private static readonly string s_web = Path.Combine(FindRepository(), "src", "MineralTrade.Web");
    private static readonly string s_resources = Path.Combine(s_web, "Resources");
    private static readonly string[] s_codeExtensions = [".razor", ".cs", ".razor.cs"];

    private static string FindRepository()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "MineralTrade.sln")))
            {
                return folder.FullName;
            }
        }
        throw new InvalidOperationException("MineralTrade.sln not found above the test's folder.");
    }

    /// <summary>Each resource by its path without language and extension: <c>Components/Layout/LanguageSwitch</c>.</summary>
    public static TheoryData<string> Resources()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(s_resources, "*.resx", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var name = Path.GetRelativePath(s_resources, file)[..^".resx".Length].Replace('\\', '/');
            if (!Language.All.Any(l => l != Language.Default && name.EndsWith("." + l.Code, StringComparison.Ordinal)))
            {
                data.Add(name);
            }
        }
        return data;
    }

    private static Dictionary<string, string> Read(string resource, Language language)
    {
        var path = Path.Combine(s_resources, resource + (language == Language.Default ? "" : "." + language.Code) + ".resx");
        Assert.True(File.Exists(path), $"{resource}: no {language.EnglishName} file ({Path.GetFileName(path)})");
        return XDocument.Load(path).Root!.Elements("data").ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "");
    }

    [GeneratedRegex(@"\{([A-Za-z]+)\}")]
    private static partial Regex Part();

    private static string[] Parts(string text) => [.. Part().Matches(text).Select(m => m.Groups[1].Value).Distinct().Order(StringComparer.Ordinal)];

    [Fact]
    public void ThereAreResources() => Assert.True(Resources().Count > 0);

    [Theory]
    [MemberData(nameof(Resources))]
    public void EveryKey_IsInEveryLanguage_WithTheSameNamedParts(string resource)
    {
        var english = Read(resource, Language.Default);
        foreach (var language in Language.All.Where(l => l != Language.Default))
        {
            var other = Read(resource, language);
            Assert.True(english.Keys.Order().SequenceEqual(other.Keys.Order()),
                $"{resource}.{language.Code}: missing [{string.Join(", ", english.Keys.Except(other.Keys))}], extra [{string.Join(", ", other.Keys.Except(english.Keys))}]");
            Assert.All(english, e =>
            {
                Assert.False(string.IsNullOrWhiteSpace(other[e.Key]), $"{resource}.{language.Code}: '{e.Key}' is empty");
                Assert.True(Parts(e.Value).SequenceEqual(Parts(other[e.Key])), $"{resource}.{language.Code}: '{e.Key}' has parts [{string.Join(", ", Parts(other[e.Key]))}], English [{string.Join(", ", Parts(e.Value))}]");
            });
        }
    }

    [Theory]
    [MemberData(nameof(Resources))]
    public void EveryKey_IsUsedByItsCode(string resource)
    {
        var code = s_codeExtensions.Select(ext => Path.Combine(s_web, resource + ext)).Where(File.Exists).ToList();
        Assert.True(code.Count > 0, $"{resource}: no component or class at {resource}.razor or .cs");
        var text = string.Concat(code.Select(File.ReadAllText));

        // A plural's forms (Key.one, Key.other) are used through their stem: Plural("Key", ...); so is an optional part
        // of a key's words (Key.What: what an abbreviation is, besides its name, read by Texts.Find(code + ".What")).
        var unused = Read(resource, Language.Default).Keys
            .Where(key => !text.Contains($"\"{Regex.Replace(key, @"\.(one|other|What)$", "")}\"", StringComparison.Ordinal)).ToList();
        Assert.True(unused.Count == 0, $"{resource}: keys no code uses: {string.Join(", ", unused)}");
    }
}
