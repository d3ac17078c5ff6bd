using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MineralTrade.Web.Features.Figures;
using MineralTrade.Web.Features.Imports;
using MineralTrade.Web.Features.Revisions;

namespace MineralTrade.Web.Data.Configurations;

/// <summary>A vintage keeps the figure's columns with the figure's own types and spellings, so that the import copies them as they are.</summary>
public sealed class FigureVintageConfiguration : IEntityTypeConfiguration<FigureVintage>
{
    public void Configure(EntityTypeBuilder<FigureVintage> builder)
    {
        FigureConfiguration.ConfigureColumns(builder);
        // A figure's history, and the revisions an import made (/updates), each by an index.
        builder.HasIndex(v => new { v.FigureId, v.Id });
        builder.HasIndex(v => v.SupersededByImportId);
        builder.HasOne<Import>().WithMany().HasForeignKey(v => v.SupersededByImportId).OnDelete(DeleteBehavior.Restrict);
    }
}
