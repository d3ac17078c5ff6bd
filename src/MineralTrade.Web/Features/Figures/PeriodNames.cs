using MineralTrade.Web.Features.Languages;

namespace MineralTrade.Web.Features.Figures;

/// <summary>
/// How each language names a period (decision 0112), as its press and statistics offices do: <c>Q1 FY2025-26</c>,
/// <c>2025-26财年第一季度</c>, <c>مالی سال 2025-26 کی پہلی سہ ماہی</c>. Western digits in every language.
/// </summary>
public abstract class PeriodNames
{
    public static PeriodNames For(Language language) =>
        language == Language.Chinese ? s_chinese : language == Language.Urdu ? s_urdu : s_english;

    private static readonly PeriodNames s_english = new EnglishNames(), s_chinese = new ChineseNames(), s_urdu = new UrduNames();

    /// <summary>A fiscal year (July–June) by the calendar year it starts in: <c>FY2024-25</c>.</summary>
    public abstract string FiscalYear(int startYear);

    /// <summary>The <paramref name="number"/>th quarter (<paramref name="half"/>: half year) of a year already named.</summary>
    public abstract string Part(string year, int number, bool half);

    public abstract string Year(int year);

    public abstract string Month(int year, int monthOfYear);

    /// <summary>A run of months: <c>Jan–May 2023</c>, <c>Dec 2023–Feb 2024</c>.</summary>
    public abstract string Months(int start, int end);

    /// <summary>The same months of every year, what a series of half years or quarters repeats: <c>Jan–Jun each year</c>.</summary>
    public abstract string EachYear(int start, int end);

    /// <summary>A name with its months in brackets: <c>Q1 FY2025-26 (Jul–Sep 2025)</c>.</summary>
    public abstract string WithMonths(string name, string months);

    /// <summary>A day: <c>2026-01-27</c>, <c>2026年1月27日</c>, <c>27 جنوری 2026</c>.</summary>
    public abstract string Day(DateOnly day);

    protected static string FiscalDigits(int startYear) => $"{startYear}-{(startYear + 1) % 100:D2}";

    private sealed class EnglishNames : PeriodNames
    {
        private static readonly string[] s_months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

        public override string FiscalYear(int startYear) => $"FY{FiscalDigits(startYear)}";
        public override string Part(string year, int number, bool half) => $"{(half ? 'H' : 'Q')}{number} {year}";
        public override string Year(int year) => $"{year}";
        public override string Month(int year, int monthOfYear) => $"{s_months[monthOfYear - 1]} {year}";
        public override string Months(int start, int end) => Period.Year(start) == Period.Year(end)
            ? $"{s_months[Period.MonthOfYear(start) - 1]}–{s_months[Period.MonthOfYear(end) - 1]} {Period.Year(end)}"
            : $"{Month(Period.Year(start), Period.MonthOfYear(start))}–{Month(Period.Year(end), Period.MonthOfYear(end))}";
        public override string EachYear(int start, int end) => $"{s_months[Period.MonthOfYear(start) - 1]}–{s_months[Period.MonthOfYear(end) - 1]} each year";
        public override string WithMonths(string name, string months) => $"{name} ({months})";
        public override string Day(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>As China's customs and statistics bureau write them: 2025年第三季度, 2025年1—5月.</summary>
    private sealed class ChineseNames : PeriodNames
    {
        private static readonly string[] s_numbers = ["一", "二", "三", "四"];

        public override string FiscalYear(int startYear) => $"{FiscalDigits(startYear)}财年";
        public override string Part(string year, int number, bool half) => half ? $"{year}{(number == 1 ? "上" : "下")}半年" : $"{year}第{s_numbers[number - 1]}季度";
        public override string Year(int year) => $"{year}年";
        public override string Month(int year, int monthOfYear) => $"{year}年{monthOfYear}月";
        public override string Months(int start, int end) => Period.Year(start) == Period.Year(end)
            ? $"{Period.Year(start)}年{Period.MonthOfYear(start)}—{Period.MonthOfYear(end)}月"
            : $"{Month(Period.Year(start), Period.MonthOfYear(start))}—{Month(Period.Year(end), Period.MonthOfYear(end))}";
        public override string EachYear(int start, int end) => $"每年{Period.MonthOfYear(start)}—{Period.MonthOfYear(end)}月";
        public override string WithMonths(string name, string months) => $"{name}（{months}）";
        public override string Day(DateOnly day) => $"{day.Year}年{day.Month}月{day.Day}日";
    }

    /// <summary>As Pakistan's Urdu press writes them: مالی سال 2024-25، 2025 کی تیسری سہ ماہی، اگست 2023.</summary>
    private sealed class UrduNames : PeriodNames
    {
        private static readonly string[] s_months = ["جنوری", "فروری", "مارچ", "اپریل", "مئی", "جون", "جولائی", "اگست", "ستمبر", "اکتوبر", "نومبر", "دسمبر"];
        private static readonly string[] s_ordinals = ["پہلی", "دوسری", "تیسری", "چوتھی"];

        public override string FiscalYear(int startYear) => $"مالی سال {FiscalDigits(startYear)}";
        public override string Part(string year, int number, bool half) => $"{year} کی {s_ordinals[number - 1]} {(half ? "ششماہی" : "سہ ماہی")}";
        public override string Year(int year) => $"{year}";
        public override string Month(int year, int monthOfYear) => $"{s_months[monthOfYear - 1]} {year}";
        public override string Months(int start, int end) => Period.Year(start) == Period.Year(end)
            ? $"{s_months[Period.MonthOfYear(start) - 1]}–{s_months[Period.MonthOfYear(end) - 1]} {Period.Year(end)}"
            : $"{Month(Period.Year(start), Period.MonthOfYear(start))}–{Month(Period.Year(end), Period.MonthOfYear(end))}";
        public override string EachYear(int start, int end) => $"ہر سال {s_months[Period.MonthOfYear(start) - 1]}–{s_months[Period.MonthOfYear(end) - 1]}";
        public override string WithMonths(string name, string months) => $"{name} ({months})";
        public override string Day(DateOnly day) => $"{day.Day} {s_months[day.Month - 1]} {day.Year}";
    }
}
