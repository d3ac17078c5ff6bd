using MineralTrade.Web.Features.Imports;

namespace MineralTrade.Web.Features.Revisions;

/// <summary>
/// The import's SQL that keeps a figure's earlier value before its merge replaces or removes it, in the import's
/// transaction (Features/Imports/ImportMerge.cs). Run after staging (<see cref="ImportStaging.Table"/>), before the UPDATE and the
/// DELETE; <c>@import</c> is the import doing it. The columns are the figure's own, from the EF model.
/// </summary>
public static class VintageSql
{
    private const string Table = "\"FigureVintages\"";

    /// <summary>Figures whose stated value (value, quantity and unit, qualifier) the staged row changes.</summary>
    public static string KeepReplaced(FigureColumns columns, string match) =>
        Insert(columns, withdrawn: false) + $"FROM \"Figures\" AS f WHERE EXISTS (SELECT 1 FROM {ImportStaging.Table} r WHERE {match} AND ({Differs(columns)}))";

    /// <summary>The figures of <c>FROM "Figures" AS f WHERE ...</c> that are about to leave the store.</summary>
    public static string KeepWithdrawn(FigureColumns columns, string fromFigures) => Insert(columns, withdrawn: true) + fromFigures;

    private static string Insert(FigureColumns columns, bool withdrawn) =>
        $"INSERT INTO {Table} (\"FigureId\", \"ImportId\", \"SupersededByImportId\", \"Withdrawn\", {string.Join(", ", columns.Stored.Select(Q))}) "
        + $"SELECT f.\"Id\", f.\"ImportId\", @import, {(withdrawn ? "TRUE" : "FALSE")}, {string.Join(", ", columns.Stored.Select(c => "f." + Q(c)))} ";

    private static string Differs(FigureColumns columns) => string.Join(" OR ", columns.Stated.Select(c => $"f.{Q(c)} IS DISTINCT FROM r.{Q(c)}"));

    private static string Q(string column) => $"\"{column}\"";
}
