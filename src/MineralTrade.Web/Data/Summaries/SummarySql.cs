using MineralTrade.Web.Features.Figures;

namespace MineralTrade.Web.Data.Summaries;

/// <summary>
/// The SQL of the summaries, in one place (docs/decisions/0090): standard SQL that SQLite and PostgreSQL both run,
/// identifiers quoted as EF Core creates them. Touched keys live in temporary tables named <c>summary_*</c>.
/// </summary>
public static class SummarySql
{
    private const string Unstated = $"'{Codes.Unstated}'";

    /// <summary>The series' publisher of a figure: its source where the reporter is <c>unstated</c>, else empty.</summary>
    private static string Publisher(string f) => $"CASE WHEN {f}.\"Reporter\" = {Unstated} THEN {f}.\"SourcePublisher\" ELSE '' END";

    /// <summary>A figure <paramref name="f"/> of the key row <paramref name="k"/> (which has a <c>Publisher</c> column).</summary>
    private static string OfKey(string f, string k, bool withCode = true) =>
        $"{f}.\"Reporter\" = {k}.\"Reporter\" AND {f}.\"Exporter\" = {k}.\"Exporter\" AND {f}.\"Importer\" = {k}.\"Importer\""
        + (withCode ? $" AND {f}.\"HsCode\" = {k}.\"HsCode\"" : "")
        + $" AND {f}.\"PeriodStart\" = {k}.\"PeriodStart\" AND {f}.\"PeriodEnd\" = {k}.\"PeriodEnd\""
        + $" AND ({f}.\"Reporter\" <> {Unstated} OR {f}.\"SourcePublisher\" = {k}.\"Publisher\")";

    /// <summary>Two figures of one series (the publisher counts where the reporter is <c>unstated</c>).</summary>
    private static string SameSeries(string a, string b) =>
        $"{a}.\"Reporter\" = {b}.\"Reporter\" AND {a}.\"Exporter\" = {b}.\"Exporter\" AND {a}.\"Importer\" = {b}.\"Importer\" AND {a}.\"HsCode\" = {b}.\"HsCode\""
        + $" AND ({b}.\"Reporter\" <> {Unstated} OR {a}.\"SourcePublisher\" = {b}.\"SourcePublisher\")";

    /// <summary>Decision 5's order as one number, higher first: a value, then a dataset, then exact, approximate, bound.</summary>
    private static string Rank(string f) =>
        $"(CASE WHEN {f}.\"ValueUsd\" IS NULL THEN 0 ELSE 8 END + CASE WHEN {f}.\"SourceKind\" = 'dataset' THEN 4 ELSE 0 END"
        + $" + CASE {f}.\"Qualifier\" WHEN 'exact' THEN 3 WHEN 'approximate' THEN 2 WHEN 'at_least' THEN 1 ELSE 0 END)";

    /// <summary>Whether <paramref name="b"/> comes before <paramref name="c"/>: rank, then the later publication, then the first stored.</summary>
    private static string Before(string b, string c) =>
        $"({Rank(b)} > {Rank(c)} OR ({Rank(b)} = {Rank(c)} AND ("
        + $"({b}.\"SourceDate\" IS NOT NULL AND ({c}.\"SourceDate\" IS NULL OR {b}.\"SourceDate\" > {c}.\"SourceDate\"))"
        + $" OR (({b}.\"SourceDate\" = {c}.\"SourceDate\" OR ({b}.\"SourceDate\" IS NULL AND {c}.\"SourceDate\" IS NULL)) AND {b}.\"Id\" < {c}.\"Id\"))))";

    public const string DropTemp =
        "DROP TABLE IF EXISTS summary_touched; DROP TABLE IF EXISTS summary_keys; DROP TABLE IF EXISTS summary_currents; "
        + "DROP TABLE IF EXISTS summary_groups; DROP TABLE IF EXISTS summary_losers;";

    public const string CreateTouched =
        "CREATE TEMP TABLE summary_touched (\"Reporter\" TEXT NOT NULL, \"Exporter\" TEXT NOT NULL, \"Importer\" TEXT NOT NULL, \"HsCode\" TEXT NOT NULL, "
        + "\"Publisher\" TEXT NOT NULL, \"PeriodStart\" INTEGER NOT NULL, \"PeriodEnd\" INTEGER NOT NULL);";

