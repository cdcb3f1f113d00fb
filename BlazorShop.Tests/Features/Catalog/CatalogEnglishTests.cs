using System.Net;
using System.Text.RegularExpressions;
using BlazorShop.Features.Admin.Goods;
using BlazorShop.Infrastructure.Data;
using BlazorShop.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorShop.Tests.Features.Catalog;

/// <summary>
/// The catalog in both languages, as a shopper's browser receives it: English pages show the English names of
/// products, categories, brands and specifications (the Chinese one where there is none), Chinese pages the Chinese;
/// search finds goods by either; the output cache never hands one language's page to the other; the back office edits
/// the English names.
/// </summary>
[Collection("catalog")]
public class CatalogEnglishTests(CatalogApps apps)
{
    private const string EnglishCookie = ".AspNetCore.Culture=c%3Den%7Cuic%3Den";
    private const string ChineseCookie = ".AspNetCore.Culture=c%3Dzh-CN%7Cuic%3Dzh-CN";

    private static async Task<T> DbAsync<T>(ShopAppFactory app, Func<ShopDbContext, Task<T>> query)
    {
        await using var db = app.Services.GetRequiredService<IDbContextFactory<ShopDbContext>>().CreateDbContext();
        return await query(db);
    }

    private static HttpClient Anonymous(ShopAppFactory app) => app.CreateClient(new() { HandleCookies = false, AllowAutoRedirect = false });

    /// <summary>The page as a signed-out shopper with the language cookie (or Accept-Language) sees it, HTML-decoded, and whether it came from the cache.</summary>
    private static async Task<(string Html, bool Cached)> GetAsync(HttpClient http, string path, string? cookie, string? acceptLanguage = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (cookie is not null) request.Headers.Add("Cookie", cookie);
        if (acceptLanguage is not null) request.Headers.Add("Accept-Language", acceptLanguage);
        using var response = await http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // Decoded, and without the components' CSS scope attributes (b-xxxxxxxxxx).
        var html = Regex.Replace(await response.Content.ReadAsStringAsync(), " b-[a-z0-9]{10}(?=[ >])", "");
        return (WebUtility.HtmlDecode(html), response.Headers.Age is not null);
    }

    private static async Task<string> EventuallyAsync(HttpClient http, string path, string cookie, Func<string, bool> condition)
    {
        var html = "";
        for (var i = 0; i < 100; i++)
        {
            (html, _) = await GetAsync(http, path, cookie);
            if (condition(html)) return html;
            await Task.Delay(50);
        }
        Assert.Fail($"{path} never showed the expected content");
        return html;
    }

    private static string Text(string html) => Regex.Replace(html, "<[^>]+>", " ");

    /// <summary>The page without its search highlights (a highlighted name reads as the name).</summary>
    private static string Unmarked(string html) => Regex.Replace(html, "</?mark[^>]*>", "");

    private sealed record Product(long Id, string Name, string NameEn, string Brand, string BrandEn, string Spec, string SpecEn, string Option, string OptionEn);

    private static Task<Product> ProductAsync(ShopAppFactory app, string spuName) => DbAsync(app, async db =>
    {
        var sku = await db.Skus.AsNoTracking().Where(s => s.Spu!.Name == spuName && s.IsLaunched && s.Stock > 0).OrderBy(s => s.Id)
            .Select(s => new { s.Id, s.Name, s.NameEn, Brand = s.Spu!.Brand!.Name, BrandEn = s.Spu.Brand.NameEn }).FirstAsync();
        var spec = await db.SkuSpecifications.AsNoTracking().Where(x => x.SkuId == sku.Id).OrderBy(x => x.Specification!.Sequence)
            .Select(x => new { x.Specification!.Name, x.Specification.NameEn, x.Option!.Value, x.Option.ValueEn }).FirstAsync();
        return new Product(sku.Id, sku.Name, sku.NameEn!, sku.Brand, sku.BrandEn!, spec.Name, spec.NameEn!, spec.Value, spec.ValueEn!);
    });

    [Theory, MemberData(nameof(CatalogApps.Providers), MemberType = typeof(CatalogApps))]
    public async Task The_product_page_shows_the_English_names_on_English_pages_and_the_Chinese_on_Chinese(string provider)
    {
        var app = await apps.GetAsync(provider);
        using var http = Anonymous(app);
        var p = await ProductAsync(app, "华为 Mate 60 Pro");
        Assert.Equal(("Huawei", "Colour", "Yadan Black"), (p.BrandEn, p.SpecEn, p.OptionEn)); // the demo data has them

        var (english, _) = await GetAsync(http, $"/goods/{p.Id}", EnglishCookie);
        Assert.Contains($"<h1 class=\"product-name\">{p.NameEn}</h1>", english);
        Assert.Contains($"<title>{p.NameEn}", english);
        Assert.Contains($"<th scope=\"row\">{p.SpecEn}</th><td>{p.OptionEn}</td>", english); // full specs table
        Assert.Contains($"<td>{p.BrandEn}</td>", english);
        Assert.Contains("Phones & Digital", Text(english)); // breadcrumb and menu
        Assert.Contains(">Mobile Phones<", english);
        Assert.Contains("data-spec=\"Colour\"", english); // the variant picker
        Assert.DoesNotContain($">{p.Name}<", english);
        Assert.DoesNotContain(">手机通讯<", english);

        var (chinese, _) = await GetAsync(http, $"/goods/{p.Id}", ChineseCookie);
        Assert.Contains($"<h1 class=\"product-name\">{p.Name}</h1>", chinese);
        Assert.Contains($"<th scope=\"row\">{p.Spec}</th><td>{p.Option}</td>", chinese);
        Assert.Contains(">手机通讯<", chinese);
        Assert.DoesNotContain(p.NameEn, chinese);
        Assert.DoesNotContain("Mobile Phones", chinese);
    }

