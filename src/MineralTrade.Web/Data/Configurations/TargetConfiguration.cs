using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MineralTrade.Web.Features.Targets;

namespace MineralTrade.Web.Data.Configurations;

public sealed class TargetConfiguration : IEntityTypeConfiguration<Target>
{
    public void Configure(EntityTypeBuilder<Target> builder)
    {
        builder.HasIndex(t => t.Name).IsUnique();
    }
}
