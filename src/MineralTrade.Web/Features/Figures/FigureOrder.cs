using System.Linq.Expressions;
using System.Text.Json;

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