    [Fact]
    public async Task The_category_page_and_the_home_floors_are_in_English_on_English_pages()
    {
        var app = await apps.GetAsync("Sqlite");
        using var http = Anonymous(app);
        var phones = await DbAsync(app, db => db.Categories.Where(c => c.Name == "手机" && c.Level == 3).Select(c => c.Id).SingleAsync());
        var names = await DbAsync(app, db => db.Skus.Where(s => s.CategoryId == phones && s.IsLaunched).Select(s => new { s.Name, s.NameEn }).ToListAsync());

        var (english, _) = await GetAsync(http, $"/list/{phones}?size=48", EnglishCookie);
        Assert.Contains("<h1>Phones</h1>", english);
        Assert.Matches("Home.*Phones & Digital.*Mobile Phones.*Phones", Text(english));
        Assert.All(names, n => Assert.Contains(n.NameEn!, english));
        Assert.All(names, n => Assert.DoesNotContain(n.Name, english));

        var (chinese, _) = await GetAsync(http, $"/list/{phones}?size=48", ChineseCookie);
        Assert.Contains("<h1>手机</h1>", chinese);
        Assert.All(names, n => Assert.Contains(n.Name, chinese));

        var (home, _) = await GetAsync(http, "/", EnglishCookie);
        Assert.Contains(">Home Appliances</a>", home); // a floor's heading
        Assert.DoesNotContain(">家用电器</a>", home);
    }

    [Theory, MemberData(nameof(CatalogApps.Providers), MemberType = typeof(CatalogApps))]
    public async Task Search_finds_goods_by_their_English_names_and_shows_them_in_the_shoppers_language(string provider)
    {
        var app = await apps.GetAsync(provider);
        using var http = Anonymous(app);
        var fridges = await DbAsync(app, db => db.Skus.Where(s => s.IsLaunched && s.Category!.Name == "冰箱").Select(s => new { s.Name, s.NameEn }).ToListAsync());
        Assert.NotEmpty(fridges);

        // "refrigerator" is in no Chinese text: only the English names find them — on English and on Chinese pages.
        var (english, _) = await GetAsync(http, "/search?q=refrigerator", EnglishCookie);
        Assert.All(fridges, f => Assert.Contains(f.NameEn!, Unmarked(english)));
        Assert.Matches("<mark[^>]*>[Rr]efrigerator</mark>", english);
        Assert.Matches("Refrigerators <span class=\"muted\">\\(", english); // the category facet
        var (chinese, _) = await GetAsync(http, "/search?q=refrigerator", ChineseCookie);
        Assert.All(fridges, f => Assert.Contains(f.Name, Unmarked(chinese)));
        Assert.DoesNotContain(fridges[0].NameEn!, chinese);

        // An English word of a category ("phone" ⊂ Phones) and of product names.
        var (phones, _) = await GetAsync(http, "/search?q=phone", EnglishCookie);
        Assert.Contains("Huawei Mate 60 Pro", Unmarked(phones));
        Assert.Contains("Apple iPhone 16", Unmarked(phones));
    }

    [Fact]
    public async Task The_output_cache_keeps_each_language_to_itself()
    {
        var app = await apps.GetAsync("Sqlite");
        using var http = Anonymous(app);
        var p = await ProductAsync(app, "Apple iPhone 16");
        var path = $"/goods/{p.Id}";

        // Chinese first (fills the cache), then English on the same URL, then each again — by cookie and by Accept-Language.
        var (zh1, _) = await GetAsync(http, path, ChineseCookie);
        var (en1, _) = await GetAsync(http, path, EnglishCookie);
        var (zh2, zhCached) = await GetAsync(http, path, ChineseCookie);
        var (en2, enCached) = await GetAsync(http, path, EnglishCookie);
        var (en3, _) = await GetAsync(http, path, null, acceptLanguage: "en-US,en;q=0.9");
        var (zh3, _) = await GetAsync(http, path, null, acceptLanguage: "zh-CN,zh;q=0.9");

        Assert.True(zhCached && enCached, "both pages are served from the cache the second time");
        foreach (var zh in new[] { zh1, zh2, zh3 })
        {
            Assert.Contains($"<h1 class=\"product-name\">{p.Name}</h1>", zh);
            Assert.DoesNotContain($">{p.NameEn}<", zh);
        }
        foreach (var en in new[] { en1, en2, en3 })
        {
            Assert.Contains($"<h1 class=\"product-name\">{p.NameEn}</h1>", en);
            Assert.DoesNotContain($">{p.Name}<", en);
        }
    }

