using BlazorShop.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BlazorShop.Infrastructure.Data.Configurations;

sealed class ShopUserConfiguration : IEntityTypeConfiguration<ShopUser>
{
    public void Configure(EntityTypeBuilder<ShopUser> b)
    {
        b.Property(u => u.Mobile).HasMaxLength(11);
        b.HasIndex(u => u.Mobile).IsUnique();
        b.Property(u => u.AvatarKey).HasMaxLength(200);
        b.HasIndex(u => u.CreatedAt);    // dashboard: new users per day
        b.HasIndex(u => u.LastLoginAt);  // dashboard: active users per day
        b.ToTable(t => t.HasCheckConstraint("CK_User_Balance", "\"Balance\" >= 0"));
    }
}
