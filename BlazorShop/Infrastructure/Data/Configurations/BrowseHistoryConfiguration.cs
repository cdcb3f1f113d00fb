using BlazorShop.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BlazorShop.Infrastructure.Data.Configurations;

sealed class BrowseHistoryConfiguration : IEntityTypeConfiguration<BrowseHistoryEntry>
{
    public void Configure(EntityTypeBuilder<BrowseHistoryEntry> b)
    {
        b.HasOne<ShopUser>().WithMany().HasForeignKey(h => h.UserId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Sku>().WithMany().HasForeignKey(h => h.SkuId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(h => new { h.UserId, h.SkuId }).IsUnique();
        b.HasIndex(h => new { h.UserId, h.ViewedAt });
    }
}
