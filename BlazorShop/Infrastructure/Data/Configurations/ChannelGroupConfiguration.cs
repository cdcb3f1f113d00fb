using BlazorShop.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BlazorShop.Infrastructure.Data.Configurations;

sealed class ChannelGroupConfiguration : IEntityTypeConfiguration<ChannelGroup>
{
    public void Configure(EntityTypeBuilder<ChannelGroup> b)
    {
        b.Property(g => g.Name).HasMaxLength(20);
        b.Property(g => g.NameEn).HasMaxLength(50);
    }
}
