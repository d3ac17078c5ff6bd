using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MineralTrade.Web.Data.Summaries;
using MineralTrade.Web.Features.Figures;

namespace MineralTrade.Web.Data.Configurations;

/// <summary>The summary tables (docs/decisions/0090): written only by <see cref="SummaryRefresh"/>, read by the pages and the API.</summary>
public sealed class GrowthPairConfiguration : IEntityTypeConfiguration<GrowthPair>
{
    public void Configure(EntityTypeBuilder<GrowthPair> builder)
    {
        builder.HasKey(g => g.CurrentId);
        builder.Property(g => g.CurrentId).ValueGeneratedNever();
        builder.Property(g => g.Reporter).HasMaxLength(32);
        builder.Property(g => g.Exporter).HasMaxLength(8);
        builder.Property(g => g.Importer).HasMaxLength(8);
        builder.Property(g => g.HsCode).HasMaxLength(10);
        builder.Property(g => g.Category).HasMaxLength(32);
        builder.Property(g => g.PeriodKind).HasConversion(v => EnumNames<PeriodKind>.Name(v), s => EnumNames<PeriodKind>.Parse(s)).HasMaxLength(16);
        // The overview's highest and lowest rates of one flow: ORDER BY Ratio ... LIMIT walks this index
        // (SummarySql.CreateIndexes builds the same one after a bulk refresh).
        builder.HasIndex(g => new { g.Exporter, g.Importer, g.Ratio });
    }
}
