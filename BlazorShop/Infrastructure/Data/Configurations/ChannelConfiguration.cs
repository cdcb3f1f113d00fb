using BlazorShop.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BlazorShop.Infrastructure.Data.Configurations;

sealed class ChannelConfiguration : IEntityTypeConfiguration<Channel>
{
    public void Configure(EntityTypeBuilder<Channel> b)
    {
        b.HasOne(c => c.Group).WithMany(g => g.Channels).HasForeignKey(c => c.GroupId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(c => c.Category).WithMany().HasForeignKey(c => c.CategoryId).OnDelete(DeleteBehavior.Restrict);
        b.Property(c => c.Url).HasMaxLength(200);
        b.HasIndex(c => new { c.GroupId, c.Sequence });
    }
}
