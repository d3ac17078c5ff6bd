using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MineralTrade.Web.Data.Summaries;

namespace MineralTrade.Web.Data.Configurations;

public sealed class SummaryStateConfiguration : IEntityTypeConfiguration<SummaryState>
{
    public void Configure(EntityTypeBuilder<SummaryState> builder)
    {
        builder.Property(s => s.Id).ValueGeneratedNever();
        // Rules 0: no summary yet, so the first start after this migration computes them all.
        builder.HasData(new SummaryState { Id = SummaryState.SingleRow, Rules = 0, ImportId = 0 });
    }
}
