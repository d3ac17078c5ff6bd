using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MineralTrade.Web.Data.Summaries;
using MineralTrade.Web.Features.Figures;

namespace MineralTrade.Web.Data.Configurations;

public sealed class GroupTotalConfiguration : IEntityTypeConfiguration<GroupTotal>
{
    public void Configure(EntityTypeBuilder<GroupTotal> builder)
    {
        builder.Property(t => t.Reporter).HasMaxLength(32);
        builder.Property(t => t.Exporter).HasMaxLength(8);
        builder.Property(t => t.Importer).HasMaxLength(8);
        builder.Property(t => t.Category).HasMaxLength(32);
        builder.Property(t => t.PeriodKind).HasConversion(v => EnumNames<PeriodKind>.Name(v), s => EnumNames<PeriodKind>.Parse(s)).HasMaxLength(16);
        builder.Property(t => t.Qualifier).HasConversion(v => EnumNames<DerivedQualifier>.Name(v), s => EnumNames<DerivedQualifier>.Parse(s)).HasMaxLength(16);
        // /api/totals' order, and one row per group and category.
        builder.HasIndex(t => new { t.PeriodEnd, t.PeriodStart, t.Reporter, t.Exporter, t.Importer, t.Publisher, t.Category }, "IX_GroupTotals_Listing")
            .IsUnique().IsDescending(true, false, false, false, false, false, false);
        // The overview reads one flow's totals of some kinds of period.
        builder.HasIndex(t => new { t.Exporter, t.Importer, t.PeriodKind, t.PeriodEnd });
        // The pages' counts (figures per flow, growth rates of a flow, figures and latest period per reporter) read from
        // these alone: a row holds every part of its total, and three scans of the rows took ~10 ms each at 297k (issue 21).
        builder.HasIndex(t => new { t.Exporter, t.Importer, t.Category, t.Reporter, t.Figures, t.GrowthRates }, "IX_GroupTotals_FlowCounts");
        builder.HasIndex(t => new { t.Reporter, t.PeriodEnd, t.PeriodStart, t.Figures, t.LatestPublished }, "IX_GroupTotals_ReporterCounts");
    }
}
