using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MineralTrade.Web.Features.Targets;

namespace MineralTrade.Web.Data.Configurations;

public sealed class TargetConfiguration : IEntityTypeConfiguration<Target>
{
    public void Configure(EntityTypeBuilder<Target> builder)
    {
        builder.Property(t => t.LowUsd).HasConversion<double>();
        builder.Property(t => t.HighUsd).HasConversion<double>();
        builder.Property(t => t.BaselineUsd).HasConversion<double?>();
        builder.HasIndex(t => t.Name).IsUnique();
    }
}
