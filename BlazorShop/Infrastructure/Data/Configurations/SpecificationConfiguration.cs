using BlazorShop.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BlazorShop.Infrastructure.Data.Configurations;

sealed class SpecificationConfiguration : IEntityTypeConfiguration<Specification>
{
    public void Configure(EntityTypeBuilder<Specification> b)
    {
        b.Property(s => s.Name).HasMaxLength(20);
        b.Property(s => s.NameEn).HasMaxLength(40);
        b.HasOne<Spu>().WithMany(s => s.Specifications).HasForeignKey(s => s.SpuId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(s => new { s.SpuId, s.Sequence });
    }
}
