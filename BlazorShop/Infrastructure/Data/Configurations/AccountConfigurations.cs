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

sealed class ShopRoleConfiguration : IEntityTypeConfiguration<ShopRole>
{
    public void Configure(EntityTypeBuilder<ShopRole> b) => b.Property(r => r.Description).HasMaxLength(200);
}

sealed class BalanceLedgerConfiguration : IEntityTypeConfiguration<BalanceLedgerEntry>
{
    public void Configure(EntityTypeBuilder<BalanceLedgerEntry> b)
    {
        b.HasOne<ShopUser>().WithMany().HasForeignKey(e => e.UserId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(e => new { e.UserId, e.CreatedAt });
        b.Property(e => e.OrderId).HasMaxLength(23);
        b.Property(e => e.Note).HasMaxLength(200);
        b.ToTable(t => t.HasCheckConstraint("CK_Ledger_BalanceAfter", "\"BalanceAfter\" >= 0"));
    }
}

sealed class RechargeRequestConfiguration : IEntityTypeConfiguration<RechargeRequest>
{
    public void Configure(EntityTypeBuilder<RechargeRequest> b)
    {
        b.HasOne<ShopUser>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(r => new { r.Status, r.CreatedAt });
        b.HasIndex(r => new { r.UserId, r.CreatedAt });
        b.Property(r => r.Note).HasMaxLength(200);
        b.Property(r => r.RowVersion).IsConcurrencyToken();
        b.ToTable(t => t.HasCheckConstraint("CK_Recharge_Amount", "\"Amount\" > 0"));
    }
}

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

sealed class CartItemConfiguration : IEntityTypeConfiguration<CartItem>
{
    public void Configure(EntityTypeBuilder<CartItem> b)
    {
        b.HasOne<ShopUser>().WithMany().HasForeignKey(c => c.UserId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Sku>().WithMany().HasForeignKey(c => c.SkuId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(c => new { c.UserId, c.SkuId }).IsUnique();
        b.ToTable(t => t.HasCheckConstraint("CK_Cart_Count", "\"Count\" > 0"));
    }
}

sealed class DataProtectionKeyConfiguration : IEntityTypeConfiguration<DataProtectionKey>
{
    public void Configure(EntityTypeBuilder<DataProtectionKey> b) => b.Property(k => k.FriendlyName).HasMaxLength(200);
}
