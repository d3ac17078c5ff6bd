using System.Globalization;
using Microsoft.Extensions.Primitives;

namespace MineralTrade.Web.Features.Figures;

/// <summary>
/// The filter's query parameters, spelled once for the API's binding (<see cref="FigureQuery"/>), the pages' query
/// properties (<c>DashboardPage</c>), the filter bar's form and <see cref="FigureFilter.ToQueryString"/>. To add one:
/// a name here, a property on <see cref="FigureFilter"/> with its parsing and writing below, and the two binders
/// (a test fails until they carry it).
/// </summary>
public static class FilterParameter
{
    public const string Category = "category", Hs = "hs", Reporter = "reporter", Exporter = "exporter", Importer = "importer",
        From = "from", To = "to", Period = "period";

    public static readonly IReadOnlyList<string> All = [Category, Hs, Reporter, Exporter, Importer, From, To, Period];
}

/// <summary>
/// What to show: the query string shared by the API, the CSV extract and the dashboard's URLs
/// (<c>?category=copper&amp;category=zinc&amp;from=2022&amp;period=annual</c>). Empty lists and nulls mean "any".
/// </summary>
public sealed record FigureFilter
{
    public static readonly FigureFilter All = new();

    public IReadOnlyList<string> Categories { get; init; } = [];
    public IReadOnlyList<string> HsCodes { get; init; } = [];

    /// <summary>
    /// Codes asked for with every code inside them, written <c>hs=74*</c>: chapter 74's own figures and its headings' and
    /// subheadings' (docs/decisions/0063-hs-code-and-inside.md). Never summed: the rows are listed side by side.
    /// </summary>
    public IReadOnlyList<string> HsCodesWithInside { get; init; } = [];

    /// <summary>The mark after a code that asks for the codes inside it too.</summary>
    public const char InsideMark = '*';
    public IReadOnlyList<string> Reporters { get; init; } = [];
    public string? Exporter { get; init; }
    public string? Importer { get; init; }
    public int? From { get; init; }
    public int? To { get; init; }

    /// <summary>Null: any kind of period.</summary>
    public PeriodKind? Period { get; init; }

    public const string AnyPeriod = "any";
    public const int MinYear = Figures.Period.MinYear, MaxYear = Figures.Period.MaxYear;

    /// <summary>Reads the filter from a query string, or says, per parameter, what is wrong and what is allowed.</summary>
    public static bool TryParse(IEnumerable<KeyValuePair<string, StringValues>> query, out FigureFilter filter, out Dictionary<string, string[]> errors)
    {
        var q = query.ToDictionary(p => p.Key, p => p.Value, StringComparer.OrdinalIgnoreCase);
        errors = [];
        var problems = errors;
        void Problem(string parameter, string message) =>
            problems[parameter] = problems.TryGetValue(parameter, out var existing) ? [.. existing, $"{parameter}: {message}"] : [$"{parameter}: {message}"];

        string[] Values(string name) => q.TryGetValue(name, out var v)
            ? v.Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s!.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).ToArray()
            : [];

        string? Single(string name)
        {
            var values = Values(name);
            if (values.Length > 1)
            {
                Problem(name, $"takes one value; it was given {values.Length}: {string.Join(", ", values.Select(v => $"'{v}'"))}. Allowed: one value (repeated, the same value counts once).");
            }
            return values.FirstOrDefault();
        }

        var categories = new List<string>();
        foreach (var id in Values(FilterParameter.Category))
        {
            if (HsClassification.TryGetCategory(id, out var category))
            {
                categories.Add(category.Id);
            }
            else
            {
                Problem(FilterParameter.Category, $"unknown category '{id}'. Allowed: {string.Join(", ", HsClassification.Categories.Select(c => c.Id))}.");
            }
        }

        var hsCodes = new List<string>();
        var hsWithInside = new List<string>();
        foreach (var code in Values(FilterParameter.Hs))
        {
            var withInside = code.EndsWith(InsideMark);
            var bare = withInside ? code[..^1] : code;
            var normalized = bare.Equals(HsClassification.Total, StringComparison.OrdinalIgnoreCase) ? HsClassification.Total : bare;
            if (withInside && normalized == HsClassification.Total)
            {
                Problem(FilterParameter.Hs, $"'{code}': no HS code lies inside TOTAL by its digits. Allowed: TOTAL alone, or leave hs out for every code.");
            }
            else if (HsClassification.IsValidCode(normalized))
            {
                (withInside ? hsWithInside : hsCodes).Add(normalized);
            }
            else
            {
                Problem(FilterParameter.Hs, $"'{code}' is not an HS code. Allowed: 2, 4, 6, 8 or 10 digits (74, 2603, 253010) or TOTAL; a code followed by * (74*) adds every code inside it.");
            }
        }

        var reporters = new List<string>();
        foreach (var reporter in Values(FilterParameter.Reporter))
        {
            if (Codes.IsReporter(reporter))
            {
                reporters.Add(reporter);
            }
            else
            {
                Problem(FilterParameter.Reporter, $"'{reporter}' is not a reporter code. Allowed: letters, digits and '-' (CN-GACC, PK-SBP, unstated), at most 32.");
            }
        }