    private static readonly string s_touchColumns =
        $"SELECT f.\"Reporter\", f.\"Exporter\", f.\"Importer\", f.\"HsCode\", {Publisher("f")}, f.\"PeriodStart\", f.\"PeriodEnd\" FROM \"Figures\" f";

    public static string Touch(string condition) => $"INSERT INTO summary_touched {s_touchColumns} WHERE {condition};";

    public static readonly string TouchFigure = $"INSERT INTO summary_touched {s_touchColumns} WHERE f.\"Id\" = @id;";

    public const string ForgetPair = "DELETE FROM \"GrowthPairs\" WHERE \"CurrentId\" = @id;";

    /// <summary>The keys of the figures of <paramref name="fromFigures"/> (<c>FROM "Figures" AS f WHERE ...</c>).</summary>
    public static string TouchFrom(string fromFigures) =>
        $"INSERT INTO summary_touched SELECT f.\"Reporter\", f.\"Exporter\", f.\"Importer\", f.\"HsCode\", {Publisher("f")}, f.\"PeriodStart\", f.\"PeriodEnd\" {fromFigures};";

    public static string ForgetPairs(string fromFigures) =>
        $"DELETE FROM \"GrowthPairs\" WHERE \"CurrentId\" IN (SELECT f.\"Id\" {fromFigures});";

    /// <summary>
    /// The keys a touched figure can change: its own (losers, totals), the same months a year later (the pair it is
    /// the base of) and a year earlier (its own base's preference).
    /// </summary>
    public static readonly string ScopeTables =
        "CREATE TEMP TABLE summary_currents AS SELECT DISTINCT \"Reporter\", \"Exporter\", \"Importer\", \"HsCode\", \"Publisher\", \"PeriodStart\", \"PeriodEnd\" FROM summary_touched "
        + "UNION SELECT \"Reporter\", \"Exporter\", \"Importer\", \"HsCode\", \"Publisher\", \"PeriodStart\" + 100, \"PeriodEnd\" + 100 FROM summary_touched; "
        // The groups to total again: those of a touched figure, and those whose growth count a touched figure changes.
        + "CREATE TEMP TABLE summary_groups AS SELECT DISTINCT \"Reporter\", \"Exporter\", \"Importer\", \"Publisher\", \"PeriodStart\", \"PeriodEnd\" FROM summary_currents; "
        + "CREATE TEMP TABLE summary_keys AS SELECT * FROM summary_currents "
        + "UNION SELECT \"Reporter\", \"Exporter\", \"Importer\", \"HsCode\", \"Publisher\", \"PeriodStart\" - 100, \"PeriodEnd\" - 100 FROM summary_touched "
        // Every code of a touched group: its total chooses among them too.
        + $"UNION SELECT f.\"Reporter\", f.\"Exporter\", f.\"Importer\", f.\"HsCode\", {Publisher("f")}, f.\"PeriodStart\", f.\"PeriodEnd\" FROM summary_groups k JOIN \"Figures\" f ON {OfKey("f", "k", withCode: false)};";

    /// <summary>Figures that lose to another of the same series and period: only keys held by more than one figure are examined.</summary>
    public static string Losers(bool full) =>
        "CREATE TEMP TABLE summary_losers (\"Id\" INTEGER PRIMARY KEY); INSERT INTO summary_losers SELECT c.\"Id\" FROM ("
        + (full
            ? "SELECT \"Reporter\", \"Exporter\", \"Importer\", \"HsCode\", \"PeriodStart\", \"PeriodEnd\" FROM \"Figures\""
            : $"SELECT f.\"Reporter\", f.\"Exporter\", f.\"Importer\", f.\"HsCode\", f.\"PeriodStart\", f.\"PeriodEnd\" FROM summary_keys k JOIN \"Figures\" f ON {OfKey("f", "k")}")
        + " GROUP BY 1, 2, 3, 4, 5, 6 HAVING COUNT(*) > 1) k "
        + "JOIN \"Figures\" c ON c.\"Reporter\" = k.\"Reporter\" AND c.\"Exporter\" = k.\"Exporter\" AND c.\"Importer\" = k.\"Importer\" AND c.\"HsCode\" = k.\"HsCode\" "
        + "AND c.\"PeriodStart\" = k.\"PeriodStart\" AND c.\"PeriodEnd\" = k.\"PeriodEnd\" "
        + $"WHERE EXISTS (SELECT 1 FROM \"Figures\" b WHERE {SameSeries("b", "c")} AND b.\"PeriodStart\" = c.\"PeriodStart\" AND b.\"PeriodEnd\" = c.\"PeriodEnd\" "
        + $"AND b.\"Id\" <> c.\"Id\" AND {Before("b", "c")});";

