using BlazorShop.Features.Admin;
using BlazorShop.Features.Admin.Goods;
using BlazorShop.Infrastructure.Data;
using BlazorShop.Infrastructure.Events;
using BlazorShop.Tests.TestSupport;
using Bunit;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Radzen;

namespace BlazorShop.Tests.Features.Admin.Goods;

/// <summary>
/// The SKU grid island rendered with Radzen registered, on the services of a running app (its demo catalog): the columns,
/// a filter, and the inline editor (edit mode, a refused value with its message, cancel, save).
/// </summary>
[Collection("admin")]
public class SkuGridTests : ShimTestContext, IAsyncLifetime
{
    private readonly AdminApps _apps;
    private ShopAppFactory _app = default!;

    public SkuGridTests(AdminApps apps) => _apps = apps;

    public async Task InitializeAsync()
    {
        _app = await _apps.GetAsync();
        Services.AddRadzenComponents();
        Services.AddLocalization(o => o.ResourcesPath = "Resources");
        foreach (var type in new[] { typeof(AdminSkuService), typeof(CatalogLookups), typeof(IEventBus), typeof(IOptions<AdminOptions>) })
            Services.AddSingleton(type, _app.Services.GetRequiredService(type));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private IRenderedComponent<SkuGrid> Render(bool lowStock = false)
    {
        var auth = Task.FromResult(new AuthenticationState(AdminPeople.Admin()));
        var cut = RenderComponent<SkuGrid>(p => p.AddCascadingValue(auth).Add(g => g.LowStock, lowStock));
        cut.WaitForAssertion(() => Assert.Equal("true", cut.Find(".sku-grid-admin").GetAttribute("data-interactive")));
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll(".cell-price")));
        return cut;
    }

    private async Task<T> DbAsync<T>(Func<ShopDbContext, Task<T>> query)
    {
        await using var db = _app.Services.GetRequiredService<IDbContextFactory<ShopDbContext>>().CreateDbContext();
        return await query(db);
    }

    [Fact]
    public void Shows_the_columns_and_a_page_of_skus()
    {
        var cut = Render();
        var headers = cut.FindAll(".rz-column-title-content").Select(h => h.TextContent.Trim()).ToList();
        foreach (var title in new[] { "ID", "名称", "分类", "品牌", "价格", "市场价", "库存", "销量", "上架" }) Assert.Contains(title, headers);
        Assert.Equal(20, cut.FindAll(".cell-price").Count);
        Assert.Equal(20, cut.FindAll("input.row-select, .row-select").Count);
    }

    [Fact]
    public async Task The_brand_filter_shows_only_that_brands_skus_and_the_export_link_follows()
    {
        var brand = await DbAsync(db => db.Brands.Where(b => db.Skus.Count(s => s.BrandId == b.Id) >= 2).Select(b => new { b.Id, b.Name }).FirstAsync());
        var count = await DbAsync(db => db.Skus.CountAsync(s => s.BrandId == brand.Id));
        var cut = Render();
        cut.Find("select.filter-brand").Change(brand.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        cut.WaitForAssertion(() => Assert.Equal(Math.Min(count, 20), cut.FindAll(".cell-price").Count));
        var rows = cut.FindAll("tr.rz-data-row");
        Assert.All(rows, r => Assert.Contains(brand.Name, r.TextContent));
        Assert.Contains($"brand={brand.Id}", cut.Find("a[href^='/admin/export/skus.csv']").GetAttribute("href"));
    }

    [Fact]
    public async Task Edit_mode_refuses_a_bad_value_with_a_message_and_saves_a_good_one()
    {
        var cut = Render();
        var firstId = long.Parse(cut.FindAll("tr.rz-data-row")[0].QuerySelectorAll("td")[1].TextContent.Trim(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.Empty(cut.FindAll(".edit-price"));

        cut.FindAll("button.row-edit")[0].Click();
        cut.WaitForAssertion(() => Assert.Single(cut.FindAll(".row-save")));
        Assert.NotEmpty(cut.FindAll(".edit-price"));
        Assert.NotEmpty(cut.FindAll(".edit-stock"));
        Assert.NotEmpty(cut.FindAll(".edit-launched"));

        // Cancel leaves edit mode and the row as it was.
        cut.Find("button.row-cancel").Click();
        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll(".row-save")));

        // A price with three decimals: refused, the message under the field, still editing, nothing saved.
        var before = await DbAsync(db => db.Skus.AsNoTracking().SingleAsync(s => s.Id == firstId));
        cut.FindAll("button.row-edit")[0].Click();
        cut.WaitForAssertion(() => Assert.Single(cut.FindAll(".row-save")));
        cut.Find(".edit-price input").Change("12.345");
        cut.Find("button.row-save").Click();
        cut.WaitForAssertion(() => Assert.Equal("价格最多两位小数", cut.Find(".field-error[data-field=Price]").TextContent));
        Assert.Single(cut.FindAll(".row-save"));
        Assert.Equal(before.Price, await DbAsync(db => db.Skus.Where(s => s.Id == firstId).Select(s => s.Price).SingleAsync()));

        // A good price saves, leaves edit mode and shows in the row.
        cut.Find(".edit-price input").Change("1234.50");
        cut.Find("button.row-save").Click();
        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll(".row-save")));
        cut.WaitForAssertion(() => Assert.Equal("¥1,234.50", cut.FindAll(".cell-price")[0].TextContent));
        Assert.Equal(1234.50m, await DbAsync(db => db.Skus.Where(s => s.Id == firstId).Select(s => s.Price).SingleAsync()));
        await _app.Services.GetRequiredService<AdminSkuService>().SaveAsync(AdminPeople.Admin(),
            new SkuRowEdit(firstId, before.Price, before.MarketPrice, before.Stock, before.IsLaunched, before.RowVersion + 1));
    }
}
