using BlazorShop.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BlazorShop.Infrastructure.Data.Configurations;

sealed class ContentConfiguration : IEntityTypeConfiguration<Content>
{
    public void Configure(EntityTypeBuilder<Content> b)
    {
        b.Property(c => c.Title).HasMaxLength(100);
        b.Property(c => c.Url).HasMaxLength(300);
        b.Property(c => c.Image).HasMaxLength(200);
        b.Property(c => c.Text).HasMaxLength(1000);
        b.HasOne(c => c.Category).WithMany(c => c.Contents).HasForeignKey(c => c.CategoryId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(c => new { c.CategoryId, c.IsVisible, c.Sequence });
    }
}
