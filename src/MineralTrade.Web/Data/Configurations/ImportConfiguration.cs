using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MineralTrade.Web.Features.Figures;
using MineralTrade.Web.Features.Imports;

namespace MineralTrade.Web.Data.Configurations;

public sealed class ImportConfiguration : IEntityTypeConfiguration<Import>
{
    public void Configure(EntityTypeBuilder<Import> builder)
    {
        builder.Property(i => i.FileName).HasMaxLength(260);
        builder.Property(i => i.Sha256).HasMaxLength(64);
        builder.Property(i => i.Format).HasNameConversion(16);
        builder.Property(i => i.ImportedBy).HasMaxLength(64);
        builder.HasIndex(i => i.Sha256);
        builder.Property(i => i.ImportedAt).AsUtc();
    }
}
