using System.ComponentModel;
using System.Linq.Expressions;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;

namespace MineralTrade.Web.Features.Figures;

/// <summary>What a list of figures can be sorted by: each has an index in that order (docs/decisions/0094).</summary>
public enum FigureColumn { Period, Value, HsCode }

/// <summary>
/// A sort of the figures list, and its keyset paging: the latest period first by default (the order of the API, the
/// CSV and the pages). A sort is one or two segments: by value, the figures with a value, then those named without one
/// (SQLite and PostgreSQL do not agree on where a NULL sorts, and an index serves one segment each).
/// </summary>
/// As a list (<see cref="IKeyset{TPosition}"/>) a sort reads only its own cursors; <see cref="AnySort"/> reads them all.
public sealed record FigureOrder(FigureColumn Column, bool Descending) : IKeyset<FigurePosition>
{
    public static readonly FigureOrder Default = new(FigureColumn.Period, Descending: true);

    /// <summary>The figures list in whichever sort its cursor names (the pages' headings sort it), the latest first to begin with.</summary>
    public static readonly IKeyset<FigurePosition> AnySort = new AnySortKeyset();

    /// <summary>The query parameter of a sort, on the pages and in the API: <c>sort=value</c>, <c>sort=-value</c> (largest first).</summary>
    public const string Parameter = "sort";

    private static readonly (FigureColumn Column, string Name)[] s_names = [(FigureColumn.Period, "period"), (FigureColumn.Value, "value"), (FigureColumn.HsCode, "hs")];

    /// <summary>The parameter's values: a column, or a column after <c>-</c> for the descending order.</summary>
    public static readonly IReadOnlyList<string> Values = [.. s_names.SelectMany(n => new[] { n.Name, "-" + n.Name })];

    /// <summary>The <c>sort</c> value of this order; null for the default (latest period first), which the address leaves out.</summary>
    public string? ParameterValue => this == Default ? null : (Descending ? "-" : "") + s_names.First(n => n.Column == Column).Name;

    /// <summary>Reads a <c>sort</c> value; none is the default order.</summary>
    public static bool TryParse(string? text, out FigureOrder order, out string? error)
    {
        order = Default;
        error = null;
        if (string.IsNullOrEmpty(text))
        {
            return true;
        }
        var descending = text.StartsWith('-');
        var name = descending ? text[1..] : text;
        if (s_names.FirstOrDefault(n => n.Name == name) is ({ } column, not null))
        {
            order = new FigureOrder(column, descending);
            return true;
        }
        error = $"{Parameter}: '{text}' is not a sort. Allowed: {string.Join(", ", Values)} ('-' first: descending; the default is -period, latest first).";
        return false;
    }

    private static readonly KeysetOrder<Figure> s_latestFirst = new KeysetOrder<Figure>()
        .By(f => f.PeriodEnd, descending: true).By(f => f.PeriodStart).By(f => f.Category).By(f => f.HsCode).By(f => f.Reporter).By(f => f.Id);
    private static readonly KeysetOrder<Figure> s_largestFirst = new KeysetOrder<Figure>().By(f => f.ValueUsd, descending: true).By(f => f.Id, descending: true);
    private static readonly KeysetOrder<Figure> s_namedLatestFirst = new KeysetOrder<Figure>().By(f => f.Id, descending: true);
    private static readonly KeysetOrder<Figure> s_codeThenLatest = new KeysetOrder<Figure>()
        .By(f => f.HsCode).By(f => f.PeriodEnd, descending: true).By(f => f.Id, descending: true);

    /// <summary>The segments of this sort, in order: which figures, in which keyset order.</summary>
    public IReadOnlyList<(Expression<Func<Figure, bool>>? Where, KeysetOrder<Figure> Order)> Segments => (Column, Descending) switch
    {
        (FigureColumn.Period, true) => [(null, s_latestFirst)],
        (FigureColumn.Period, false) => [(null, s_latestFirst.Reversed())],
        (FigureColumn.Value, true) => [(f => f.ValueUsd != null, s_largestFirst), (f => f.ValueUsd == null, s_namedLatestFirst)],
        (FigureColumn.Value, false) => [(f => f.ValueUsd != null, s_largestFirst.Reversed()), (f => f.ValueUsd == null, s_namedLatestFirst)],
        (FigureColumn.HsCode, false) => [(null, s_codeThenLatest)],
        _ => [(null, s_codeThenLatest.Reversed())],
    };

