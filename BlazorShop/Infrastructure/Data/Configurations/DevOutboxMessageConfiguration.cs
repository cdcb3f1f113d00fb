using BlazorShop.Infrastructure.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BlazorShop.Infrastructure.Data.Configurations;

sealed class DevOutboxMessageConfiguration : IEntityTypeConfiguration<DevOutboxMessage>
{
    public void Configure(EntityTypeBuilder<DevOutboxMessage> b)
    {
        b.Property(m => m.Recipient).HasMaxLength(320);
        b.Property(m => m.Subject).HasMaxLength(200);
        b.HasIndex(m => m.Recipient);
    }
}