    [Fact]
    public async Task The_back_office_edits_English_names_and_a_missing_one_falls_back_to_Chinese()
    {
        var app = await apps.GetAsync("Sqlite");
        using var http = Anonymous(app);
        var admin = AdminPeople.Admin();
        var p = await ProductAsync(app, "耐克 Nike Brasilia 训练双肩包 24L 大容量");
        var skus = app.Services.GetRequiredService<AdminSkuService>();
        var spus = app.Services.GetRequiredService<AdminSpuService>();
        var path = $"/goods/{p.Id}";
        await GetAsync(http, path, EnglishCookie); // cached now

        // The SKU grid's inline edit: a new English name shows on the (evicted) English page, the Chinese one is untouched.
        async Task<SkuGridRow> RowAsync() => (await skus.QueryAsync(admin, new SkuGridQuery(Take: 200, Text: p.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)))).Rows.Single(r => r.Id == p.Id);
        var row = await RowAsync();
        Assert.Equal(p.NameEn, row.NameEn);
        var saved = await skus.SaveAsync(admin, new SkuRowEdit(row.Id, row.Price, row.MarketPrice, row.Stock, row.IsLaunched, row.RowVersion, "Nike Brasilia Training Backpack (24 L)"));
        Assert.Equal(SkuSaveStatus.Saved, saved.Status);
        Assert.Equal("Nike Brasilia Training Backpack (24 L)", saved.Row!.NameEn);
        await EventuallyAsync(http, path, EnglishCookie, html => html.Contains("<h1 class=\"product-name\">Nike Brasilia Training Backpack (24 L)</h1>", StringComparison.Ordinal));
        Assert.Contains($"<h1 class=\"product-name\">{p.Name}</h1>", (await GetAsync(http, path, ChineseCookie)).Html);
        await EventuallyAsync(http, "/search?q=training+backpack", EnglishCookie,
            html => Unmarked(html).Contains("Nike Brasilia Training Backpack (24 L)", StringComparison.Ordinal));

        // Cleared: the English page falls back to the Chinese name.
        row = await RowAsync();
        Assert.Equal(SkuSaveStatus.Saved, (await skus.SaveAsync(admin, new SkuRowEdit(row.Id, row.Price, row.MarketPrice, row.Stock, row.IsLaunched, row.RowVersion, ""))).Status);
        Assert.Null(await DbAsync(app, db => db.Skus.Where(s => s.Id == p.Id).Select(s => s.NameEn).SingleAsync()));
        await EventuallyAsync(http, path, EnglishCookie, html => html.Contains($"<h1 class=\"product-name\">{p.Name}</h1>", StringComparison.Ordinal));

        // The SPU editor: the product's English name and its specification's English names, on the specs table.
        var spuId = await DbAsync(app, db => db.Skus.Where(s => s.Id == p.Id).Select(s => s.SpuId).SingleAsync());
        var detail = (await spus.GetAsync(admin, spuId))!;
        Assert.Equal("Nike Brasilia training backpack 24 L", detail.NameEn);
        var result = await spus.SaveAsync(admin, new SpuInput
        {
            Id = spuId, Name = detail.Name, BrandId = detail.BrandId, Category3Id = detail.Category3Id, Description = detail.Description,
            AfterSale = detail.AfterSale, NameEn = "Nike Brasilia Backpack", DescriptionEn = "A roomy 24 L training backpack.", AfterSaleEn = detail.AfterSaleEn ?? "",
        });
        Assert.True(result.Saved);
        var spec = detail.Specs[0];
        Assert.Null(await spus.SetEnglishAsync(admin, spec.Id, "Color", spec.Options.ToDictionary(o => o.Id, o => (string?)(o.ValueEn + " (new)"))));
        var html = await EventuallyAsync(http, path, EnglishCookie, h => h.Contains("Nike Brasilia Backpack", StringComparison.Ordinal)
            && h.Contains($"<th scope=\"row\">Color</th><td>{p.OptionEn} (new)</td>", StringComparison.Ordinal));
        Assert.Contains("A roomy 24 L training backpack.", html);
        Assert.Contains($"<th scope=\"row\">{p.Spec}</th><td>{p.Option}</td>", (await GetAsync(http, path, ChineseCookie)).Html);
        var tooLong = await spus.SaveAsync(admin, new SpuInput { Id = spuId, Name = detail.Name, BrandId = detail.BrandId, Category3Id = detail.Category3Id, NameEn = new string('x', 201) });
        Assert.Contains(nameof(SpuInput.NameEn), tooLong.Errors.Keys);
    }
}
