using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MineralTrade.Web.Features.Figures;

namespace MineralTrade.Web.Data.Configurations;

public sealed class FigureConfiguration : IEntityTypeConfiguration<Figure>
{
    public void Configure(EntityTypeBuilder<Figure> builder)
    {
        ConfigureColumns(builder);

        builder.HasIndex(f => new { f.Category, f.PeriodEnd });
        // Product pages, the HS tree and mirror pairs read by code (the codes inside one as a range), flow and months
        // from this index alone, never the whole table (docs/decisions/0062-bounded-product-reads.md).
        builder.HasIndex(f => new { f.HsCode, f.Exporter, f.Importer, f.PeriodEnd, f.PeriodStart, f.Reporter, f.ValueUsd })
            .HasDatabaseName("IX_Figures_Product");
        // An importer's suppliers of a code for some months (docs/decisions/0064): every partner of one reporter,
        // importer, code and kind of period, as a seek, however many codes and partners the store holds besides.
        builder.HasIndex(f => new { f.HsCode, f.Importer, f.Reporter, f.PeriodKind, f.PeriodEnd }).HasDatabaseName("IX_Figures_Market");
        // The lists' orders (docs/decisions/0094): keyset pages and the CSV walk these instead of sorting the store (the
        // HS code order walks IX_Figures_Product).
        builder.HasIndex(f => new { f.PeriodEnd, f.PeriodStart, f.Category, f.HsCode, f.Reporter, f.Id }, "IX_Figures_Listing")
            .IsDescending(true, false, false, false, false, false);
        builder.HasIndex(f => new { f.ValueUsd, f.Id });
        // The headline cards' candidates (HeadlineChoice): a period's largest figures of one flow, found in value order
        // without reading the period's every row (issue 21: ~2,400 rows read and sorted a request at 297k figures).
        builder.HasIndex(f => new { f.PeriodEnd, f.PeriodStart, f.Exporter, f.Importer, f.ValueUsd, f.Id }, "IX_Figures_Largest")
            .IsDescending(false, false, false, false, true, false);
        // The natural key: one figure per reporter, flow, period, HS code and source. Imports look figures up by it;
        // unique, so that no import can store the same figure twice (docs/decisions/0021). The only unique index here.
        builder.HasIndex(Figure.NaturalKey).IsUnique();
        builder.HasOne<Features.Imports.Import>().WithMany().HasForeignKey(f => f.ImportId).OnDelete(DeleteBehavior.Restrict);
    }

    /// <summary>
    /// The lengths and spellings of a figure's columns, for the figures and for their vintages (which the import fills
    /// by copying the columns as they are: Features/Revisions/VintageSql.cs).
    /// </summary>
    public static void ConfigureColumns<T>(EntityTypeBuilder<T> builder) where T : class
    {
        builder.Property<string>(nameof(Figure.Reporter)).HasMaxLength(32);
        builder.Property<string>(nameof(Figure.Exporter)).HasMaxLength(8);
        builder.Property<string>(nameof(Figure.Importer)).HasMaxLength(8);
        builder.Property<string>(nameof(Figure.HsCode)).HasMaxLength(10);
        builder.Property<string>(nameof(Figure.Category)).HasMaxLength(32);
        builder.Property<string?>(nameof(Figure.QuantityUnit)).HasMaxLength(32);
        builder.Property<Qualifier>(nameof(Figure.Qualifier)).HasNameConversion(32);
        builder.Property<Stage>(nameof(Figure.Stage)).HasNameConversion(32);
        builder.Property<Coverage>(nameof(Figure.Coverage)).HasNameConversion(24);
        builder.Property<SourceKind>(nameof(Figure.SourceKind)).HasNameConversion(16);
        builder.Property<PeriodKind>(nameof(Figure.PeriodKind)).HasNameConversion(16);
    }
}
