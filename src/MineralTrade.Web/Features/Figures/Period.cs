using System.Globalization;

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

    /// <summary>A label a reader understands: <c>2025</c>, <c>H1 2025</c>, <c>Dec 2021</c>, <c>FY 2023-24</c>, <c>Jan–May 2023</c>.</summary>
    public static string Label(int start, int end)
    {
        var culture = CultureInfo.InvariantCulture;
        string MonthName(int m) => culture.DateTimeFormat.GetAbbreviatedMonthName(MonthOfYear(m));
        return KindOf(start, end) switch
        {
            PeriodKind.Annual => $"{Year(start)}",
            PeriodKind.HalfYear => $"H{(MonthOfYear(start) == 1 ? 1 : 2)} {Year(start)}",
            PeriodKind.Quarter => $"Q{(MonthOfYear(start) + 2) / 3} {Year(start)}",
            PeriodKind.Month => $"{MonthName(start)} {Year(start)}",
            PeriodKind.FiscalYear => $"FY {Year(start)}-{Year(end) % 100:D2}",
            _ when Year(start) == Year(end) => $"{MonthName(start)}–{MonthName(end)} {Year(start)}",
            _ => $"{MonthName(start)} {Year(start)}–{MonthName(end)} {Year(end)}",
        };
    }
}
