using BlazorShop.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BlazorShop.Infrastructure.Data.Configurations;

sealed class BrandConfiguration : IEntityTypeConfiguration<Brand>
{
    public void Configure(EntityTypeBuilder<Brand> b)
    {
        b.Property(x => x.Name).HasMaxLength(20);
        b.Property(x => x.NameEn).HasMaxLength(50);
        b.HasIndex(x => x.Name).IsUnique();
        b.Property(x => x.Logo).HasMaxLength(200);
        b.Property(x => x.FirstLetter).HasMaxLength(1);
    }
}