    private static string NotLoser(string f) => $"NOT EXISTS (SELECT 1 FROM summary_losers l WHERE l.\"Id\" = {f}.\"Id\")";

    /// <summary>
    /// A base this much smaller than the later value gives no rate a reader could use (and none a decimal holds):
    /// the rules skip it too (<see cref="Comparisons.MaxGrowthRatio"/>).
    /// </summary>
    private static readonly string s_maxRatio = Comparisons.MaxGrowthRatio.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);

    public static string InsertPairs(bool full) =>
        "INSERT INTO \"GrowthPairs\" (\"CurrentId\", \"PreviousId\", \"Reporter\", \"Exporter\", \"Importer\", \"Publisher\", \"HsCode\", \"Category\", \"PeriodKind\", \"PeriodStart\", \"PeriodEnd\", \"Ratio\") "
        + $"SELECT c.\"Id\", p.\"Id\", c.\"Reporter\", c.\"Exporter\", c.\"Importer\", {Publisher("c")}, c.\"HsCode\", c.\"Category\", c.\"PeriodKind\", c.\"PeriodStart\", c.\"PeriodEnd\", c.\"ValueUsd\" / p.\"ValueUsd\" "
        + (full ? "FROM \"Figures\" c " : $"FROM summary_currents k JOIN \"Figures\" c ON {OfKey("c", "k")} ")
        + $"JOIN \"Figures\" p ON {SameSeries("p", "c")} AND p.\"PeriodStart\" = c.\"PeriodStart\" - 100 AND p.\"PeriodEnd\" = c.\"PeriodEnd\" - 100 AND p.\"Coverage\" = c.\"Coverage\" "
        + $"WHERE c.\"ValueUsd\" IS NOT NULL AND p.\"ValueUsd\" > 0 AND c.\"ValueUsd\" <= p.\"ValueUsd\" * {s_maxRatio} AND {NotLoser("c")} AND {NotLoser("p")};";

    public static readonly string DeletePairs =
        $"DELETE FROM \"GrowthPairs\" WHERE \"CurrentId\" IN (SELECT f.\"Id\" FROM summary_currents k JOIN \"Figures\" f ON {OfKey("f", "k")});";

    private const string TouchedTotal =
        "EXISTS (SELECT 1 FROM summary_groups k WHERE k.\"Reporter\" = \"GroupTotals\".\"Reporter\" "
        + "AND k.\"Exporter\" = \"GroupTotals\".\"Exporter\" AND k.\"Importer\" = \"GroupTotals\".\"Importer\" AND k.\"Publisher\" = \"GroupTotals\".\"Publisher\" "
        + "AND k.\"PeriodStart\" = \"GroupTotals\".\"PeriodStart\" AND k.\"PeriodEnd\" = \"GroupTotals\".\"PeriodEnd\")";

    /// <summary>The touched groups' totals, their parts first (not left to a foreign key's cascade, which SQLite may have off).</summary>
    public const string DeleteTotals =
        $"DELETE FROM \"GroupTotalParts\" WHERE \"TotalId\" IN (SELECT \"Id\" FROM \"GroupTotals\" WHERE {TouchedTotal}); "
        + $"DELETE FROM \"GroupTotals\" WHERE {TouchedTotal};";

    public const string ClearAll = "DELETE FROM \"GrowthPairs\"; DELETE FROM \"GroupTotalParts\"; DELETE FROM \"GroupTotals\"; DELETE FROM \"WindowGrowths\";";

    /// <summary>A touched month's series (any publisher): its windows are computed again (docs/decisions/0066).</summary>
    private static string TouchedSeries(string w) => $"k.\"PeriodStart\" = k.\"PeriodEnd\" AND {OfSeriesKey(w)}";

    private static string OfSeriesKey(string w) =>
        $"k.\"Reporter\" = {w}.\"Reporter\" AND k.\"Exporter\" = {w}.\"Exporter\" AND k.\"Importer\" = {w}.\"Importer\" AND k.\"HsCode\" = {w}.\"HsCode\"";

    public static readonly string DeleteWindows = $"DELETE FROM \"WindowGrowths\" WHERE EXISTS (SELECT 1 FROM summary_touched k WHERE {TouchedSeries("\"WindowGrowths\"")});";

    /// <summary>
    /// The monthly figures with a value of the series to summarise (all, or those of a touched month), series by series:
    /// <see cref="WindowWriter"/> keeps one series at a time.
    /// </summary>
    public static string WindowScan(bool full) =>
        "SELECT f.\"Id\", f.\"Reporter\", f.\"Exporter\", f.\"Importer\", f.\"HsCode\", f.\"SourcePublisher\", f.\"Product\", f.\"Category\", f.\"PeriodStart\", "
        + "f.\"ValueUsd\", f.\"Qualifier\", f.\"SourceKind\", f.\"SourceDate\" "
        // Touched: the few series first, each joined to its figures through an index (IX_Figures_Market's code, importer, reporter).
        + (full ? "FROM \"Figures\" f " : "FROM (SELECT DISTINCT \"Reporter\", \"Exporter\", \"Importer\", \"HsCode\" FROM summary_touched "
            + $"WHERE \"PeriodStart\" = \"PeriodEnd\") k JOIN \"Figures\" f ON {OfSeriesKey("f")} ")
        + $"WHERE f.\"PeriodKind\" = '{EnumNames<PeriodKind>.Name(PeriodKind.Month)}' AND f.\"ValueUsd\" IS NOT NULL "
        + "ORDER BY f.\"Reporter\", f.\"Exporter\", f.\"Importer\", f.\"HsCode\"";

    public static readonly IReadOnlyList<string> WindowColumns =
    [
        "Window", "Reporter", "Exporter", "Importer", "Publisher", "HsCode", "Product", "Category", "PeriodStart", "PeriodEnd", "PeriodKind",
        "ValueUsd", "Qualifier", "HalfStep", "PreviousValueUsd", "PreviousQualifier", "PreviousHalfStep", "MissingMonths", "CurrentIds", "PreviousIds", "Publishers",
    ];

    public static readonly string InsertWindow =
        $"INSERT INTO \"WindowGrowths\" ({string.Join(", ", WindowColumns.Select(c => $"\"{c}\""))}) VALUES ({string.Join(", ", WindowColumns.Select(c => "@" + c))});";

    private static string GroupFrom(bool full) =>
        full ? "FROM \"Figures\" f " : $"FROM summary_groups k JOIN \"Figures\" f ON {OfKey("f", "k", withCode: false)} ";

    private static string GroupColumns(string f) =>
        $"{f}.\"Reporter\", {f}.\"Exporter\", {f}.\"Importer\", {Publisher(f)} AS \"Publisher\", {f}.\"PeriodStart\", {f}.\"PeriodEnd\", {f}.\"Category\"";

    /// <summary>
    /// Every figure of the groups to total, once, in storage order (no sort): its group and category, and whether it
    /// is a part of its category's total: preferred in its series and period, and not inside a code that has a value
    /// in the same group (its chapter, heading or six- or eight-digit prefix; <c>TOTAL</c> is never inside). A part
    /// without a value is a product named without one. Also whether it is the later figure of a growth pair, and what
    /// a part keeps (<see cref="TotalParts"/>): its stage and publisher.
    /// </summary>
    public static string GroupScan(bool full) =>
        $"SELECT {GroupColumns("f")}, f.\"Id\", f.\"HsCode\", f.\"ValueUsd\", f.\"Qualifier\", "
        + $"CASE WHEN {NotLoser("f")} AND NOT ({string.Join(" OR ", s_prefixDigits.Select(n => InsideValued("f", n)))}) THEN 1 ELSE 0 END, "
        + "CASE WHEN EXISTS (SELECT 1 FROM \"GrowthPairs\" g WHERE g.\"CurrentId\" = f.\"Id\") THEN 1 ELSE 0 END, f.\"SourceDate\", f.\"Stage\", f.\"SourcePublisher\" "
        + GroupFrom(full);

    /// <summary>The lengths of the codes that can contain another: chapter, heading, subheading, national line.</summary>
    private static readonly int[] s_prefixDigits = [2, 4, 6, 8];

    /// <summary>
    /// Whether the code's first <paramref name="digits"/> digits are a code with a value in the same group: one index
    /// seek each, shortest first, so that a chapter present answers at once. <c>TOTAL</c> is never inside.
    /// </summary>
    private static string InsideValued(string f, int digits) =>
        $"(length({f}.\"HsCode\") > {digits} AND {f}.\"HsCode\" <> '{HsClassification.Total}' AND EXISTS (SELECT 1 FROM \"Figures\" o WHERE "
        + $"o.\"Reporter\" = {f}.\"Reporter\" AND o.\"Exporter\" = {f}.\"Exporter\" AND o.\"Importer\" = {f}.\"Importer\" "
        + $"AND o.\"HsCode\" = substr({f}.\"HsCode\", 1, {digits}) AND o.\"PeriodStart\" = {f}.\"PeriodStart\" AND o.\"PeriodEnd\" = {f}.\"PeriodEnd\" "
        + $"AND o.\"ValueUsd\" IS NOT NULL AND ({f}.\"Reporter\" <> {Unstated} OR o.\"SourcePublisher\" = {f}.\"SourcePublisher\")))";

    public static readonly IReadOnlyList<string> TotalColumns =
    [
        "Reporter", "Exporter", "Importer", "Publisher", "PeriodStart", "PeriodEnd", "PeriodKind", "Category", "ValueUsd", "Qualifier",
        "Basket", "ListedIds", "ListedParts", "Publishers", "ProcessedUsd", "RawUsd", "NamedIds", "SharePercent", "Figures", "GrowthRates", "LatestPublished",
    ];

    /// <summary>A total, returning its id for its parts' row (SQLite 3.35+ and PostgreSQL both take <c>RETURNING</c>).</summary>
    public static readonly string InsertTotal =
        $"INSERT INTO \"GroupTotals\" ({string.Join(", ", TotalColumns.Select(c => $"\"{c}\""))}) VALUES ({string.Join(", ", TotalColumns.Select(c => "@" + c))}) RETURNING \"Id\";";

    public static readonly IReadOnlyList<string> TotalPartsColumns = ["TotalId", "ComponentIds", "Parts"];

    public static readonly string InsertTotalParts =
        $"INSERT INTO \"GroupTotalParts\" ({string.Join(", ", TotalPartsColumns.Select(c => $"\"{c}\""))}) VALUES ({string.Join(", ", TotalPartsColumns.Select(c => "@" + c))});";

    /// <summary>Nothing to summarise: the imports up to now are accounted for, and the data version stays.</summary>
    public const string MarkSummarised = "UPDATE \"SummaryStates\" SET \"ImportId\" = (SELECT COALESCE(MAX(\"Id\"), 0) FROM \"Imports\");";

    /// <summary>The summaries include every import so far, by these rules.</summary>
    public const string MarkRules = "UPDATE \"SummaryStates\" SET \"Rules\" = @rules, \"ImportId\" = (SELECT COALESCE(MAX(\"Id\"), 0) FROM \"Imports\");";

    /// <summary>
    /// The figures' statistics, before a full rebuild reads them: a store that grew from the seed's 104 figures to a
    /// million in this transaction still has the seed's, with which SQLite joined the growth pairs through the wrong
    /// indexes (38 s instead of 1 s at a million figures: docs/performance.md).
    /// </summary>
    public const string AnalyzeFigures = "ANALYZE \"Figures\";";

    public const string Analyze = "ANALYZE \"GrowthPairs\"; ANALYZE \"GroupTotals\"; ANALYZE \"GroupTotalParts\"; ANALYZE \"WindowGrowths\"; " + AnalyzeFigures;

    /// <summary>SQLite reads this many rows of each index for its statistics, not all of them (a million rows would take seconds).</summary>
    public const string AnalysisLimit = "PRAGMA analysis_limit = 1000;";

    // The summary tables' secondary indexes, as the migrations create them: a bulk refresh on SQLite drops them and
    // builds them again after filling the tables (one sort instead of a million ordered inserts). A test checks that
    // these are the migrated definitions.
    public const string DropIndexes = "DROP INDEX IF EXISTS \"IX_GrowthPairs_Exporter_Importer_Ratio\";";

    public const string CreateIndexes = "CREATE INDEX \"IX_GrowthPairs_Exporter_Importer_Ratio\" ON \"GrowthPairs\" (\"Exporter\", \"Importer\", \"Ratio\");";
}