    /// <summary>The cursor after <paramref name="last"/> in segment <paramref name="segment"/>; without a row, the segment's start.</summary>
    public string CursorAfter(int segment, Figure? last) =>
        Cursor.Write([(int)Column, Descending ? 1 : 0, segment, .. last is null ? [] : Segments[segment].Order.KeyOf(last)]);

    /// <summary>Reads a cursor written by <see cref="CursorAfter"/>: the sort, the segment and the key to continue after.</summary>
    public static bool TryReadCursor(string? cursor, out FigurePosition position)
    {
        position = FigurePosition.Start(Default);
        return Cursor.TryRead(cursor, out var values) && TryReadCursor(values, out position);
    }

    FigurePosition IKeyset<FigurePosition>.First => FigurePosition.Start(this);

    bool IKeyset<FigurePosition>.TryRead(ReadOnlySpan<JsonElement> values, out FigurePosition position) =>
        TryReadCursor(values, out position) && position.Order == this;

    private static bool TryReadCursor(ReadOnlySpan<JsonElement> values, out FigurePosition position)
    {
        position = FigurePosition.Start(Default);
        static bool Int(JsonElement e, out int n)
        {
            n = 0;
            return e.ValueKind == JsonValueKind.Number && e.TryGetInt32(out n);
        }
        if (values.Length < 3
            || !Int(values[0], out var column) || !Enum.IsDefined((FigureColumn)column)
            || !Int(values[1], out var descending) || descending is not (0 or 1)
            || !Int(values[2], out var segment))
        {
            return false;
        }
        var order = new FigureOrder((FigureColumn)column, descending == 1);
        if (segment < 0 || segment >= order.Segments.Count)
        {
            return false;
        }
        // Three values: the start of a segment (the previous page ended with the one before).
        object?[] key = [];
        if (values.Length > 3 && !order.Segments[segment].Order.TryReadKey(values[3..], out key))
        {
            return false;
        }
        position = new(order, segment, key);
        return true;
    }

    private sealed class AnySortKeyset : IKeyset<FigurePosition>
    {
        public FigurePosition First => FigurePosition.Start(Default);

        public bool TryRead(ReadOnlySpan<JsonElement> values, out FigurePosition position) => TryReadCursor(values, out position);
    }
}

/// <summary>Where a page starts: a sort, one of its segments, and the key of the last row read (empty: the start).</summary>
public sealed record FigurePosition(FigureOrder Order, int Segment, IReadOnlyList<object?> After)
{
    public static FigurePosition Start(FigureOrder order) => new(order, 0, []);
}

/// <summary>The <c>sort</c> parameter of the figures list and its CSV: the pages' sort, in the address, so that a link and a file keep it.</summary>
public sealed record SortQuery(
    [FromQuery(Name = FigureOrder.Parameter)] [property: Description("period, value or hs; '-' first for descending (-value: largest first). Default -period, latest first")] string? Sort)
{
    public bool TryParse(Dictionary<string, string[]> errors, out FigureOrder order)
    {
        if (FigureOrder.TryParse(Sort, out order, out var error))
        {
            return true;
        }
        errors[FigureOrder.Parameter] = [error!];
        return false;
    }

    /// <summary>
    /// Where the sorted list starts: this sort's first page without a cursor; with one, the cursor's place, which must be
    /// of this sort (the Link header's next page keeps the sort it was made with; another one beside it is a mistake).
    /// </summary>
    public bool TryPlace(string? cursor, Dictionary<string, string[]> errors, ref FigurePosition position)
    {
        if (!TryParse(errors, out var order))
        {
            return false;
        }
        if (cursor is null)
        {
            position = FigurePosition.Start(order);
            return true;
        }
        if (Sort is null || position.Order == order || errors.ContainsKey(PageQuery.CursorParameter))
        {
            return true;
        }
        errors[FigureOrder.Parameter] = [$"{FigureOrder.Parameter}: '{Sort}' is not the order of the cursor's list. Leave the next page's address as the Link header gives it."];
        return false;
    }
}
