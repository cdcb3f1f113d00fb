using BlazorShop.Domain;
using BlazorShop.Infrastructure.Data;

namespace BlazorShop.Infrastructure.Seeding;

/// <summary>Turns catalog.json into rows. Runs inside the seeder's transaction.</summary>
sealed class CatalogImport(ShopDbContext db, CatalogImageUploader images, DateTime utcNow)
{
    private readonly Dictionary<string, Category> _categories = []; // by path "a/b/c"

    public async Task<ImportCounts> RunAsync(CatalogFile catalog, CancellationToken ct)
    {
        var sequence = 0;
        foreach (var node in catalog.Categories) AddCategory(node, null, "", ++sequence);
        await db.SaveChangesAsync(ct);

        var groupSequence = 0;
        foreach (var group in catalog.ChannelGroups)
        {
            var g = new ChannelGroup { Name = group.Name, NameEn = group.NameEn, Sequence = ++groupSequence };
            var channelSequence = 0;
            foreach (var name in group.Categories)
            {
                var category = _categories[name];
                g.Channels.Add(new Channel { CategoryId = category.Id, Url = $"/list/{category.Id}", Sequence = ++channelSequence });
            }
            db.ChannelGroups.Add(g);
        }

        var brands = new Dictionary<string, Brand>();
        foreach (var b in catalog.Brands)
        {
            brands[b.Name] = new Brand { Name = b.Name, NameEn = b.NameEn, FirstLetter = b.FirstLetter, Logo = await images.KeyForAsync(b.Logo, ct) };
            db.Brands.Add(brands[b.Name]);
        }
        await db.SaveChangesAsync(ct);

        var skuCount = 0;
        var age = catalog.Spus.Count;
        foreach (var s in catalog.Spus)
        {
            // Spread creation times so "newest" sorting means something in the demo.
            var created = utcNow.AddDays(-3 * age--);
            skuCount += await AddSpuAsync(s, brands[s.Brand], created, ct);
        }

        foreach (var slot in catalog.Contents)
        {
            var category = new ContentCategory { Key = slot.Key, Name = slot.Name };
            foreach (var item in slot.Items)
                category.Contents.Add(new Content
                {
                    Title = item.Title, Url = item.Url ?? "", Text = item.Text, Sequence = item.Sequence,
                    Image = await images.KeyForAsync(item.Image, ct),
                });
            db.ContentCategories.Add(category);
        }
        await db.SaveChangesAsync(ct);
        return new ImportCounts(_categories.Count, brands.Count, catalog.Spus.Count, skuCount);
    }

    private void AddCategory(CategoryNode node, Category? parent, string parentPath, int sequence)
    {
        var category = new Category { Name = node.Name, NameEn = node.NameEn, Parent = parent, Level = (parent?.Level ?? 0) + 1, Sequence = sequence };
        db.Categories.Add(category);
        var path = parentPath.Length == 0 ? node.Name : parentPath + "/" + node.Name;
        _categories[path] = category;
        var i = 0;
        foreach (var child in node.Children ?? []) AddCategory(child, category, path, ++i);
    }

    private async Task<int> AddSpuAsync(SpuNode s, Brand brand, DateTime created, CancellationToken ct)
    {
        var c1 = _categories[s.Category[0]];
        var c2 = _categories[$"{s.Category[0]}/{s.Category[1]}"];
        var c3 = _categories[$"{s.Category[0]}/{s.Category[1]}/{s.Category[2]}"];
        var spu = new Spu
        {
            Name = s.Name, BrandId = brand.Id, Category1Id = c1.Id, Category2Id = c2.Id, Category3Id = c3.Id,
            Description = s.Description ?? "", AfterSale = s.AfterSale ?? "", Packing = s.Packing ?? "",
            NameEn = s.NameEn, DescriptionEn = s.DescriptionEn, AfterSaleEn = s.AfterSaleEn, PackingEn = s.PackingEn,
            Sales = s.Skus.Sum(k => k.Sales), CreatedAt = created, UpdatedAt = created,
        };
        var specs = s.Specs.Select((spec, i) => new Specification
        {
            Name = spec.Name, NameEn = spec.NameEn, Sequence = i + 1,
            Options = spec.Options.Select((o, j) => new SpecificationOption { Value = o, ValueEn = spec.OptionsEn?.ElementAtOrDefault(j), Sequence = j + 1 }).ToList(),
        }).ToList();
        spu.Specifications.AddRange(specs);
        db.Spus.Add(spu);
        await db.SaveChangesAsync(ct);

        var minute = 0;
        foreach (var k in s.Skus)
        {
            var sku = new Sku
            {
                SpuId = spu.Id, CategoryId = c3.Id, BrandId = brand.Id, Name = k.Name, Caption = k.Caption ?? "",
                NameEn = k.NameEn, CaptionEn = k.CaptionEn,
                Price = k.Price, MarketPrice = k.MarketPrice, CostPrice = k.CostPrice,
                Stock = k.Stock, Sales = k.Sales, IsLaunched = k.Launched,
                CreatedAt = created.AddMinutes(minute++), UpdatedAt = created,
            };
            var seq = 0;
            foreach (var image in k.Images)
                sku.Images.Add(new SkuImage { Image = (await images.KeyForAsync(image, ct))!, Sequence = ++seq });
            sku.DefaultImage = sku.Images.FirstOrDefault()?.Image;
            for (var i = 0; i < specs.Count; i++)
            {
                var option = specs[i].Options.Single(o => o.Value == k.Options[i]);
                sku.Specifications.Add(new SkuSpecification { SpecificationId = specs[i].Id, OptionId = option.Id });
            }
            db.Skus.Add(sku);
        }
        await db.SaveChangesAsync(ct);
        return s.Skus.Count;
    }
}
