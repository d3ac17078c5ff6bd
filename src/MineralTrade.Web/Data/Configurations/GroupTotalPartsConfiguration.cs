using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MineralTrade.Web.Data.Summaries;

namespace MineralTrade.Web.Data.Configurations;

public sealed class GroupTotalPartsConfiguration : IEntityTypeConfiguration<GroupTotalParts>
{
    public void Configure(EntityTypeBuilder<GroupTotalParts> builder)
    {
        builder.HasKey(p => p.TotalId);
        builder.Property(p => p.TotalId).ValueGeneratedNever();
        // A total's parts go with it; the summaries delete them first themselves (SummarySql.DeleteTotals), so that no
        // provider's foreign key setting decides it.
        builder.HasOne<GroupTotal>().WithOne().HasForeignKey<GroupTotalParts>(p => p.TotalId).OnDelete(DeleteBehavior.Cascade);
    }
}
