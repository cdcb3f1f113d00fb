using BlazorShop.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BlazorShop.Infrastructure.Data.Configurations;

sealed class ShopRoleConfiguration : IEntityTypeConfiguration<ShopRole>
{
    public void Configure(EntityTypeBuilder<ShopRole> b) => b.Property(r => r.Description).HasMaxLength(200);
}
