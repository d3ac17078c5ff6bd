using System.Buffers.Text;
using System.Linq.Expressions;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace MineralTrade.Web.Features.Figures;

/// <summary>One page of a list, and the cursor of the page after it (null on the last page).</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, string? Next);

/// <summary>
/// A list paged by keyset (docs/decisions/0094), as its cursors say where a page starts. Every list's cursor is
/// <see cref="Cursor"/> text, written and read back by the list itself; an endpoint reads it with
/// <see cref="PageQuery.TryParse{TPosition}"/>.
/// </summary>
public interface IKeyset<TPosition>
{
    /// <summary>Where the first page starts.</summary>
    TPosition First { get; }

    /// <summary>Reads the values of a cursor this list wrote; false for anything else.</summary>
    bool TryRead(ReadOnlySpan<JsonElement> values, out TPosition position);
}

/// <summary>
/// An order for keyset paging (docs/decisions/0094): columns with their directions, the last one unique. It sorts a
/// query and continues it after a row's key, so that every page is read through the index that has this order. Its
/// cursor is the last row's key.
/// </summary>
public sealed class KeysetOrder<T> : IKeyset<object?[]>
{
    private readonly List<(LambdaExpression Key, bool Descending, Func<T, object?> Read)> _columns = [];

    public KeysetOrder<T> By<TKey>(Expression<Func<T, TKey>> key, bool descending = false)
    {
        var read = key.Compile();
        _columns.Add((key, descending, item => read(item)));
        return this;
    }

    /// <summary>The same order with every direction reversed (a heading clicked twice).</summary>
    public KeysetOrder<T> Reversed()
    {
        var reversed = new KeysetOrder<T>();
        reversed._columns.AddRange(_columns.Select(c => (c.Key, !c.Descending, c.Read)));
        return reversed;
    }

    public int Count => _columns.Count;

    public IQueryable<T> Sort(IQueryable<T> query)
    {
        for (var i = 0; i < _columns.Count; i++)
        {
            var (key, descending, _) = _columns[i];
            var method = (i, descending) switch
            {
                (0, false) => nameof(Queryable.OrderBy),
                (0, true) => nameof(Queryable.OrderByDescending),
                (_, false) => nameof(Queryable.ThenBy),
                _ => nameof(Queryable.ThenByDescending),
            };
            query = query.Provider.CreateQuery<T>(Expression.Call(
                typeof(Queryable), method, [typeof(T), key.ReturnType], query.Expression, Expression.Quote(key)));
        }
        return query;
    }

    /// <summary>
    /// The rows after <paramref name="last"/> in this order: the first column bounded, so that the index seeks there,
    /// then (c1 after v1) or (c1 = v1 and ((c2 after v2) or ...)).
    /// </summary>
    public IQueryable<T> After(IQueryable<T> query, IReadOnlyList<object?> last)
    {
        var row = Expression.Parameter(typeof(T), "row");
        Expression? tail = null;
        for (var i = _columns.Count - 1; i >= 0; i--)
        {
            var (column, value) = Column(row, i, last[i]);
            var after = Compare(column, value, _columns[i].Descending ? ExpressionType.LessThan : ExpressionType.GreaterThan);
            tail = tail is null ? after : Expression.OrElse(after, Expression.AndAlso(Expression.Equal(column, value), tail));
        }
        var (first, firstValue) = Column(row, 0, last[0]);
        var seek = Compare(first, firstValue, _columns[0].Descending ? ExpressionType.LessThanOrEqual : ExpressionType.GreaterThanOrEqual);
        return query.Where(Expression.Lambda<Func<T, bool>>(Expression.AndAlso(seek, tail!), row));
    }

    public object?[] KeyOf(T item) => [.. _columns.Select(c => c.Read(item))];

