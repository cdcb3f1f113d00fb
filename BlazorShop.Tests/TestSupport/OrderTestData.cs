using BlazorShop.Domain;
using BlazorShop.Features.Orders;
using BlazorShop.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorShop.Tests.TestSupport;

/// <summary>A shopper with an address, and SKUs of their own (a new product per test), in an order-test app.</summary>
public sealed record OrderBuyer(TestShopper Shopper, long AddressId)
{
    public long Id => Shopper.Id;
}

public static class OrderTestData
{
    public static ShopDbContext Db(ShopAppFactory app) =>
        app.Services.GetRequiredService<IDbContextFactory<ShopDbContext>>().CreateDbContext();

    public static async Task<OrderBuyer> BuyerAsync(ShopAppFactory app)
    {
        var shopper = await TestShoppers.CreateAsync(app, "buyer");
        await using var db = Db(app);
        var district = await db.Areas.AsNoTracking().Where(a => a.ParentId != null && db.Areas.Any(p => p.Id == a.ParentId && p.ParentId != null))
            .Select(a => new { a.Id, CityId = a.ParentId!.Value }).FirstAsync();
        var provinceId = await db.Areas.Where(a => a.Id == district.CityId).Select(a => a.ParentId!.Value).FirstAsync();
        var address = new Address
        {
            UserId = shopper.Id, Title = "家", Receiver = "张三", ProvinceId = provinceId, CityId = district.CityId,
            DistrictId = district.Id, Place = "中关村大街 1 号", Mobile = "13800138000", IsDefault = true,
        };
        db.Addresses.Add(address);
        await db.SaveChangesAsync();
        return new OrderBuyer(shopper, address.Id);
    }

    /// <summary>Many buyers at once (users without a password, each with a default address): for crowds.</summary>
    public static async Task<IReadOnlyList<OrderBuyer>> CrowdAsync(ShopAppFactory app, int count)
    {
        await using var db = Db(app);
        var district = await db.Areas.AsNoTracking().Where(a => a.ParentId != null && db.Areas.Any(p => p.Id == a.ParentId && p.ParentId != null))
            .Select(a => new { a.Id, CityId = a.ParentId!.Value }).FirstAsync();
        var provinceId = await db.Areas.Where(a => a.Id == district.CityId).Select(a => a.ParentId!.Value).FirstAsync();
        var tag = Guid.NewGuid().ToString("N")[..8];
        var users = Enumerable.Range(0, count).Select(i => new ShopUser
        {
            UserName = $"crowd{tag}{i}", NormalizedUserName = $"CROWD{tag}{i}".ToUpperInvariant(), SecurityStamp = Guid.NewGuid().ToString("N"),
        }).ToList();
        db.Users.AddRange(users);
        await db.SaveChangesAsync();
        var addresses = users.Select(u => new Address
        {
            UserId = u.Id, Title = "家", Receiver = "李四", ProvinceId = provinceId, CityId = district.CityId,
            DistrictId = district.Id, Place = "人民路 8 号", Mobile = "13900139000", IsDefault = true,
        }).ToList();
        db.Addresses.AddRange(addresses);
        await db.SaveChangesAsync();
        return [.. users.Zip(addresses, (u, a) => new OrderBuyer(new TestShopper(u.Id, u.UserName!, "", ""), a.Id))];
    }

    /// <summary>A new product with one SKU per stock given (all launched unless said otherwise).</summary>
    public static async Task<long[]> SkusAsync(ShopAppFactory app, params (int Stock, decimal Price)[] skus)
    {
        await using var db = Db(app);
        var category = await db.Categories.AsNoTracking().Where(c => c.Level == 3).Select(c => new { c.Id, c.ParentId }).FirstAsync();
        var brandId = await db.Brands.AsNoTracking().Select(b => b.Id).FirstAsync();
        var spu = new Spu { Name = "测试商品 " + Guid.NewGuid().ToString("N")[..6], BrandId = brandId, Category1Id = category.Id, Category2Id = category.Id, Category3Id = category.Id };
        db.Spus.Add(spu);
        await db.SaveChangesAsync();
        var rows = skus.Select((s, i) => new Sku
        {
            SpuId = spu.Id, CategoryId = category.Id, BrandId = brandId, Name = $"{spu.Name} 款{i + 1}", Price = s.Price,
            MarketPrice = s.Price, Stock = s.Stock, IsLaunched = true,
        }).ToList();
        db.Skus.AddRange(rows);
        await db.SaveChangesAsync();
        return [.. rows.Select(r => r.Id)];
    }

    public static async Task<long> SkuAsync(ShopAppFactory app, int stock, decimal price = 100m) => (await SkusAsync(app, (stock, price)))[0];

    public static async Task<(int Stock, int Sales, int SpuSales)> StockAsync(ShopAppFactory app, long skuId)
    {
        await using var db = Db(app);
        return await db.Skus.AsNoTracking().Where(s => s.Id == skuId)
            .Select(s => new ValueTuple<int, int, int>(s.Stock, s.Sales, s.Spu!.Sales)).FirstAsync();
    }

    public static PlaceOrderRequest Request(OrderBuyer buyer, PayMethod pay, params (long Sku, int Count)[] lines) =>
        new([.. lines.Select(l => new CheckoutLine(l.Sku, l.Count))], buyer.AddressId, pay, null, CheckoutSource.BuyNow, null);
}
