using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MineralTrade.Web.Features.Comtrade;
using MineralTrade.Web.Features.Imports;

namespace MineralTrade.Web.Data.Configurations;

// The fetch's own records (Features/Comtrade/FetchRecords.cs): runs, their calls, the releases stored, the budget, the lease.

public sealed class FetchRunConfiguration : IEntityTypeConfiguration<FetchRun>
{
    public void Configure(EntityTypeBuilder<FetchRun> builder)
    {
        builder.Property(r => r.RunBy).HasMaxLength(128);
        builder.Property(r => r.Endpoint).HasMaxLength(16);
        builder.Property(r => r.Outcome).HasNameConversion(16);
        builder.Property(r => r.StartedAt).AsUtc();
        builder.Property(r => r.FinishedAt).AsUtc();
        builder.HasOne<Import>().WithMany().HasForeignKey(r => r.ImportId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class FetchRequestConfiguration : IEntityTypeConfiguration<FetchRequest>
{
    public void Configure(EntityTypeBuilder<FetchRequest> builder)
    {
        builder.Property(r => r.Url).HasMaxLength(4000);
        builder.Property(r => r.Problem).HasMaxLength(1000);
        builder.Property(r => r.At).AsUtc();
        builder.HasOne<FetchRun>().WithMany().HasForeignKey(r => r.FetchRunId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class ComtradeReleaseConfiguration : IEntityTypeConfiguration<ComtradeRelease>
{
    public void Configure(EntityTypeBuilder<ComtradeRelease> builder)
    {
        builder.Ignore(r => r.Dataset);
        builder.Property(r => r.Frequency).HasMaxLength(1);
        builder.Property(r => r.Released).AsUtc();
        builder.Property(r => r.RetrievedAt).AsUtc();
        // The latest row of a reporter-period (what the store holds of it) by one index.
        builder.HasIndex(r => new { r.Frequency, r.ReporterCode, r.Period, r.Id });
        builder.HasIndex(r => r.ImportId);
        builder.HasOne<FetchRun>().WithMany().HasForeignKey(r => r.FetchRunId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Import>().WithMany().HasForeignKey(r => r.ImportId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class ComtradeCallDayConfiguration : IEntityTypeConfiguration<ComtradeCallDay>
{
    public void Configure(EntityTypeBuilder<ComtradeCallDay> builder) => builder.HasKey(d => d.Day);
}

public sealed class FetchLeaseConfiguration : IEntityTypeConfiguration<FetchLeaseRow>
{
    public void Configure(EntityTypeBuilder<FetchLeaseRow> builder)
    {
        builder.ToTable("FetchLeases");
        builder.Property(l => l.Id).ValueGeneratedNever();
        builder.Property(l => l.Holder).HasMaxLength(200);
        builder.HasData(new FetchLeaseRow { Id = FetchLeaseRow.SingleRow, Holder = null, UntilUnixMs = 0 });
    }
}
