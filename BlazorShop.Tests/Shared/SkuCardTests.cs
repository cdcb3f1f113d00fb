using BlazorShop.Shared;
using BlazorShop.Tests.TestSupport;
using Bunit;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorShop.Tests.Shared;

/// <summary>A product tile: highlighted search terms, as text (a name with markup stays text), and its stock state.</summary>
public class SkuCardTests : ShimTestContext
{
    public SkuCardTests() => Services.AddLocalization(o => o.ResourcesPath = "Resources");

    [Fact]
    public void Highlights_matches_without_interpreting_markup_in_the_name()
    {
        var sku = new SkuCardModel { Id = 9, Name = "<img src=x onerror=alert(1)> 海尔冰箱", Price = 3999m, Stock = 3, IsLaunched = true };
        var cut = RenderComponent<SkuCard>(p => p.Add(c => c.Sku, sku).Add(c => c.Highlight, ["冰箱"]));

        Assert.Empty(cut.FindAll(".sku-name img"));
        Assert.Equal("<img src=x onerror=alert(1)> 海尔冰箱", cut.Find(".sku-name a").TextContent.Trim());
        Assert.Equal("冰箱", Assert.Single(cut.FindAll(".sku-name mark")).TextContent);
        Assert.Equal("¥3,999.00", cut.Find(".price").TextContent);
        Assert.Equal("few", cut.Find(".stock").GetAttribute("data-stock"));
        Assert.Equal("/goods/9", cut.Find(".sku-name a").GetAttribute("href"));
    }

    [Theory]
    [InlineData(0, true, "out")]
    [InlineData(50, true, "in")]
    [InlineData(50, false, "off")]
    public void Shows_the_stock_state(int stock, bool launched, string state)
    {
        var cut = RenderComponent<SkuCard>(p => p.Add(c => c.Sku, new SkuCardModel { Id = 1, Name = "x", Stock = stock, IsLaunched = launched }));
        Assert.Equal(state, cut.Find(".stock").GetAttribute("data-stock"));
    }
}
