using BlazorShop.Features.Catalog;
using BlazorShop.Shared;

namespace BlazorShop.Tests.Features.Catalog;

/// <summary>The spec picker: choosing an option moves to the SKU that has it; combinations nobody sells are unavailable.</summary>
public class ProductDetailTests
{
    // Colour: black 1, white 2, purple 3; memory: 256 10, 512 11. No purple/512, and white/512 is off sale.
    private static ProductDetail Product(long current) => new()
    {
        Sku = new SkuCardModel { Id = current },
        Specs =
        [
            new SpecView(1, "颜色", [new(1, "黑"), new(2, "白"), new(3, "紫")]),
            new SpecView(2, "内存", [new(10, "256GB"), new(11, "512GB")]),
        ],
        Variants =
        [
            new VariantView(100, [1, 10], true), new VariantView(101, [1, 11], true),
            new VariantView(102, [2, 10], true), new VariantView(103, [2, 11], false),
            new VariantView(104, [3, 10], true),
        ],
    };

    [Fact]
    public void Picking_an_option_keeps_the_other_choices()
    {
        var black256 = Product(100);
        Assert.Equal([1, 10], black256.CurrentOptions);
        Assert.Equal(102, black256.SkuFor(0, 2));   // white, still 256
        Assert.Equal(101, black256.SkuFor(1, 11));  // black, now 512
        Assert.Equal(100, black256.SkuFor(0, 1));   // the current one
    }

    [Fact]
    public void Missing_or_off_sale_combinations_are_unavailable()
    {
        var purple256 = Product(104);
        Assert.Null(purple256.SkuFor(1, 11));          // purple 512 does not exist
        Assert.Null(Product(102).SkuFor(1, 11));       // white 512 exists but is off sale
        Assert.Null(purple256.SkuFor(5, 1));           // no such specification
    }

    [Theory]
    [InlineData(10, true, StockState.InStock)]
    [InlineData(5, true, StockState.Few)]
    [InlineData(1, true, StockState.Few)]
    [InlineData(0, true, StockState.SoldOut)]
    [InlineData(10, false, StockState.OffSale)]
    public void Stock_states(int stock, bool launched, StockState expected) => Assert.Equal(expected, StockRules.Of(stock, launched));

    [Fact]
    public void Paging_and_sort_from_the_url_are_clamped()
    {
        Assert.Equal(new Paging(1, 12), Paging.From(null, null));
        Assert.Equal(new Paging(1, 12), Paging.From(-5, 100000));
        Assert.Equal(new Paging(3, 24), Paging.From(3, 24));
        Assert.Equal(4, new Paging(1, 12).PageCount(37));
        Assert.Equal(CatalogSort.Default, CatalogSort.Normalize("price; drop"));
        Assert.Equal(CatalogSort.Price, CatalogSort.Normalize("price"));
    }
}
