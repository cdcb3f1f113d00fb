using BlazorShop.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BlazorShop.Infrastructure.Data.Configurations;

sealed class CategoryConfiguration : IEntityTypeConfiguration<Category>
{
    public void Configure(EntityTypeBuilder<Category> b)
    {
        b.Property(c => c.Name).HasMaxLength(20);
        b.HasOne(c => c.Parent).WithMany(c => c.Children).HasForeignKey(c => c.ParentId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(c => new { c.ParentId, c.Sequence });
        b.ToTable(t => t.HasCheckConstraint("CK_Category_Level", "\"Level\" BETWEEN 1 AND 3"));
    }
}

sealed class ChannelGroupConfiguration : IEntityTypeConfiguration<ChannelGroup>
{
    public void Configure(EntityTypeBuilder<ChannelGroup> b) => b.Property(g => g.Name).HasMaxLength(20);
}

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

sealed class BrandConfiguration : IEntityTypeConfiguration<Brand>
{
    public void Configure(EntityTypeBuilder<Brand> b)
    {
        b.Property(x => x.Name).HasMaxLength(20);
        b.HasIndex(x => x.Name).IsUnique();
        b.Property(x => x.Logo).HasMaxLength(200);
        b.Property(x => x.FirstLetter).HasMaxLength(1);
    }
}

sealed class SpuConfiguration : IEntityTypeConfiguration<Spu>
{
    public void Configure(EntityTypeBuilder<Spu> b)
    {
        b.Property(s => s.Name).HasMaxLength(100);
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

sealed class SpecificationConfiguration : IEntityTypeConfiguration<Specification>
{
    public void Configure(EntityTypeBuilder<Specification> b)
    {
        b.Property(s => s.Name).HasMaxLength(20);
        b.HasOne<Spu>().WithMany(s => s.Specifications).HasForeignKey(s => s.SpuId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(s => new { s.SpuId, s.Sequence });
    }
}

sealed class SpecificationOptionConfiguration : IEntityTypeConfiguration<SpecificationOption>
{
    public void Configure(EntityTypeBuilder<SpecificationOption> b)
    {
        b.Property(o => o.Value).HasMaxLength(30);
        b.HasOne(o => o.Specification).WithMany(s => s.Options).HasForeignKey(o => o.SpecificationId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(o => new { o.SpecificationId, o.Value }).IsUnique();
    }
}

sealed class SkuConfiguration : IEntityTypeConfiguration<Sku>
{
    public void Configure(EntityTypeBuilder<Sku> b)
    {
        b.Property(s => s.Name).HasMaxLength(100);
        b.Property(s => s.Caption).HasMaxLength(200);
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

sealed class SkuImageConfiguration : IEntityTypeConfiguration<SkuImage>
{
    public void Configure(EntityTypeBuilder<SkuImage> b)
    {
        b.Property(i => i.Image).HasMaxLength(200);
        b.HasOne<Sku>().WithMany(s => s.Images).HasForeignKey(i => i.SkuId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(i => new { i.SkuId, i.Sequence });
    }
}

sealed class SkuSpecificationConfiguration : IEntityTypeConfiguration<SkuSpecification>
{
    public void Configure(EntityTypeBuilder<SkuSpecification> b)
    {
        b.HasOne<Sku>().WithMany(s => s.Specifications).HasForeignKey(x => x.SkuId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(x => x.Specification).WithMany().HasForeignKey(x => x.SpecificationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.Option).WithMany().HasForeignKey(x => x.OptionId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.SkuId, x.SpecificationId }).IsUnique();
        b.HasIndex(x => x.OptionId);
    }
}

sealed class ContentCategoryConfiguration : IEntityTypeConfiguration<ContentCategory>
{
    public void Configure(EntityTypeBuilder<ContentCategory> b)
    {
        b.Property(c => c.Name).HasMaxLength(50);
        b.Property(c => c.Key).HasMaxLength(50);
        b.HasIndex(c => c.Key).IsUnique();
    }
}

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
