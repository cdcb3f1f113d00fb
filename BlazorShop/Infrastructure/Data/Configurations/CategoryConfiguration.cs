using BlazorShop.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BlazorShop.Infrastructure.Data.Configurations;

sealed class CategoryConfiguration : IEntityTypeConfiguration<Category>
{
    public void Configure(EntityTypeBuilder<Category> b)
    {
        b.Property(c => c.Name).HasMaxLength(20);
        b.Property(c => c.NameEn).HasMaxLength(50);
        b.HasOne(c => c.Parent).WithMany(c => c.Children).HasForeignKey(c => c.ParentId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(c => new { c.ParentId, c.Sequence });
        b.ToTable(t => t.HasCheckConstraint("CK_Category_Level", "\"Level\" BETWEEN 1 AND 3"));
    }
}
