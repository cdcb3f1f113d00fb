using BlazorShop.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BlazorShop.Infrastructure.Data.Configurations;

sealed class GuestCartItemConfiguration : IEntityTypeConfiguration<GuestCartItem>
{
    public void Configure(EntityTypeBuilder<GuestCartItem> b)
    {
        b.Property(c => c.GuestId).HasMaxLength(32);
        b.HasOne<Sku>().WithMany().HasForeignKey(c => c.SkuId).OnDelete(DeleteBehavior.Cascade);
        // One line per (cart, SKU): adds are upserts on this index, so two tabs adding at once give the exact sum.
        b.HasIndex(c => new { c.GuestId, c.SkuId }).IsUnique();
        b.HasIndex(c => c.UpdatedAt);
        b.ToTable(t => t.HasCheckConstraint("CK_GuestCart_Count", "\"Count\" > 0"));
    }
}
