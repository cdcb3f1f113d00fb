using System.Security.Claims;
using BlazorShop.Features.Catalog;
using BlazorShop.Features.Catalog.Components;
using BlazorShop.Features.Catalog.Reviews;
using BlazorShop.Shared.Live;
using BlazorShop.Tests.TestSupport;
using Bunit;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorShop.Tests.Features.Catalog;

/// <summary>The product page rendered with test doubles (the buy box, an island with the cart's services, is a stub here;
/// it has its own tests).</summary>
public class ProductDetailPageTests : PageTestContext
{
    private readonly FakeBrowseHistory _history = new();

    public ProductDetailPageTests()
    {
        Services.AddSingleton<IBrowseHistory>(_history);
        Stub<BuyBox>();
    }

    private void GivenMate60()
    {
        var product = new ProductDetail
        {
            Sku = FakeCatalogPages.Card(7, "华为 Mate 60 Pro 雅丹黑 12GB+512GB", 6999m),
            SpuId = 70, CategoryId = 3, Brand = "华为",
            Images = ["catalog/mate60/1.jpg", "catalog/mate60/2.jpg"],
            Specs = [new SpecView(1, "颜色", [new OptionView(11, "雅丹黑"), new OptionView(12, "白沙银")])],
            Variants = [new VariantView(7, [11], true), new VariantView(8, [12], true)],
            Breadcrumb = new Breadcrumb([new CategoryLink(1, "手机数码"), new CategoryLink(3, "手机")]),
            Packing = "手机 x1",
        };
        Pages.Products[7] = new ProductPageData(product, ReviewSummary.FromScores(new Dictionary<int, int> { [4] = 1 }),
            [new ReviewView("d***o", 4, "很流畅", new DateTime(2026, 11, 20, 2, 0, 0, DateTimeKind.Utc), product.Sku.Name)],
            [FakeCatalogPages.Card(9, "小米 14", 3999m)]);
        Pages.Cards.AddRange([FakeCatalogPages.Card(1, "看过的 1", 10m), FakeCatalogPages.Card(2, "看过的 2", 20m)]);
    }

    private IRenderedComponent<ProductDetailPage> Open(long skuId, long? signedInUser = null)
    {
        Nav.NavigateTo($"/goods/{skuId}");
        var user = signedInUser is { } id
            ? new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, id.ToString(System.Globalization.CultureInfo.InvariantCulture))], "test"))
            : new ClaimsPrincipal(new ClaimsIdentity());
        return RenderComponent<ProductDetailPage>(p => p.Add(x => x.SkuId, skuId)
            .AddCascadingValue(Task.FromResult(new AuthenticationState(user))));
    }

    [Fact]
    public void Shows_the_product_its_specs_reviews_and_related_best_sellers()
    {
        GivenMate60();
        var cut = Open(7);

        Assert.Equal("华为 Mate 60 Pro 雅丹黑 12GB+512GB", cut.Find("h1.product-name").TextContent);
        Assert.Contains("手机数码", cut.Find(".breadcrumb").TextContent);
        Assert.Single(cut.FindAll("stub[data-component=BuyBox]"));
        Assert.Contains("很流畅", cut.Find(".tab-panel[data-tab=reviews]").TextContent);
        Assert.Contains("(1)", cut.Find("label[data-tab=reviews]").TextContent);
        Assert.Contains("手机 x1", cut.Find(".tab-panel[data-tab=spec]").TextContent);
        Assert.Equal("9", cut.Find(".hot-sellers .sku-card").GetAttribute("data-sku"));
    }

    [Fact]
    public async Task An_anonymous_visit_shows_and_records_no_history_a_signed_in_one_shows_it_and_records_the_visit()
    {
        GivenMate60();
        var anonymous = Open(7);
        Assert.Empty(anonymous.FindAll(".history"));

        await _history.RecordAsync(42, 2);
        await _history.RecordAsync(42, 1);
        var signedIn = Open(7, signedInUser: 42);
        Assert.Equal(["1", "2"], signedIn.FindAll(".history .sku-card").Select(c => c.GetAttribute("data-sku")));
        Assert.Equal([7L, 1, 2], await _history.GetAsync(42));
    }

    [Fact]
    public void A_product_without_reviews_says_so()
    {
        GivenMate60();
        Pages.Products[7] = Pages.Products[7] with { Reviews = [] };
        Assert.Equal("暂无评价", Open(7).Find(".tab-panel[data-tab=reviews] p.muted").TextContent);
    }

    [Fact]
    public async Task An_unknown_product_is_not_found_and_records_nothing()
    {
        var notFound = false;
        Nav.OnNotFound += (_, _) => notFound = true;
        var cut = Open(404, signedInUser: 42);
        Assert.True(notFound);
        Assert.Empty(cut.FindAll(".product-page"));
        Assert.Empty(await _history.GetAsync(42));
    }

    [Fact]
    public void Shows_nothing_until_the_data_has_arrived_and_fails_loudly_when_it_cannot()
    {
        GivenMate60();
        Pages.Gate = new TaskCompletionSource();
        var cut = Open(7);
        Assert.Empty(cut.FindAll(".product-page"));
        Pages.Gate.SetResult();
        cut.WaitForAssertion(() => Assert.Single(cut.FindAll(".product-page")));

        Pages.Gate = null;
        Pages.Failure = new InvalidOperationException("database down");
        Assert.ThrowsAny<Exception>(() => Open(7));
    }

    [Fact]
    public async Task Related_best_sellers_follow_stock_live()
    {
        GivenMate60();
        var cut = Open(7);
        cut.WaitForAssertion(() => Assert.Equal("true", cut.Find(".hot-sellers .aside-cards").GetAttribute("data-interactive")));
        await Bus.PublishAsync(new SkuChanged(9, 3999m, 1, true));
        cut.WaitForAssertion(() => Assert.Equal("few", cut.Find(".hot-sellers [data-sku='9'] .stock").GetAttribute("data-stock")), TimeSpan.FromSeconds(5));
    }
}
