using BlazorShop.Domain;
using BlazorShop.Features.Admin.Audit;
using BlazorShop.Features.Admin.Goods;
using BlazorShop.Infrastructure.Blobs;
using BlazorShop.Infrastructure.Data;
using BlazorShop.Infrastructure.Events;
using BlazorShop.Shared.Live;
using BlazorShop.Tests.Features.Accounts.Avatar;
using BlazorShop.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorShop.Tests.Features.Admin.Goods;

/// <summary>
/// A SKU's gallery in the back office: images checked by content and stored in the blob store, ordered, one made the
/// default, deleted with their blob; every change audited and announced so the shop's pages follow.
/// </summary>
[Collection("admin")]
public class SkuImageTests(AdminApps apps)
{
    [Theory, MemberData(nameof(AdminApps.Providers), MemberType = typeof(AdminApps))]
    public async Task Upload_order_default_and_delete(string provider)
    {
        var app = await apps.GetAsync(provider);
        var images = app.Services.GetRequiredService<AdminSkuImageService>();
        var blobs = app.Services.GetRequiredService<IBlobStore>();
        var admin = AdminPeople.Admin();
        var skuId = await NewSkuAsync(app);
        var changes = new List<SkuChanged>();
        using var subscription = app.Services.GetRequiredService<IEventBus>().Subscribe<SkuChanged>(e =>
        {
            if (e.SkuId == skuId) lock (changes) changes.Add(e);
            return Task.CompletedTask;
        });

        Assert.Null(await images.UploadAsync(admin, skuId, new MemoryStream(ImageSamples.Png)));
        Assert.Null(await images.UploadAsync(admin, skuId, new MemoryStream(ImageSamples.Jpeg)));
        Assert.Null(await images.UploadAsync(admin, skuId, new MemoryStream(ImageSamples.WebPLossy)));
        var detail = (await images.GetAsync(admin, skuId))!;
        Assert.Equal(3, detail.Images.Count);
        Assert.All(detail.Images, i => Assert.StartsWith("skus/", i.Image, StringComparison.Ordinal));
        Assert.EndsWith(".png", detail.Images[0].Image, StringComparison.Ordinal);
        Assert.EndsWith(".jpg", detail.Images[1].Image, StringComparison.Ordinal);
        // The first upload of a SKU without images became its default; every blob is stored.
        Assert.Equal(detail.Images[0].Image, detail.DefaultImage);
        Assert.True(detail.Images[0].IsDefault);
        foreach (var image in detail.Images) Assert.True(await blobs.ExistsAsync(image.Image));

        // Order: the last one moves first; a list that isn't exactly the SKU's images is refused.
        var (a, b, c) = (detail.Images[0].Id, detail.Images[1].Id, detail.Images[2].Id);
        Assert.True(await images.MoveAsync(admin, c, -1));
        Assert.True(await images.MoveAsync(admin, c, -1));
        Assert.False(await images.MoveAsync(admin, c, -1));
        Assert.Equal([c, a, b], (await images.GetAsync(admin, skuId))!.Images.Select(i => i.Id));
        Assert.False(await images.ReorderAsync(admin, skuId, [a, b]));
        Assert.False(await images.ReorderAsync(admin, skuId, [a, a, b]));
        Assert.True(await images.ReorderAsync(admin, skuId, [b, c, a]));
        Assert.Equal([b, c, a], (await images.GetAsync(admin, skuId))!.Images.Select(i => i.Id));

        // Default image: the card's image changes.
        Assert.True(await images.SetDefaultAsync(admin, c));
        var cKey = (await images.GetAsync(admin, skuId))!.Images.Single(i => i.Id == c).Image;
        await using (var db = Db(app)) Assert.Equal(cKey, (await db.Skus.AsNoTracking().SingleAsync(s => s.Id == skuId)).DefaultImage);

        // Deleting the default: its blob goes, the default passes to the first image left.
        Assert.True(await images.DeleteAsync(admin, c));
        Assert.False(await blobs.ExistsAsync(cKey));
        detail = (await images.GetAsync(admin, skuId))!;
        Assert.Equal([b, a], detail.Images.Select(i => i.Id));
        Assert.Equal(detail.Images[0].Image, detail.DefaultImage);
        Assert.False(await images.DeleteAsync(admin, c));

        // Each change was announced (cached pages and page data of the SKU are dropped) and audited.
        await WaitForAsync(() => { lock (changes) return changes.Count >= 8; });
        await using var check = Db(app);
        var actions = await check.AuditLog.AsNoTracking().Where(e => e.Target == "sku:" + skuId).Select(e => e.Action).ToListAsync();
        Assert.Equal(3, actions.Count(x => x == "sku.image.add"));
        Assert.Contains("sku.image.order", actions);
        Assert.Contains("sku.image.default", actions);
        Assert.Contains("sku.image.delete", actions);
        Assert.All(await check.AuditLog.AsNoTracking().Where(e => e.Target == "sku:" + skuId).ToListAsync(), e => Assert.Equal(AuditAreas.Goods, e.Area));
    }

    [Fact]
    public async Task A_file_that_is_not_an_image_is_refused_whatever_its_name()
    {
        var app = await apps.GetAsync();
        var images = app.Services.GetRequiredService<AdminSkuImageService>();
        var admin = AdminPeople.Admin();
        var skuId = await NewSkuAsync(app);

        foreach (var bytes in new[] { ImageSamples.TextRenamedPng, ImageSamples.Svg, ImageSamples.Png[..8], "%PDF-1.4 renamed.jpg"u8.ToArray(), [] })
            Assert.NotNull(await images.UploadAsync(admin, skuId, new MemoryStream(bytes)));
        // Over the size limit, even with a real image header.
        Assert.NotNull(await images.UploadAsync(admin, skuId, new MemoryStream([.. ImageSamples.Png, .. new byte[(int)AdminImagesMax + 1]])));
        Assert.Empty((await images.GetAsync(admin, skuId))!.Images);
        Assert.NotNull(await images.UploadAsync(admin, long.MaxValue, new MemoryStream(ImageSamples.Png)));
        Assert.Null(await images.GetAsync(admin, long.MaxValue));
    }

    private static long AdminImagesMax => BlazorShop.Features.Admin.AdminImages.MaxBytes;

    private static ShopDbContext Db(ShopAppFactory app) => app.Services.GetRequiredService<IDbContextFactory<ShopDbContext>>().CreateDbContext();

    /// <summary>A new SKU without images, on a seeded SPU.</summary>
    private static async Task<long> NewSkuAsync(ShopAppFactory app)
    {
        await using var db = Db(app);
        var spu = await db.Spus.AsNoTracking().OrderBy(s => s.Id).FirstAsync();
        var sku = new Sku { SpuId = spu.Id, BrandId = spu.BrandId, CategoryId = spu.Category3Id, Name = "图片测试 " + Guid.NewGuid().ToString("N")[..6], Price = 1m, MarketPrice = 1m, Stock = 1 };
        db.Skus.Add(sku);
        await db.SaveChangesAsync();
        return sku.Id;
    }

    private static async Task WaitForAsync(Func<bool> condition)
    {
        for (var i = 0; i < 200 && !condition(); i++) await Task.Delay(50);
        Assert.True(condition());
    }
}
