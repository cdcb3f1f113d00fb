using BlazorShop.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BlazorShop.Infrastructure.Data.Configurations;

sealed class StockAlertConfiguration : IEntityTypeConfiguration<StockAlert>
{
    public void Configure(EntityTypeBuilder<StockAlert> b)
    {
        b.HasIndex(a => new { a.UserId, a.SkuId }).IsUnique();
        b.HasIndex(a => new { a.SkuId, a.NotifiedAt });
        b.HasOne<ShopUser>().WithMany().HasForeignKey(a => a.UserId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Sku>().WithMany().HasForeignKey(a => a.SkuId).OnDelete(DeleteBehavior.Cascade);
    }
}
