using BlazorShop.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BlazorShop.Infrastructure.Data.Configurations;

sealed class CartItemConfiguration : IEntityTypeConfiguration<CartItem>
{
    public void Configure(EntityTypeBuilder<CartItem> b)
    {
        b.HasOne<ShopUser>().WithMany().HasForeignKey(c => c.UserId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Sku>().WithMany().HasForeignKey(c => c.SkuId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(c => new { c.UserId, c.SkuId }).IsUnique();
        b.ToTable(t => t.HasCheckConstraint("CK_Cart_Count", "\"Count\" > 0"));
    }
}
