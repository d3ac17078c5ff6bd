using System.Text;
using System.Text.Json;

namespace MineralTrade.Reliability;

/// <summary>
/// Query strings as a careless user or an attacker writes them, from a seed: valid values, values known to be wrong,
/// and garbage (odd bytes, escapes, lengths, shapes), over every GET endpoint and page. <see cref="Check"/> says what a
/// right answer to each looks like. Shared by the fixed-seed test (FuzzTests) and the long run (tests/reliability/fuzz).
/// </summary>
public sealed class FuzzQueries(int seed)
{
    /// <summary>The filter's parameters, as a client writes them; FuzzTests fails if the application's list differs.</summary>
    public static readonly string[] FilterParameters = ["category", "hs", "reporter", "exporter", "importer", "from", "to", "period"];

    /// <summary>
    /// Paths that read the filter: the API answers 400 problem+json for a bad one, the pages a message. A product
    /// page's chart CSVs read it as the page does (the flow; other filters, valid, are not read); /compare's pairs read
    /// <c>page</c> too, one of the odd names.
    /// </summary>
    public static readonly string[] FilterApis = ["/api/figures", "/api/growth", "/api/totals", "/api/figures.csv", "/api/mirror", "/api/mirror.csv", "/api/charts/growth.csv", "/api/charts/by-category.csv",
        "/api/charts/pairs.csv", "/api/products/2603/charts/series-annual.csv", "/api/products/TOTAL/charts/mirror.csv", "/api/products/2603/charts/suppliers.csv"];

    /// <summary>Pages that read the filter; a page with a route parameter is fuzzed at a few of its values.</summary>
    public static readonly string[] FilterPages = ["/", "/figures", "/products", "/compare", "/products/74", "/products/2603", "/products/TOTAL", "/products/9999"];

    /// <summary>Paths that take no query: whatever is appended, the answer is the same success.</summary>
    public static readonly string[] OtherPaths = ["/api/categories", "/api/targets", "/about", "/health", "/health/ready", "/api/figures/1/history", "/updates"];

    /// <summary>Paths that read only the paging parameters: 400 problem+json naming limit or cursor, or 200.</summary>
    public static readonly string[] PagedPaths = ["/api/imports"];

    /// <summary>
    /// Paths that read one HS code, the importer, the reporter and the months (year, month, window) besides paging:
    /// 400 problem+json naming only those, 404 problem+json where the store has no figure for the table, or 200.
    /// </summary>
    public static readonly string[] SupplierPaths = ["/api/suppliers", "/api/suppliers.csv"];

    private static readonly string[] s_supplierParameters = ["hs", "importer", "reporter", "year", "month", "window", "limit", "cursor"];

    public static IEnumerable<string> AllPaths => FilterApis.Concat(FilterPages).Concat(OtherPaths).Concat(PagedPaths).Concat(SupplierPaths);

    private static readonly Dictionary<string, string[]> s_valid = new()
    {
        ["category"] = ["copper", "aluminium", "iron", "zinc", "chromium", "gemstones", "all-goods", "other"],
        ["hs"] = ["74", "2603", "253010", "TOTAL", "7403"],
        ["reporter"] = ["CN-GACC", "PK-SBP", "PK-PBS", "unstated"],
        ["exporter"] = ["PK", "CN", "WORLD"],
        ["importer"] = ["CN", "PK", "WORLD"],
        ["from"] = ["2000", "2015", "2020", "2023", "2025"],
        ["to"] = ["2021", "2024", "2025", "2030"],
        ["period"] = ["annual", "half-year", "quarter", "month", "fiscal-year", "other", "any"],
    };

    private static readonly Dictionary<string, string[]> s_invalid = new()
    {
        ["category"] = ["gold", "copper zinc", "<img src=x onerror=alert(1)>", "'; DROP TABLE Figures;--"],
        ["hs"] = ["copper", "1", "00000000000000000000000000000", "74.03", "-74"],
        ["reporter"] = ["<script>", "CN GACC", new string('A', 40), "\"quoted\""],
        ["exporter"] = ["Pakistan", "P", "12", "WORLDS"],
        ["importer"] = ["China", "C-N", "%"],
        ["from"] = ["abc", "-1", "99999999999999999999", "2020.5", "1e3", "0x7E9"],
        ["to"] = ["xyz", "2020-01", "999", "１２３"],
        ["period"] = ["weekly", "annualy", "ANNUAL!", "0"],
    };

    private static readonly string[] s_oddNames = ["limit", "cursor", "sort", "page", "pageSize", "q", "Category", "FROM", "__proto__", "category[]", "", "%00"];

    private readonly Random _random = new(seed);

