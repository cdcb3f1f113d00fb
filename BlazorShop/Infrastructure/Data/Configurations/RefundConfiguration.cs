using BlazorShop.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BlazorShop.Infrastructure.Data.Configurations;

sealed class RefundConfiguration : IEntityTypeConfiguration<Refund>
{
    public void Configure(EntityTypeBuilder<Refund> b)
    {
        b.Property(r => r.OrderId).HasMaxLength(23);
        b.Property(r => r.RequestNo).HasMaxLength(64);
        b.Property(r => r.Reason).HasMaxLength(200);
        b.Property(r => r.Error).HasMaxLength(300);
        b.HasOne<Order>().WithMany().HasForeignKey(r => r.OrderId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(r => r.OrderId).IsUnique();
        b.HasIndex(r => r.RequestNo).IsUnique();
        b.HasIndex(r => new { r.Status, r.CreatedAt });
        b.ToTable(t => t.HasCheckConstraint("CK_Refund_Amount", "\"Amount\" > 0"));
    }
}
