using BlazorShop.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BlazorShop.Infrastructure.Data.Configurations;

sealed class SpuConfiguration : IEntityTypeConfiguration<Spu>
{
    public void Configure(EntityTypeBuilder<Spu> b)
    {
        b.Property(s => s.Name).HasMaxLength(100);
        b.Property(s => s.NameEn).HasMaxLength(200);
        b.HasOne(s => s.Brand).WithMany().HasForeignKey(s => s.BrandId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(s => s.Category1).WithMany().HasForeignKey(s => s.Category1Id).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(s => s.Category2).WithMany().HasForeignKey(s => s.Category2Id).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(s => s.Category3).WithMany().HasForeignKey(s => s.Category3Id).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(s => s.Category3Id);
        b.HasIndex(s => s.BrandId);
        b.ToTable(t =>
        {
            t.HasCheckConstraint("CK_Spu_Sales", "\"Sales\" >= 0");
            t.HasCheckConstraint("CK_Spu_CommentCount", "\"CommentCount\" >= 0");
        });
    }
}
