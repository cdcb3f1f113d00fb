using BlazorShop.Features.Catalog;
using BlazorShop.Features.Catalog.Components;
using BlazorShop.Shared;
using BlazorShop.Shared.Live;
using BlazorShop.Tests.TestSupport;
using Bunit;

namespace BlazorShop.Tests.Features.Catalog;

/// <summary>The category list page rendered with test doubles.</summary>
public class CategoryListPageTests : PageTestContext
{
    public CategoryListPageTests() => Stub<CategoryVisitBeacon>(); // counts visits through the database

    private void GivenPhones(int total = 30)
    {
        var path = new Breadcrumb([new CategoryLink(1, "手机数码"), new CategoryLink(2, "手机通讯"), new CategoryLink(3, "手机")]);
        var items = Enumerable.Range(1, Math.Min(total, 12)).Select(i => FakeCatalogPages.Card(i, $"手机 {i}", 1000m + i)).ToList();
        Pages.Lists[3] = new CategoryListing(new CategoryLink(3, "手机"), path, items, total,
            [FakeCatalogPages.Card(99, "热销手机", 2999m, stock: 2)], []);
    }

    // Query values ([SupplyParameterFromQuery]) are not supplied under bUnit 1.9; their parsing is covered over HTTP
    // (SortAndPagerLinkTests, the hostile request suite). Here the page runs on its defaults.
    private IRenderedComponent<CategoryListPage> Open(int id)
    {
        Nav.NavigateTo($"/list/{id}");
        return RenderComponent<CategoryListPage>(p => p.Add(x => x.CategoryId, id));
    }

    [Fact]
    public void Shows_the_breadcrumb_the_goods_the_active_sort_and_a_pager()
    {
        GivenPhones();
        var cut = Open(3);

        Assert.Equal("手机", cut.Find(".list-main h1").TextContent);
        Assert.Contains("手机通讯", cut.Find(".breadcrumb").TextContent);
        Assert.Equal(12, cut.FindAll(".list-main .sku-grid .sku-card").Count);
        Assert.Equal("default", cut.Find(".sort-bar a.active[data-sort]").GetAttribute("data-sort"));
        Assert.Equal("12", cut.Find(".sort-bar a.active[data-size]").GetAttribute("data-size"));
        Assert.Contains(cut.FindAll(".pager a[href]"), a => a.GetAttribute("href")!.Contains("page=2"));
        Assert.Equal((3, "default", new Paging(1, 12)), Pages.ListRequests.Single());
    }

    [Fact]
    public void An_empty_category_says_so_and_offers_the_way_home_without_a_pager()
    {
        GivenPhones(total: 0);
        Pages.Lists[3] = Pages.Lists[3] with { Items = [] };
        var cut = Open(3);
        Assert.Contains("暂无商品", cut.Find(".empty-state").TextContent);
        Assert.Equal("/", cut.Find(".empty-state a").GetAttribute("href"));
        Assert.Empty(cut.FindAll(".pager"));
        Assert.Empty(cut.FindAll(".list-main .sku-card"));
    }

    [Fact]
    public void An_unknown_category_is_not_found()
    {
        var notFound = false;
        Nav.OnNotFound += (_, _) => notFound = true;
        var cut = Open(12345);
        Assert.True(notFound);
        Assert.Empty(cut.FindAll(".list-page"));
    }

    [Fact]
    public void Shows_nothing_until_the_data_has_arrived_and_fails_loudly_when_it_cannot()
    {
        GivenPhones();
        Pages.Gate = new TaskCompletionSource();
        var cut = Open(3);
        Assert.Empty(cut.FindAll(".list-page"));
        Pages.Gate.SetResult();
        cut.WaitForAssertion(() => Assert.Single(cut.FindAll(".list-page")));

        Pages.Gate = null;
        Pages.Failure = new TimeoutException("database timeout");
        Assert.ThrowsAny<Exception>(() => Open(3));
    }

    [Fact]
    public async Task Hot_sellers_and_goods_follow_price_and_stock_live()
    {
        GivenPhones();
        var cut = Open(3);
        cut.WaitForAssertion(() => Assert.Equal("true", cut.Find(".list-main .sku-grid").GetAttribute("data-interactive")));

        await Bus.PublishAsync(new SkuChanged(99, 2999m, 0, true));
        await Bus.PublishAsync(new SkuChanged(5, 888m, 10, false));

        cut.WaitForAssertion(() =>
        {
            Assert.Equal("out", cut.Find(".hot-sellers [data-sku='99'] .stock").GetAttribute("data-stock"));
            Assert.Equal("off", cut.Find(".list-main [data-sku='5'] .stock").GetAttribute("data-stock"));
            Assert.Equal("888", cut.Find(".list-main [data-sku='5'] .price").GetAttribute("data-price")!.Split('.')[0]);
        }, TimeSpan.FromSeconds(5));
    }
}
