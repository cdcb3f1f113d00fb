using BlazorShop.Features.Catalog.Reviews;
using BlazorShop.Infrastructure.Data;
using BlazorShop.Shared;
using Microsoft.EntityFrameworkCore;

namespace BlazorShop.Features.Catalog;

public sealed class ProductQueries(IDbContextFactory<ShopDbContext> contexts, CatalogCache cache)
{
    public async Task<ProductDetail?> GetAsync(long skuId, CancellationToken ct = default)
    {
        await using var db = contexts.CreateDbContext();
        // The card is the same projection every tile uses, so the product page shows what the tiles show.
        var card = await db.Skus.AsNoTracking().Where(s => s.Id == skuId).Select(SkuCardModel.Projection).FirstOrDefaultAsync(ct);
        if (card is null) return null;
        var head = await db.Skus.AsNoTracking().Where(s => s.Id == skuId).Select(s => new
        {
            s.SpuId, s.CategoryId, Brand = s.Spu!.Brand!.Name, BrandEn = s.Spu.Brand.NameEn, SpuName = s.Spu.Name, SpuNameEn = s.Spu.NameEn,
            s.Spu.Description, s.Spu.Packing, s.Spu.AfterSale, s.Spu.DescriptionEn, s.Spu.PackingEn, s.Spu.AfterSaleEn,
            Images = s.Images.OrderBy(i => i.Sequence).Select(i => i.Image).ToList(),
        }).FirstOrDefaultAsync(ct);
        if (head is null) return null;

        var specs = await db.Specifications.AsNoTracking().Where(s => s.SpuId == head.SpuId).OrderBy(s => s.Sequence)
            .Select(s => new SpecView(s.Id, s.Name, s.Options.OrderBy(o => o.Sequence).Select(o => new OptionView(o.Id, o.Value, o.ValueEn)).ToList(), s.NameEn))
            .ToListAsync(ct);
        var specOrder = specs.Select(s => s.Id).ToList();
        var rows = await db.SkuSpecifications.AsNoTracking().Where(x => db.Skus.Any(s => s.Id == x.SkuId && s.SpuId == head.SpuId))
            .Select(x => new { x.SkuId, x.SpecificationId, x.OptionId }).ToListAsync(ct);
        var launched = await db.Skus.AsNoTracking().Where(s => s.SpuId == head.SpuId).Select(s => new { s.Id, s.IsLaunched, s.Stock }).ToListAsync(ct);
        var variants = launched.Select(s => new VariantView(s.Id,
            specOrder.Select(spec => rows.FirstOrDefault(r => r.SkuId == s.Id && r.SpecificationId == spec)?.OptionId ?? 0).ToList(),
            s.IsLaunched, s.Stock)).ToList();

        var images = head.Images.Count > 0 ? head.Images : card.Image is { } i ? [i] : [];
        return new ProductDetail
        {
            Sku = card, SpuId = head.SpuId, CategoryId = head.CategoryId, Brand = head.Brand, SpuName = head.SpuName, Images = images,
            Description = head.Description, Packing = head.Packing, AfterSale = head.AfterSale, Specs = specs, Variants = variants,
            BrandEn = head.BrandEn, SpuNameEn = head.SpuNameEn,
            DescriptionEn = head.DescriptionEn, PackingEn = head.PackingEn, AfterSaleEn = head.AfterSaleEn,
            Breadcrumb = CatalogQueries.BreadcrumbOf(await cache.GetTreeAsync(), head.CategoryId),
        };
    }

    /// <summary>How many visible reviews the product (all its SKUs) has, per score band, and their average.</summary>
    public async Task<ReviewSummary> GetReviewSummaryAsync(long spuId, CancellationToken ct = default)
    {
        await using var db = contexts.CreateDbContext();
        var counts = await db.OrderLines.AsNoTracking()
            .Where(l => l.IsCommented && !l.IsReviewHidden && l.Score != null && l.Sku!.SpuId == spuId)
            .GroupBy(l => l.Score!.Value).Select(g => new { Score = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Score, g => g.Count, ct);
        return ReviewSummary.FromScores(counts);
    }

    /// <summary>A page of the product's visible reviews (every SKU), newest first; anonymous reviewers are masked.</summary>
    public async Task<IReadOnlyList<ReviewView>> GetReviewsAsync(long spuId, ReviewFilter filter, int skip, int take, CancellationToken ct = default)
    {
        await using var db = contexts.CreateDbContext();
        var (min, max) = filter.Scores();
        var rows = await (from line in db.OrderLines.AsNoTracking()
                          join order in db.Orders on line.OrderId equals order.Id
                          join user in db.Users on order.UserId equals user.Id
                          where line.IsCommented && !line.IsReviewHidden && line.CommentedAt != null && line.Sku!.SpuId == spuId
                                && line.Score >= min && line.Score <= max
                          orderby line.CommentedAt descending, line.Id descending
                          select new { user.UserName, line.IsAnonymous, line.Score, line.Comment, line.CommentedAt, line.SkuName })
            .Skip(skip).Take(take).ToListAsync(ct);
        return rows.Select(r => new ReviewView(r.IsAnonymous ? Mask(r.UserName) : r.UserName ?? "", r.Score ?? 5, r.Comment ?? "",
            r.CommentedAt!.Value, r.SkuName)).ToList();
    }

    /// <summary>An anonymous reviewer: first and last character only (just the first for names of two or fewer).</summary>
    internal static string Mask(string? name) => string.IsNullOrEmpty(name) ? "***" : name[0] + "***" + (name.Length > 2 ? name[^1] : "");
}
