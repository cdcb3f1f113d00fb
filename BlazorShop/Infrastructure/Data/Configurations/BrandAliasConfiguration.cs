using BlazorShop.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BlazorShop.Infrastructure.Data.Configurations;

sealed class BrandAliasConfiguration : IEntityTypeConfiguration<BrandAlias>
{
    public void Configure(EntityTypeBuilder<BrandAlias> b)
    {
        b.Property(a => a.Alias).HasMaxLength(20);
        b.HasOne<Brand>().WithMany().HasForeignKey(a => a.BrandId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(a => new { a.BrandId, a.Alias }).IsUnique();
    }
}