    public FuzzQuery Next()
    {
        var path = Pick(AllPaths.ToArray());
        var parts = new List<string>();
        var bad = new HashSet<string>(StringComparer.Ordinal);
        var unsure = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var singles = new Dictionary<string, string>();
        var count = _random.Next(0, 7);
        for (var i = 0; i < count; i++)
        {
            var roll = _random.Next(100);
            if (roll < 8)
            {
                // Unknown or oddly cased names, and shapes a parser may trip on.
                var odd = Pick(s_oddNames);
                parts.Add(_random.Next(4) switch { 0 => odd, 1 => $"{odd}=", 2 => $"={Garbage()}", _ => $"{Escape(odd)}={Garbage()}" });
                unsure.Add(odd);
                continue;
            }
            var name = Pick(FilterParameters);
            var single = name is not ("category" or "hs" or "reporter");
            string value;
            if (roll < 55)
            {
                value = Pick(s_valid[name]);
                if (single && singles.TryGetValue(name, out var earlier))
                {
                    // Two different values: wrong. The same one twice: the pages take it, the API reads "2021,2021".
                    (earlier.Equals(value, StringComparison.OrdinalIgnoreCase) ? unsure : bad).Add(name);
                }
            }
            else if (roll < 80)
            {
                value = Pick(s_invalid[name]);
                bad.Add(name);
            }
            else
            {
                value = Garbage();
                unsure.Add(name);
            }
            if (single && roll < 80)
            {
                // Garbage may be empty (and so absent): only a known value makes a second one an error.
                singles.TryAdd(name, value);
            }
            parts.Add($"{name}={(roll >= 80 && _random.Next(2) == 0 ? value : Escape(value))}");
        }
        // A from after to is wrong, when each is one valid year (a second value makes that parameter the error instead).
        if (singles.TryGetValue("from", out var from) && singles.TryGetValue("to", out var to)
            && int.TryParse(from, out var f) && int.TryParse(to, out var t) && f > t && s_valid["from"].Contains(from) && s_valid["to"].Contains(to)
            && parts.Count(p => p.StartsWith("from=", StringComparison.Ordinal)) == 1 && parts.Count(p => p.StartsWith("to=", StringComparison.Ordinal)) == 1
            && !unsure.Contains("from") && !unsure.Contains("to"))
        {
            bad.Add("from");
        }
        var separator = _random.Next(10) == 0 ? "&&" : "&";
        var query = parts.Count == 0 && _random.Next(3) == 0 ? "?" : parts.Count == 0 ? "" : "?" + string.Join(separator, parts);
        return new FuzzQuery(path, query, bad, unsure);
    }

    private T Pick<T>(T[] items) => items[_random.Next(items.Length)];

    private static string Escape(string value) => Uri.EscapeDataString(value);

    /// <summary>Text no form would send: raw and escaped bytes (invalid UTF-8, NUL, controls), scripts, long runs, near-numbers.</summary>
    private string Garbage() => _random.Next(9) switch
    {
        0 => string.Concat(Enumerable.Range(0, _random.Next(1, 12)).Select(_ => $"%{_random.Next(256):X2}")),
        1 => "%" + (char)_random.Next('g', 'z'),
        // At most 900 bytes escaped: six of these stay under the server's 8 KB request line.
        2 => Escape(new string((char)_random.Next(0x20, 0x2FFF), _random.Next(1, 100))),
        3 => Escape(_random.Next(2) == 0 ? "<img src=x onerror=alert(1)>" : "\"'><svg/onload=alert(1)>"),
        4 => _random.NextInt64(long.MinValue, long.MaxValue).ToString(System.Globalization.CultureInfo.InvariantCulture),
        5 => Escape(string.Concat(Enumerable.Range(0, _random.Next(1, 30)).Select(_ => (char)_random.Next(0, 0x80)))),
        6 => "%F0%9F%92%A9" + "%E2%80%AE" + "%EF%BB%BF",
        7 => Escape(new string('9', _random.Next(1, 400))),
        _ => "",
    };

