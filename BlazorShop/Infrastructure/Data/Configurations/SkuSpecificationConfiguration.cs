using BlazorShop.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BlazorShop.Infrastructure.Data.Configurations;

sealed class SkuSpecificationConfiguration : IEntityTypeConfiguration<SkuSpecification>
{
    public void Configure(EntityTypeBuilder<SkuSpecification> b)
    {
        b.HasOne<Sku>().WithMany(s => s.Specifications).HasForeignKey(x => x.SkuId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(x => x.Specification).WithMany().HasForeignKey(x => x.SpecificationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.Option).WithMany().HasForeignKey(x => x.OptionId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.SkuId, x.SpecificationId }).IsUnique();
        b.HasIndex(x => x.OptionId);
    }
}
