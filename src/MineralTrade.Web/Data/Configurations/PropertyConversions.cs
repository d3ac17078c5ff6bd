using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MineralTrade.Web.Features.Figures;

namespace MineralTrade.Web.Data.Configurations;

/// <summary>The store's two conversions, declared once: enums as their published spelling, times as UTC.</summary>
public static class PropertyConversions
{
    /// <summary>Stored as <see cref="EnumNames{T}"/> spells it (<c>at_least</c>), as JSON and CSV do.</summary>
    public static PropertyBuilder<T> HasNameConversion<T>(this PropertyBuilder<T> property, int maxLength) where T : struct, Enum =>
        property.HasConversion(v => EnumNames<T>.Name(v), s => EnumNames<T>.Parse(s)).HasMaxLength(maxLength);

    /// <summary>SQLite keeps no time zone: times are written in UTC and read back as UTC, so that JSON says "Z".</summary>
    public static PropertyBuilder<DateTime> AsUtc(this PropertyBuilder<DateTime> property) =>
        property.HasConversion(v => v, v => DateTime.SpecifyKind(v, DateTimeKind.Utc));

    /// <inheritdoc cref="AsUtc(PropertyBuilder{DateTime})"/>
    public static PropertyBuilder<DateTime?> AsUtc(this PropertyBuilder<DateTime?> property) =>
        property.HasConversion(v => v, v => v.HasValue ? DateTime.SpecifyKind(v.Value, DateTimeKind.Utc) : v);
}
