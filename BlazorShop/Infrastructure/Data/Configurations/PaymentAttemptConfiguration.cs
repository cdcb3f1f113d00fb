using BlazorShop.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BlazorShop.Infrastructure.Data.Configurations;

sealed class PaymentAttemptConfiguration : IEntityTypeConfiguration<PaymentAttempt>
{
    public void Configure(EntityTypeBuilder<PaymentAttempt> b)
    {
        b.HasKey(a => a.OrderId);
        b.Property(a => a.OrderId).HasMaxLength(23);
        b.Property(a => a.Gateway).HasMaxLength(16);
        b.HasOne<Order>().WithMany().HasForeignKey(a => a.OrderId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(a => new { a.Done, a.NextCheckAt });
    }
}