    /// <summary>
    /// What is wrong with an answer, or null when it is right: never a 5xx; a bad filter on the API is 400
    /// problem+json whose errors name only parameters of the query, each message naming its parameter; a valid one is
    /// 200; a page answers 200 and shows the filter's errors exactly when the filter is bad; other paths ignore the query.
    /// A rate limit's 429 would be a failure: the run must be configured not to hit one.
    /// </summary>
    public static string? Check(FuzzQuery query, int status, string? mediaType, string body)
    {
        if (status >= 500)
        {
            return $"{status}";
        }
        if (WithControls(query.Query) is { Count: > 0 } held)
        {
            // One rule before any parser (Infrastructure/QueryText.cs): 400 naming a parameter that holds one.
            return status == 400 && mediaType == "application/problem+json" && NamesOnly(body, [.. held], held)
                ? null
                : $"{status} for a query holding a control character in {string.Join(", ", held)}";
        }
        if (PagedPaths.Contains(query.Path))
        {
            return status == 200 || (status == 400 && mediaType == "application/problem+json" && NamesOnly(body, ["limit", "cursor"], query.Names))
                ? null
                : $"{status} for a path that reads only limit and cursor";
        }
        if (SupplierPaths.Contains(query.Path))
        {
            // A bad value of a parameter it reads is refused, naming it; any other parameter is not read.
            var read = query.Bad.Where(b => s_supplierParameters.Contains(b)).ToList();
            return status switch
            {
                200 when read.Count == 0 => null,
                200 => $"200 despite bad {string.Join(", ", read)}",
                404 when mediaType == "application/problem+json" => null,
                // hs is required: named when the query lacks it too.
                400 when mediaType == "application/problem+json" && NamesOnly(body, s_supplierParameters, query.Names.Append("hs").ToHashSet(StringComparer.OrdinalIgnoreCase)) => null,
                _ => $"{status} ({mediaType}) for a supplier table",
            };
        }
        var isApi = FilterApis.Contains(query.Path);
        var isPage = FilterPages.Contains(query.Path);
        if (!isApi && !isPage)
        {
            return status == 200 ? null : $"{status} for a path that ignores its query";
        }
        if (isPage)
        {
            var showsErrors = body.Contains("data-testid=\"filter-errors\"", StringComparison.Ordinal);
            if (status != 200)
            {
                return $"{status} from a page";
            }
            if (query.Bad.Count > 0 && !showsErrors)
            {
                return $"the page shows no filter errors for {string.Join(", ", query.Bad)}";
            }
            if (query.Bad.Count == 0 && query.Unsure.Count == 0 && showsErrors)
            {
                return "the page shows filter errors for a valid filter";
            }
            return null;
        }
        if (status == 200)
        {
            return query.Bad.Count > 0 ? $"200 despite bad {string.Join(", ", query.Bad)}" : null;
        }
        if (status != 400)
        {
            return $"{status}, expected 200 or 400";
        }
        if (query.Bad.Count == 0 && query.Unsure.Count == 0)
        {
            return "400 for a valid filter";
        }
        if (mediaType != "application/problem+json")
        {
            return $"400 as {mediaType}, not application/problem+json";
        }
        using var problem = JsonDocument.Parse(body);
        if (!problem.RootElement.TryGetProperty("errors", out var errors) || errors.ValueKind != JsonValueKind.Object)
        {
            return "400 without errors per parameter";
        }
        var named = errors.EnumerateObject().ToList();
        if (named.Count == 0)
        {
            return "400 with no parameter named";
        }
        var inQuery = query.Names;
        foreach (var parameter in named)
        {
            if (!inQuery.Contains(parameter.Name))
            {
                return $"400 names '{parameter.Name}', which the query does not hold";
            }
            if (parameter.Value.EnumerateArray().Any(m => m.GetString()?.Contains(parameter.Name, StringComparison.OrdinalIgnoreCase) != true))
            {
                return $"a message for '{parameter.Name}' does not name it";
            }
        }
        var missing = query.Bad.Where(b => !named.Any(n => n.Name.Equals(b, StringComparison.OrdinalIgnoreCase))).ToList();
        return missing.Count > 0 ? $"400 does not name {string.Join(", ", missing)}" : null;
    }

    /// <summary>A problem whose errors name only <paramref name="allowed"/> parameters, each one the query holds.</summary>
    /// <summary>The parameters whose name or value, decoded, holds a control character (U+0000-U+001F, U+007F-U+009F).</summary>
    private static HashSet<string> WithControls(string query)
    {
        var held = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var part in query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var pair = part.Split('=', 2);
            var name = Decode(pair[0]);
            if (name.Any(IsControl) || pair.Length > 1 && Decode(pair[1]).Any(IsControl))
            {
                held.Add(name);
            }
        }
        return held;

        static string Decode(string text) => Uri.UnescapeDataString(text.Replace('+', ' '));
        static bool IsControl(char c) => c is <= '\u001F' or >= '\u007F' and <= '\u009F';
    }

    private static bool NamesOnly(string body, string[] allowed, IReadOnlySet<string> inQuery)
    {
        using var problem = JsonDocument.Parse(body);
        return problem.RootElement.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Object
            && errors.EnumerateObject().Any()
            && errors.EnumerateObject().All(e => allowed.Contains(e.Name) && inQuery.Contains(e.Name));
    }
}

/// <param name="Bad">Parameters given a value known to be wrong: the answer must name each.</param>
/// <param name="Unsure">Parameters given garbage or odd names: right or wrong, depending on the bytes.</param>
public sealed record FuzzQuery(string Path, string Query, IReadOnlySet<string> Bad, IReadOnlySet<string> Unsure)
{
    public string Url => Path + Query;

    /// <summary>The parameter names the query holds, decoded as the server decodes them.</summary>
    public IReadOnlySet<string> Names =>
        Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => Decode(p.Split('=')[0]))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);

    private static string Decode(string text)
    {
        try
        {
            return Uri.UnescapeDataString(text.Replace('+', ' '));
        }
        catch (UriFormatException)
        {
            return text;
        }
    }

    public override string ToString() => Url;
}
