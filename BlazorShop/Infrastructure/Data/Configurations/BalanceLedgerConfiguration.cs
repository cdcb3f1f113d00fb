using BlazorShop.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BlazorShop.Infrastructure.Data.Configurations;

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
