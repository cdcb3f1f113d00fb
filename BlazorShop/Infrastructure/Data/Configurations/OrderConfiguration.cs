using BlazorShop.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BlazorShop.Infrastructure.Data.Configurations;

sealed class OrderConfiguration : IEntityTypeConfiguration<Order>
{
    public void Configure(EntityTypeBuilder<Order> b)
    {
        b.Property(o => o.Id).HasMaxLength(23).ValueGeneratedNever();
        b.HasOne<ShopUser>().WithMany().HasForeignKey(o => o.UserId).OnDelete(DeleteBehavior.Restrict);
        b.Property(o => o.Receiver).HasMaxLength(20);
        b.Property(o => o.Province).HasMaxLength(30);
        b.Property(o => o.City).HasMaxLength(30);
        b.Property(o => o.District).HasMaxLength(30);
        b.Property(o => o.Place).HasMaxLength(100);
        b.Property(o => o.Mobile).HasMaxLength(11);
        b.Property(o => o.CheckoutToken).HasMaxLength(32);
        b.HasIndex(o => new { o.UserId, o.CheckoutToken }).IsUnique(); // a double submission cannot place two orders
        b.Property(o => o.RowVersion).IsConcurrencyToken();
        b.HasIndex(o => new { o.UserId, o.Status, o.CreatedAt }); // order history with status tabs
        b.HasIndex(o => new { o.Status, o.CreatedAt });             // expiry of unpaid orders, admin lists
        b.HasIndex(o => new { o.Status, o.ExpiresAt });            // the expiry sweep
        b.HasIndex(o => o.CreatedAt);                                // dashboard: orders and sales per day
        b.ToTable(t =>
        {
            t.HasCheckConstraint("CK_Order_TotalCount", "\"TotalCount\" > 0");
            t.HasCheckConstraint("CK_Order_Amounts", "\"TotalAmount\" >= 0 AND \"Freight\" >= 0");
            t.HasCheckConstraint("CK_Order_Status", "\"Status\" BETWEEN 1 AND 6");
            t.HasCheckConstraint("CK_Order_PayMethod", "\"PayMethod\" BETWEEN 1 AND 3");
        });
    }
}
