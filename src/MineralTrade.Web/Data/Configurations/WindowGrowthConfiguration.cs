using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MineralTrade.Web.Data.Summaries;
using MineralTrade.Web.Features.Figures;
using MineralTrade.Web.Features.Market;

namespace MineralTrade.Web.Data.Configurations;

/// <summary>A summary table (docs/decisions/0066): written only by <see cref="WindowWriter"/>, read by the pages and the API.</summary>
public sealed class WindowGrowthConfiguration : IEntityTypeConfiguration<WindowGrowth>
{
    public void Configure(EntityTypeBuilder<WindowGrowth> builder)
    {
        builder.Property(g => g.Window).HasNameConversion(8);
        builder.Property(g => g.Reporter).HasMaxLength(32);
        builder.Property(g => g.Exporter).HasMaxLength(8);
        builder.Property(g => g.Importer).HasMaxLength(8);
        builder.Property(g => g.HsCode).HasMaxLength(10);
        builder.Property(g => g.Category).HasMaxLength(32);
        builder.Property(g => g.PeriodKind).HasNameConversion(16);
        builder.Property(g => g.Qualifier).HasNameConversion(16);
        builder.Property(g => g.PreviousQualifier).HasNameConversion(16);
        // /api/growth?window= pages in this order; one row per window and series.
        builder.HasIndex(g => new { g.Window, g.PeriodEnd, g.Reporter, g.Exporter, g.Importer, g.Publisher, g.HsCode }, "IX_WindowGrowths_Listing")
            .IsUnique().IsDescending(false, true, false, false, false, false, false);
        // A product page's and a card's series: one code, one flow.
        builder.HasIndex(g => new { g.HsCode, g.Exporter, g.Importer });
    }
}
