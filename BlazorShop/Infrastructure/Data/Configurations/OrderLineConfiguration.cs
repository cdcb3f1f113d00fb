using BlazorShop.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BlazorShop.Infrastructure.Data.Configurations;

sealed class OrderLineConfiguration : IEntityTypeConfiguration<OrderLine>
{
    public void Configure(EntityTypeBuilder<OrderLine> b)
    {
        b.Property(l => l.OrderId).HasMaxLength(23);
        b.Property(l => l.SkuName).HasMaxLength(100);
        b.Property(l => l.Image).HasMaxLength(200);
        b.Property(l => l.Comment).HasMaxLength(500);
        b.HasOne<Order>().WithMany(o => o.Lines).HasForeignKey(l => l.OrderId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(l => l.Sku).WithMany().HasForeignKey(l => l.SkuId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(l => l.OrderId);
        b.HasIndex(l => new { l.SkuId, l.IsCommented, l.CommentedAt }); // reviews on the product page
        b.ToTable(t =>
        {
            t.HasCheckConstraint("CK_OrderLine_Count", "\"Count\" > 0");
            t.HasCheckConstraint("CK_OrderLine_Price", "\"Price\" >= 0");
            t.HasCheckConstraint("CK_OrderLine_Score", "\"Score\" IS NULL OR \"Score\" BETWEEN 1 AND 5");
        });
    }
}
