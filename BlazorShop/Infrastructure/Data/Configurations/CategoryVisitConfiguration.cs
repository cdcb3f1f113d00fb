using BlazorShop.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BlazorShop.Infrastructure.Data.Configurations;

sealed class CategoryVisitConfiguration : IEntityTypeConfiguration<CategoryVisit>
{
    public void Configure(EntityTypeBuilder<CategoryVisit> b)
    {
        b.HasOne<Category>().WithMany().HasForeignKey(v => v.CategoryId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(v => new { v.CategoryId, v.Date }).IsUnique();
        b.HasIndex(v => v.Date);
        b.ToTable(t => t.HasCheckConstraint("CK_CategoryVisit_Count", "\"Count\" >= 0"));
    }
}
