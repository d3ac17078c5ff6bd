using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using MineralTrade.Web.Features.Figures;

namespace MineralTrade.Web.Features.Imports;

/// <summary>
/// A figure's columns as the store keeps them, read from the EF model (Data/Configurations): every mapped property but
/// the id and the import that brought it, each value converted as the model converts it (REAL for money on SQLite, the
/// published enum spelling...), and the natural key, the model's unique index (<see cref="Figure.NaturalKey"/>). The
/// import stages, matches and writes by these, so a property added to <see cref="Figure"/> is stored without a change here.
/// </summary>
public sealed class FigureColumns
{
    private readonly IProperty[] _stored;

    private FigureColumns(IEntityType figure)
    {
        _stored = [.. figure.GetProperties().Where(p => !p.IsPrimaryKey() && p.Name != nameof(Figure.ImportId))];
        Stored = [.. _stored.Select(p => p.GetColumnName())];
        Key = [.. figure.GetIndexes().Single(i => i.IsUnique).Properties.Select(p => p.GetColumnName())];
        Provenance = [.. _stored.Where(p => p.Name is nameof(Figure.SourceDate) or nameof(Figure.Note)).Select(p => p.GetColumnName())];
        Stated = [.. _stored.Where(p => p.Name is nameof(Figure.ValueUsd) or nameof(Figure.Quantity) or nameof(Figure.QuantityUnit) or nameof(Figure.Qualifier))
            .Select(p => p.GetColumnName())];
    }

    /// <summary>Whether the column may be empty (a key part without a value still matches an empty one).</summary>
    public bool IsNullable(string column) => _stored.Single(p => p.GetColumnName() == column).IsNullable;

    public static FigureColumns Of(IModel model) => new(model.FindEntityType(typeof(Figure))!);

    /// <summary>The stored columns, in the model's order; <see cref="Values"/> gives a figure's values in the same order.</summary>
    public IReadOnlyList<string> Stored { get; }

    /// <summary>What makes a figure the same figure: the columns of the unique index.</summary>
    public IReadOnlyList<string> Key { get; }

    /// <summary>Which file brought a figure and when: for a UN Comtrade+ row, not what the figure says (ImportService).</summary>
    public IReadOnlyList<string> Provenance { get; }

    /// <summary>What a figure states: its value, quantity and unit, and qualifier; a change to one of them is a revision.</summary>
    public IReadOnlyList<string> Stated { get; }

    /// <summary>The columns a figure's content is in: all but the key.</summary>
    public IEnumerable<string> Content => Stored.Except(Key);

    public object?[] Values(Figure figure)
    {
        var values = new object?[_stored.Length];
        for (var i = 0; i < _stored.Length; i++)
        {
            var value = _stored[i].GetGetter().GetClrValue(figure);
            values[i] = _stored[i].GetTypeMapping().Converter is { } converter ? converter.ConvertToProvider(value) : value;
        }
        return values;
    }
}
