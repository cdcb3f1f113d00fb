using BlazorShop.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BlazorShop.Infrastructure.Data.Configurations;

sealed class SkuImageConfiguration : IEntityTypeConfiguration<SkuImage>
{
    public void Configure(EntityTypeBuilder<SkuImage> b)
    {
        b.Property(i => i.Image).HasMaxLength(200);
        b.HasOne<Sku>().WithMany(s => s.Images).HasForeignKey(i => i.SkuId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(i => new { i.SkuId, i.Sequence });
    }
}
