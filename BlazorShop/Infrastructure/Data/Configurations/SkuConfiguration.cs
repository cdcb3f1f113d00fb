using BlazorShop.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BlazorShop.Infrastructure.Data.Configurations;

sealed class SkuConfiguration : IEntityTypeConfiguration<Sku>
{
    public void Configure(EntityTypeBuilder<Sku> b)
    {
        b.Property(s => s.Name).HasMaxLength(100);
        b.Property(s => s.Caption).HasMaxLength(200);
        b.Property(s => s.NameEn).HasMaxLength(200);
        b.Property(s => s.CaptionEn).HasMaxLength(300);
        b.Property(s => s.DefaultImage).HasMaxLength(200);
        b.Property(s => s.RowVersion).IsConcurrencyToken();
        b.HasOne(s => s.Spu).WithMany(s => s.Skus).HasForeignKey(s => s.SpuId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(s => s.Category).WithMany().HasForeignKey(s => s.CategoryId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Brand>().WithMany().HasForeignKey(s => s.BrandId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(s => new { s.BrandId, s.IsLaunched });
        // List page: launched SKUs of a category sorted by sales, price or newest; home floors by sales.
        b.HasIndex(s => new { s.CategoryId, s.IsLaunched, s.Sales });
        b.HasIndex(s => new { s.CategoryId, s.IsLaunched, s.Price });
        b.HasIndex(s => new { s.CategoryId, s.IsLaunched, s.CreatedAt });
        b.HasIndex(s => new { s.IsLaunched, s.Sales });
        b.HasIndex(s => s.SpuId);
        b.ToTable(t =>
        {
            t.HasCheckConstraint("CK_Sku_Stock", "\"Stock\" >= 0");
            t.HasCheckConstraint("CK_Sku_Sales", "\"Sales\" >= 0");
            t.HasCheckConstraint("CK_Sku_Price", "\"Price\" >= 0 AND \"MarketPrice\" >= 0 AND \"CostPrice\" >= 0");
            t.HasCheckConstraint("CK_Sku_CommentCount", "\"CommentCount\" >= 0");
        });
    }
}
