using System.Globalization;
using MineralTrade.Web.Features.Languages;

namespace MineralTrade.Web.Features.Figures;

/// <summary>Months as yyyymm integers (202501), the way figures store them.</summary>
public static class Period
{
    /// <summary>The years a figure may have: beyond them a period is a typing error, not trade.</summary>
    public const int MinYear = 1900, MaxYear = 2100;

    public static int Year(int month) => month / 100;

    public static int MonthOfYear(int month) => month % 100;

    public static int Of(int year, int monthOfYear) => year * 100 + monthOfYear;

    /// <summary>The same month one year earlier: what a like-for-like comparison pairs with.</summary>
    public static int YearBefore(int month) => month - 100;

    /// <summary>Number of months from <paramref name="start"/> to <paramref name="end"/>, both included.</summary>
    public static int Months(int start, int end) =>
        (Year(end) - Year(start)) * 12 + MonthOfYear(end) - MonthOfYear(start) + 1;

    public static PeriodKind KindOf(int start, int end)
    {
        int months = Months(start, end), first = MonthOfYear(start);
        return (months, first) switch
        {
            (1, _) => PeriodKind.Month,
            (12, 1) => PeriodKind.Annual,
            (12, 7) => PeriodKind.FiscalYear,
            (6, 1 or 7) => PeriodKind.HalfYear,
            (3, 1 or 4 or 7 or 10) => PeriodKind.Quarter,
            _ => PeriodKind.Other,
        };
    }

    /// <summary>ISO 8601 year and month: <c>2025-01</c>.</summary>
    public static string Format(int month) => $"{Year(month):D4}-{MonthOfYear(month):D2}";

    /// <summary>Reads <c>YYYY-MM</c>.</summary>
    public static bool TryParse(string? text, out int month)
    {
        month = 0;
        if (text is not { Length: 7 } || text[4] != '-'
            || !int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(text.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var m)
            || year is < MinYear or > MaxYear || m is < 1 or > 12)
        {
            return false;
        }
        month = Of(year, m);
        return true;
    }

    public static int Parse(string text) =>
        TryParse(text, out var month) ? month : throw new FormatException($"'{text}' is not a month as YYYY-MM.");

    /// <summary>
    /// Whether a reporter counts by Pakistan's fiscal year (July–June): Pakistan's agencies do, so their quarters and
    /// half years are named within it (decision 0102).
    /// </summary>
    public static bool CountsByFiscalYear(string reporter) => reporter.StartsWith("PK-", StringComparison.OrdinalIgnoreCase);

    /// <summary>The fiscal year that <paramref name="month"/> falls in, by the calendar year it starts in (July 2025: 2025).</summary>
    public static int FiscalYearOf(int month) => MonthOfYear(month) >= 7 ? Year(month) : Year(month) - 1;

    /// <summary>
    /// A label a reader understands: <c>2025</c>, <c>H1 2025</c>, <c>Q3 2025</c>, <c>Dec 2021</c>, <c>FY2023-24</c>,
    /// <c>Jan–May 2023</c>. With <paramref name="fiscal"/>, quarters and half years are named within the fiscal year,
    /// with their months: <c>Q1 FY2025-26 (Jul–Sep 2025)</c>. In <paramref name="language"/>'s words (the current
    /// language's by default, decision 0112).
    /// </summary>
    public static string Label(int start, int end, bool fiscal = false, Language? language = null) =>
        OneLine(LabelLines(start, end, fiscal, language), language);

    // A name and its months on one line: "Q1 FY2025-26 (Jul–Sep 2025)".
    private static string OneLine(string[] lines, Language? language) => lines switch
    {
        [var only] => only,
        [var name, var months] => PeriodNames.For(language ?? Language.Current).WithMonths(name, months),
        _ => string.Join(' ', lines),
    };

    /// <summary>The label of a period as <paramref name="reporter"/> counts it (decision 0102).</summary>
    public static string Label(int start, int end, string reporter, Language? language = null) => Label(start, end, CountsByFiscalYear(reporter), language);

