using BlazorShop.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BlazorShop.Infrastructure.Data.Configurations;

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
