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
        builder.Property(i => i.Format).HasConversion(v => EnumNames<ImportFormat>.Name(v), s => EnumNames<ImportFormat>.Parse(s)).HasMaxLength(16);
        builder.Property(i => i.ImportedBy).HasMaxLength(64);
        builder.HasIndex(i => i.Sha256);
        // SQLite keeps no time zone: the times are written in UTC and read back as UTC, so JSON says "Z".
        builder.Property(i => i.ImportedAt).HasConversion(v => v, v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
    }
}
