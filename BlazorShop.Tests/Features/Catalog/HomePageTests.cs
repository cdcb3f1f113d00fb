using BlazorShop.Features.Catalog;
using BlazorShop.Shared;
using BlazorShop.Shared.Live;
using BlazorShop.Tests.TestSupport;
using Bunit;

namespace BlazorShop.Tests.Features.Catalog;

/// <summary>The home page rendered with test doubles: what a shopper sees in each state, and live prices.</summary>
public class HomePageTests : PageTestContext
{
    private static Floor FloorOf(int id, string name, params SkuCardModel[] items) =>
        new(new CategoryLink(id, name), [new CategoryLink(id * 10, name + " 子类")], items);

    private void GivenAShop()
    {
        Pages.Home = new HomePageData(
            Slides: [new ContentItem("大促", "/list/1", "content/slide.jpg", null)],
            News: [new ContentItem("新品上市", "/goods/1", null, null), new ContentItem("以旧换新", "/goods/2", null, null)],
            HeaderAds: [],
            HotSellers: [FakeCatalogPages.Card(1, "华为 Mate 60", 5999m, sales: 900), FakeCatalogPages.Card(2, "小米 14", 3999m, stock: 0)],
            Floors: [FloorOf(1, "手机数码", FakeCatalogPages.Card(1, "华为 Mate 60", 5999m)), FloorOf(2, "家用电器")]);
    }

    [Fact]
    public void Shows_news_best_sellers_and_one_numbered_floor_per_top_category()
    {
        GivenAShop();
        var cut = RenderComponent<HomePage>();

        Assert.Equal(["新品上市", "以旧换新"], cut.FindAll(".news li a").Select(a => a.TextContent));
        var hot = cut.Find("section.floor .sku-grid");
        Assert.Equal(["1", "2"], hot.QuerySelectorAll(".sku-card").Select(c => c.GetAttribute("data-sku")));
        Assert.Equal("out", hot.QuerySelector("[data-sku='2'] .stock")!.GetAttribute("data-stock"));

        var floors = cut.FindAll("section.floor[id^=floor-]");
        Assert.Equal(["floor-1", "floor-2"], floors.Select(f => f.Id));
        Assert.Equal("/list/1", floors[0].QuerySelector("h2 a")!.GetAttribute("href"));
        Assert.Contains("1F", floors[0].QuerySelector(".floor-no")!.TextContent);
        Assert.Equal("/list/10", floors[0].QuerySelector(".floor-subs a")!.GetAttribute("href"));
    }

    [Fact]
    public void A_floor_without_goods_says_so_and_an_empty_shop_shows_no_empty_sections()
    {
        GivenAShop();
        var cut = RenderComponent<HomePage>();
        Assert.Equal("暂无商品", cut.Find("#floor-2 p.muted").TextContent);

        Pages.Home = new HomePageData([], [], [], [], []);
        var empty = RenderComponent<HomePage>();
        Assert.Empty(empty.FindAll("section.floor"));
        Assert.Empty(empty.FindAll(".sku-card"));
    }

    [Fact]
    public void Shows_no_sections_until_the_data_has_arrived()
    {
        GivenAShop();
        Pages.Gate = new TaskCompletionSource();
        var cut = RenderComponent<HomePage>();
        Assert.Empty(cut.FindAll("section.floor"));

        Pages.Gate.SetResult();
        cut.WaitForAssertion(() => Assert.Equal(3, cut.FindAll("section.floor").Count));
    }

    [Fact]
    public void A_failing_catalog_fails_the_page_instead_of_rendering_an_empty_shop()
    {
        Pages.Failure = new InvalidOperationException("database down");
        var error = Assert.ThrowsAny<Exception>(() => RenderComponent<HomePage>());
        Assert.Contains("database down", error.ToString());
    }

    [Fact]
    public async Task A_price_or_stock_change_shows_on_the_open_page_without_a_reload()
    {
        GivenAShop();
        var cut = RenderComponent<HomePage>();
        cut.WaitForAssertion(() => Assert.Equal("true", cut.Find("section.floor .sku-grid").GetAttribute("data-interactive")));

        await Bus.PublishAsync(new SkuChanged(2, 3499m, 3, true));

        cut.WaitForAssertion(() =>
        {
            var tile = cut.Find("section.floor .sku-grid [data-sku='2']");
            Assert.Equal("3499", decimal.Parse(tile.QuerySelector(".price")!.GetAttribute("data-price")!, System.Globalization.CultureInfo.InvariantCulture).ToString("0", System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal("few", tile.QuerySelector(".stock")!.GetAttribute("data-stock"));
        }, TimeSpan.FromSeconds(5));
    }
}