        string? Country(string name)
        {
            var value = Single(name);
            if (value is null)
            {
                return null;
            }
            if (Codes.IsCountry(value))
            {
                return value.ToUpperInvariant();
            }
            Problem(name, $"'{value}' is not a country. Allowed: an ISO 3166 alpha-2 code (PK, CN) or WORLD.");
            return null;
        }

        int? Year(string name)
        {
            var value = Single(name);
            if (value is null)
            {
                return null;
            }
            if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= MinYear and <= MaxYear)
            {
                return year;
            }
            Problem(name, $"'{value}' is not a year. Allowed: a year from {MinYear} to {MaxYear}.");
            return null;
        }

        var exporter = Country(FilterParameter.Exporter);
        var importer = Country(FilterParameter.Importer);
        var from = Year(FilterParameter.From);
        var to = Year(FilterParameter.To);
        if (from > to)
        {
            Problem(FilterParameter.From, $"{from} is after {FilterParameter.To}={to}. Allowed: a year no later than '{FilterParameter.To}'.");
        }

        PeriodKind? period = null;
        var periodText = Single(FilterParameter.Period);
        if (periodText is not null && !periodText.Equals(AnyPeriod, StringComparison.OrdinalIgnoreCase))
        {
            if (EnumNames<PeriodKind>.TryParse(periodText, out var kind))
            {
                period = kind;
            }
            else
            {
                Problem(FilterParameter.Period, $"unknown period '{periodText}'. Allowed: {string.Join(", ", EnumNames<PeriodKind>.All)}, {AnyPeriod}.");
            }
        }

        filter = new FigureFilter
        {
            Categories = categories,
            HsCodes = hsCodes,
            HsCodesWithInside = hsWithInside,
            Reporters = reporters,
            Exporter = exporter,
            Importer = importer,
            From = from,
            To = to,
            Period = period,
        };
        return errors.Count == 0;
    }

    /// <summary>Whether a period from <paramref name="start"/> to <paramref name="end"/> lies inside the year range.</summary>
    public bool InYears(int start, int end) =>
        (From is null || Figures.Period.Year(start) >= From) && (To is null || Figures.Period.Year(end) <= To);

    /// <summary>
    /// Whether <paramref name="f"/> is in a group this filter selects (reporter, flow, period kind and years: what a
    /// total's group is made of, docs/decisions/0093), whatever its category and HS code.
    /// </summary>
    public bool InGroups(Figure f) =>
        (Reporters.Count == 0 || Reporters.Any(r => Codes.CanonicalReporter(r) == f.Reporter))
        && (Exporter is null || f.Exporter == Exporter) && (Importer is null || f.Importer == Importer)
        && (Period is null || f.PeriodKind == Period) && InYears(f.PeriodStart, f.PeriodEnd);

    /// <summary>Whether <paramref name="f"/> matches this filter: the same test as the SQL of <c>FigureService.Filtered</c>.</summary>
    public bool Matches(Figure f) => InGroups(f) && InCodes(f);

    /// <summary>Whether <paramref name="f"/>'s category and HS code are among the filter's (any, where it names none).</summary>
    public bool InCodes(Figure f) =>
        (Categories.Count == 0 || Categories.Contains(f.Category))
        && (!HasCodes || HsCodes.Contains(f.HsCode) || HsCodesWithInside.Any(c => c == f.HsCode || HsClassification.IsInside(f.HsCode, c)));

    /// <summary>Whether the filter names HS codes (alone or with the codes inside): a view the summaries do not hold.</summary>
    public bool HasCodes => HsCodes.Count > 0 || HsCodesWithInside.Count > 0;

    /// <summary>The query string that reproduces this filter, in the API's parameter names (no leading '?').</summary>
    public string ToQueryString()
    {
        var parts = new List<string>();
        void Add(string name, string? value)
        {
            if (value is not null)
            {
                parts.Add($"{name}={Uri.EscapeDataString(value)}");
            }
        }
        foreach (var c in Categories) Add(FilterParameter.Category, c);
        foreach (var h in HsCodes) Add(FilterParameter.Hs, h);
        // Digits and the mark only: nothing to escape, and 74* reads better than 74%2A in an address.
        foreach (var h in HsCodesWithInside) parts.Add($"{FilterParameter.Hs}={h}{InsideMark}");
        foreach (var r in Reporters) Add(FilterParameter.Reporter, r);
        Add(FilterParameter.Exporter, Exporter);
        Add(FilterParameter.Importer, Importer);
        Add(FilterParameter.From, From?.ToString(CultureInfo.InvariantCulture));
        Add(FilterParameter.To, To?.ToString(CultureInfo.InvariantCulture));
        Add(FilterParameter.Period, Period is { } p ? EnumNames<PeriodKind>.Name(p) : null);
        return string.Join('&', parts);
    }
}

/// <summary>The columns a <see cref="FigureFilter"/> reads: a figure's, and those the summary rows copy from it.</summary>
public interface IFilteredRow
{
    string Category { get; }
    string Reporter { get; }
    string Exporter { get; }
    string Importer { get; }
    int PeriodStart { get; }
    int PeriodEnd { get; }
    PeriodKind PeriodKind { get; }
}
