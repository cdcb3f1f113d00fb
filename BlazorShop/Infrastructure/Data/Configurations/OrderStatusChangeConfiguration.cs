using BlazorShop.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BlazorShop.Infrastructure.Data.Configurations;

sealed class OrderStatusChangeConfiguration : IEntityTypeConfiguration<OrderStatusChange>
{
    public void Configure(EntityTypeBuilder<OrderStatusChange> b)
    {
        b.Property(c => c.OrderId).HasMaxLength(23);
        b.Property(c => c.Reason).HasMaxLength(200);
        b.HasOne<Order>().WithMany(o => o.History).HasForeignKey(c => c.OrderId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(c => new { c.OrderId, c.At });
    }
}
