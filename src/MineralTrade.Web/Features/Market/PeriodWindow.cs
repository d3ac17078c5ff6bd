using System.Text.Json.Serialization;
using MineralTrade.Web.Features.Figures;
using MineralTrade.Web.Features.Languages;

namespace MineralTrade.Web.Features.Market;

/// <summary>How a window's months are counted: one published figure for them, or the monthly figures added up.</summary>
public enum WindowKind
{
    /// <summary>A calendar year: the annual figures (never twelve months added up in their place).</summary>
    [JsonStringEnumMemberName("year")] Year,
    /// <summary>One month: the monthly figures.</summary>
    [JsonStringEnumMemberName("month")] Month,
    /// <summary>January to a month of the same year, as the press reports it: the monthly figures added up.</summary>
    [JsonStringEnumMemberName("ytd")] YearToDate,
    /// <summary>The twelve months to a month: the monthly figures added up.</summary>
    [JsonStringEnumMemberName("12m")] Rolling12,
}

/// <summary>
/// The months a comparison covers (docs/decisions/0064): a year, a month, the year to date or the last twelve months,
/// first and last month inclusive as yyyymm. A window compares only with the same months a year apart.
/// </summary>
public sealed record PeriodWindow(WindowKind Kind, int Start, int End)
{
    public static PeriodWindow Year(int year) => new(WindowKind.Year, Period.Of(year, 1), Period.Of(year, 12));

    public static PeriodWindow Month(int month) => new(WindowKind.Month, month, month);

    public static PeriodWindow YearToDate(int lastMonth) => new(WindowKind.YearToDate, Period.Of(Period.Year(lastMonth), 1), lastMonth);

    public static PeriodWindow Rolling12(int lastMonth) => new(WindowKind.Rolling12, Period.AddMonths(lastMonth, -11), lastMonth);

    /// <summary>The window of <paramref name="kind"/> ending in <paramref name="lastMonth"/> (a year: the year it falls in).</summary>
    public static PeriodWindow Ending(WindowKind kind, int lastMonth) => kind switch
    {
        WindowKind.Year => Year(Period.Year(lastMonth)),
        WindowKind.Month => Month(lastMonth),
        WindowKind.YearToDate => YearToDate(lastMonth),
        _ => Rolling12(lastMonth),
    };

    /// <summary>Whether the window is the monthly figures added up rather than one figure of its months.</summary>
    public bool AddsMonths => Kind is WindowKind.YearToDate or WindowKind.Rolling12;

    /// <summary>The kind of period of the figures read: annual for a year, else months.</summary>
    public PeriodKind FigureKind => Kind == WindowKind.Year ? PeriodKind.Annual : PeriodKind.Month;

    /// <summary>The same months one year earlier: what a like-for-like rate compares with.</summary>
    [JsonIgnore]
    public PeriodWindow YearBefore => this with { Start = Period.YearBefore(Start), End = Period.YearBefore(End) };

    public int MonthCount => Period.Months(Start, End);

    /// <summary>Every month of the window, first to last.</summary>
    public IEnumerable<int> Months => Enumerable.Range(0, MonthCount).Select(i => Period.AddMonths(Start, i));

    /// <summary>
    /// <c>2025</c>, <c>Oct 2026</c>, <c>Jan–Oct 2026</c>, <c>Nov 2025–Oct 2026</c>: the months, as the press writes them
    /// (never "H1" or "FY2025-26", which would name a period of another kind), in the page's language.
    /// </summary>
    public string Label => LabelIn(Language.Current);

    /// <summary><see cref="Label"/> in <paramref name="language"/>'s period names (decision 0112).</summary>
    public string LabelIn(Language language)
    {
        var names = PeriodNames.For(language);
        return Kind == WindowKind.Year ? names.Year(Period.Year(Start))
            : Start == End ? names.Month(Period.Year(Start), Period.MonthOfYear(Start))
            : names.Months(Start, End);
    }

    /// <summary><c>Oct 2026</c>, <c>2026年10月</c>, <c>اکتوبر 2026</c>.</summary>
    public static string MonthLabel(int month, Language? language = null) =>
        PeriodNames.For(language ?? Language.Current).Month(Period.Year(month), Period.MonthOfYear(month));

    private static readonly Texts s_texts = new(typeof(PeriodWindow));

    /// <summary>What the window is, in words: <c>year to date, Jan–Oct 2026</c>, <c>12 months to Oct 2026</c>.</summary>
    public string Words => WordsIn(Language.Current);

    public string WordsIn(Language language) => Kind switch
    {
        WindowKind.YearToDate => s_texts.Format("YearToDate", language, ("months", LabelIn(language))),
        WindowKind.Rolling12 => s_texts.Format("Rolling12", language, ("month", MonthLabel(End, language)), ("months", LabelIn(language))),
        _ => LabelIn(language),
    };

    /// <summary>The query string value of <see cref="Kind"/>: <c>ytd</c>, <c>12m</c>.</summary>
    public string KindName => EnumNames<WindowKind>.Name(Kind);
}
