using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MineralTrade.Web.Features.Figures;

namespace MineralTrade.Web.Data.Configurations;

public sealed class FigureConfiguration : IEntityTypeConfiguration<Figure>
{
    public void Configure(EntityTypeBuilder<Figure> builder)
    {
        builder.Property(f => f.Reporter).HasMaxLength(32);
        builder.Property(f => f.Exporter).HasMaxLength(8);
        builder.Property(f => f.Importer).HasMaxLength(8);
        builder.Property(f => f.HsCode).HasMaxLength(10);
        builder.Property(f => f.Category).HasMaxLength(32);
        builder.Property(f => f.QuantityUnit).HasMaxLength(32);

        builder.Property(f => f.Qualifier).HasConversion(v => EnumNames<Qualifier>.Name(v), s => EnumNames<Qualifier>.Parse(s)).HasMaxLength(32);
        builder.Property(f => f.Stage).HasConversion(v => EnumNames<Stage>.Name(v), s => EnumNames<Stage>.Parse(s)).HasMaxLength(32);
        builder.Property(f => f.SourceKind).HasConversion(v => EnumNames<SourceKind>.Name(v), s => EnumNames<SourceKind>.Parse(s)).HasMaxLength(16);
        builder.Property(f => f.PeriodKind).HasConversion(v => EnumNames<PeriodKind>.Name(v), s => EnumNames<PeriodKind>.Parse(s)).HasMaxLength(16);

        builder.HasIndex(f => new { f.Category, f.PeriodEnd });
        // Product pages, the HS tree and mirror pairs read by code (the codes inside one as a range), flow and months
        // from this index alone, never the whole table (docs/decisions/0062-bounded-product-reads.md).
        builder.HasIndex(f => new { f.HsCode, f.Exporter, f.Importer, f.PeriodEnd, f.PeriodStart, f.Reporter, f.ValueUsd })
            .HasDatabaseName("IX_Figures_Product");
        // The lists' orders (docs/decisions/0094): keyset pages and the CSV walk these instead of sorting the store (the
        // HS code order walks IX_Figures_Product).
        builder.HasIndex(f => new { f.PeriodEnd, f.PeriodStart, f.Category, f.HsCode, f.Reporter, f.Id }, "IX_Figures_Listing")
            .IsDescending(true, false, false, false, false, false);
        builder.HasIndex(f => new { f.ValueUsd, f.Id });
        // The natural key: one figure per reporter, flow, period, HS code and source. Imports look figures up by it;
        // unique, so that no import can store the same figure twice (docs/decisions/0021). The only unique index here.
        builder.HasIndex(Figure.NaturalKey).IsUnique();
        builder.HasOne<Features.Imports.Import>().WithMany().HasForeignKey(f => f.ImportId).OnDelete(DeleteBehavior.Restrict);
    }
}