    /// <summary>
    /// The label of a period shown for several reporters at once (a pair, a chart's axis, a table's row): their own
    /// name where they all count alike, and where a fiscal and a calendar reporter meet, the months alone
    /// (<c>Jul–Sep 2025</c>), which neither names otherwise (decision 0102). The one rule every page, chart, table and
    /// tooltip follows.
    /// </summary>
    public static string Label(int start, int end, IEnumerable<string> reporters, Language? language = null) =>
        OneLine(LabelLines(start, end, reporters, language), language);

    /// <summary><see cref="Label(int, int, IEnumerable{string}, Language)"/> in the lines of an axis label.</summary>
    public static string[] LabelLines(int start, int end, IEnumerable<string> reporters, Language? language = null) =>
        reporters.Select(CountsByFiscalYear).Distinct().ToList() switch
        {
            [true] => LabelLines(start, end, fiscal: true, language),
            [true, false] or [false, true] when KindOf(start, end) is PeriodKind.Quarter or PeriodKind.HalfYear =>
                [PeriodNames.For(language ?? Language.Current).Months(start, end)],
            _ => LabelLines(start, end, fiscal: false, language),
        };

    /// <summary>
    /// The label in one or two lines, for an axis: a fiscal quarter's name, then its months
    /// (<c>["Q1 FY2025-26", "Jul–Sep 2025"]</c>); every other period in one line.
    /// </summary>
    public static string[] LabelLines(int start, int end, bool fiscal = false, Language? language = null)
    {
        var names = PeriodNames.For(language ?? Language.Current);
        var kind = KindOf(start, end);
        if (fiscal && kind is PeriodKind.Quarter or PeriodKind.HalfYear)
        {
            var fiscalYear = FiscalYearOf(start);
            var monthsIn = Months(Of(fiscalYear, 7), start) - 1;
            var half = kind == PeriodKind.HalfYear;
            return [names.Part(names.FiscalYear(fiscalYear), half ? monthsIn / 6 + 1 : monthsIn / 3 + 1, half), names.Months(start, end)];
        }
        return
        [
            kind switch
            {
                PeriodKind.Annual => names.Year(Year(start)),
                PeriodKind.HalfYear => names.Part(names.Year(Year(start)), MonthOfYear(start) == 1 ? 1 : 2, half: true),
                PeriodKind.Quarter => names.Part(names.Year(Year(start)), (MonthOfYear(start) + 2) / 3, half: false),
                PeriodKind.Month => names.Month(Year(start), MonthOfYear(start)),
                PeriodKind.FiscalYear => names.FiscalYear(Year(start)),
                _ => names.Months(start, end),
            },
        ];
    }

    /// <summary>Months from one period of <paramref name="kind"/> to the next: 12 for years, 6, 3, 1.</summary>
    public static int Step(PeriodKind kind) => kind switch
    {
        PeriodKind.Annual or PeriodKind.FiscalYear => 12,
        PeriodKind.HalfYear => 6,
        PeriodKind.Quarter => 3,
        PeriodKind.Month => 1,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Only years, half years, quarters and months follow each other."),
    };

    public static int AddMonths(int month, int months)
    {
        var index = Year(month) * 12 + MonthOfYear(month) - 1 + months;
        return Of(index / 12, index % 12 + 1);
    }

    /// <summary>
    /// Every period of <paramref name="kind"/> from the one starting in <paramref name="firstStart"/> to the one starting
    /// in <paramref name="lastStart"/>: the categories of a time axis, gaps included.
    /// </summary>
    public static IEnumerable<(int Start, int End)> Sequence(PeriodKind kind, int firstStart, int lastStart)
    {
        var step = Step(kind);
        for (var start = firstStart; start <= lastStart; start = AddMonths(start, step))
        {
            yield return (start, AddMonths(start, step - 1));
        }
    }
}
