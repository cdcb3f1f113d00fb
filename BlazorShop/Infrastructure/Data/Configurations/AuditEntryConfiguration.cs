using BlazorShop.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BlazorShop.Infrastructure.Data.Configurations;

sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.Property(a => a.ActorName).HasMaxLength(64);
        b.Property(a => a.Area).HasMaxLength(20);
        b.Property(a => a.Action).HasMaxLength(50);
        b.Property(a => a.Target).HasMaxLength(100);
        b.Property(a => a.Details).HasMaxLength(1000);
        b.HasIndex(a => a.At);
        b.HasIndex(a => new { a.Area, a.At });
    }
}