    /// <summary>One page of <paramref name="query"/> in this order after the key <paramref name="after"/> (none: the first page), with the next page's cursor.</summary>
    public async Task<Page<T>> PageAsync(IQueryable<T> query, IReadOnlyList<object?> after, int limit, CancellationToken cancellationToken)
    {
        var rows = await Sort(after.Count > 0 ? After(query, after) : query).Take(limit + 1).ToListAsync(cancellationToken);
        return rows.Count > limit ? new(rows[..limit], Cursor.Write(KeyOf(rows[limit - 1]))) : new(rows, null);
    }

    object?[] IKeyset<object?[]>.First => [];

    bool IKeyset<object?[]>.TryRead(ReadOnlySpan<JsonElement> values, out object?[] position) => TryReadKey(values, out position);

    /// <summary>Compares two keys in this order (as the database does: text by ordinal), for lists paged in memory.</summary>
    public int Compare(IReadOnlyList<object?> a, IReadOnlyList<object?> b)
    {
        for (var i = 0; i < _columns.Count; i++)
        {
            var c = a[i] is string x && b[i] is string y ? string.CompareOrdinal(x, y) : Comparer<object?>.Default.Compare(a[i], b[i]);
            if (c != 0)
            {
                return _columns[i].Descending ? -c : c;
            }
        }
        return 0;
    }

    /// <summary>Reads a key written by <see cref="Cursor.Write"/> for this order; false for anything else.</summary>
    public bool TryReadKey(ReadOnlySpan<JsonElement> values, out object?[] key)
    {
        key = new object?[_columns.Count];
        if (values.Length != _columns.Count)
        {
            return false;
        }
        for (var i = 0; i < values.Length; i++)
        {
            var type = Nullable.GetUnderlyingType(_columns[i].Key.ReturnType) ?? _columns[i].Key.ReturnType;
            object? value = values[i] switch
            {
                { ValueKind: JsonValueKind.String } v when type == typeof(string) => v.GetString(),
                { ValueKind: JsonValueKind.Number } v when type == typeof(int) && v.TryGetInt32(out var n) => n,
                { ValueKind: JsonValueKind.Number } v when type == typeof(decimal) && v.TryGetDecimal(out var d) => d,
                { ValueKind: JsonValueKind.Number } v when type == typeof(double) && v.TryGetDouble(out var x) => x,
                _ => null,
            };
            if (value is null)
            {
                return false;
            }
            key[i] = value;
        }
        return true;
    }

    private (Expression Column, Expression Value) Column(ParameterExpression row, int i, object? value)
    {
        var key = _columns[i].Key;
        var column = new ReplaceParameter(key.Parameters[0], row).Visit(key.Body);
        // A captured value, so that EF sends a parameter, not a literal: one cached plan for every page.
        var holder = new Holder(value);
        return (column, Expression.Convert(Expression.Property(Expression.Constant(holder), nameof(Holder.Value)), column.Type));
    }

    private static BinaryExpression Compare(Expression column, Expression value, ExpressionType comparison) =>
        column.Type == typeof(string)
            ? Expression.MakeBinary(comparison, Expression.Call(typeof(string), nameof(string.Compare), null, column, value), Expression.Constant(0))
            : Expression.MakeBinary(comparison, column, value);

    private sealed class Holder(object? value)
    {
        public object? Value { get; } = value;
    }

    private sealed class ReplaceParameter(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}

/// <summary>An opaque cursor: base64url of a JSON array (what the list is, then the last row's key).</summary>
public static class Cursor
{
    public static string Write(IEnumerable<object?> values) => Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(values.ToArray()));

    public static bool TryRead(string? cursor, out JsonElement[] values)
    {
        values = [];
        try
        {
            if (cursor is not { Length: > 0 and <= 4096 } || !Base64Url.IsValid(cursor)
                || JsonSerializer.Deserialize<JsonElement[]>(Base64Url.DecodeFromChars(cursor)) is not { } read)
            {
                return false;
            }
            values = read;
            return true;
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            return false;
        }
    }
}
