using BlazorShop.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BlazorShop.Infrastructure.Data.Configurations;

sealed class ContentCategoryConfiguration : IEntityTypeConfiguration<ContentCategory>
{
    public void Configure(EntityTypeBuilder<ContentCategory> b)
    {
        b.Property(c => c.Name).HasMaxLength(50);
        b.Property(c => c.Key).HasMaxLength(50);
        b.HasIndex(c => c.Key).IsUnique();
    }
}
