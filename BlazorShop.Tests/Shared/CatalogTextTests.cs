using System.Globalization;
using System.Text.Json;
using BlazorShop.Features.Catalog;
using BlazorShop.Shared;

namespace BlazorShop.Tests.Shared;

/// <summary>Catalog content in the shopper's language: English on English pages when there is some, Chinese otherwise.</summary>
public class CatalogTextTests
{
    private static T InCulture<T>(string culture, Func<T> read)
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo(culture);
        try { return read(); }
        finally { CultureInfo.CurrentUICulture = before; }
    }

    [Theory]
    [InlineData("en", "华为", "Huawei", "Huawei")]
    [InlineData("en-US", "华为", "Huawei", "Huawei")]
    [InlineData("en", "华为", null, "华为")]
    [InlineData("en", "华为", "  ", "华为")]
    [InlineData("zh-CN", "华为", "Huawei", "华为")]
    [InlineData("zh-CN", "华为", null, "华为")]
    public void Picks_English_on_English_pages_and_falls_back_to_Chinese(string culture, string chinese, string? english, string shown) =>
        Assert.Equal(shown, InCulture(culture, () => CatalogText.Pick(chinese, english)));

    [Fact]
    public void Projections_pick_when_shown_so_one_cached_copy_serves_both_languages()
    {
        var card = new SkuCardModel { Name = "华为 Mate 60 Pro 雅丹黑", NameEn = "Huawei Mate 60 Pro Yadan Black", Caption = "卫星通话" };
        var link = new CategoryLink(1, "手机", "Phones");
        var spec = new SpecView(1, "颜色", [new OptionView(1, "雅丹黑", "Yadan Black"), new OptionView(2, "白沙银")], "Colour");

        Assert.Equal(("Huawei Mate 60 Pro Yadan Black", "卫星通话", "Phones", "Colour", "Yadan Black", "白沙银"),
            InCulture("en", () => (card.DisplayName, card.DisplayCaption, link.DisplayName, spec.DisplayName, spec.Options[0].DisplayValue, spec.Options[1].DisplayValue)));
        Assert.Equal(("华为 Mate 60 Pro 雅丹黑", "手机", "颜色", "雅丹黑"),
            InCulture("zh-CN", () => (card.DisplayName, link.DisplayName, spec.DisplayName, spec.Options[0].DisplayValue)));
    }

    [Fact]
    public void A_card_travels_to_an_island_in_the_shoppers_language_only()
    {
        var card = new SkuCardModel { Id = 7, Name = "华为 Mate 60 Pro", NameEn = "Huawei Mate 60 Pro", Caption = "卫星通话", CaptionEn = "Satellite calling", Price = 6999m };

        var json = InCulture("en", () => JsonSerializer.Serialize(card, JsonSerializerOptions.Web));
        var back = InCulture("zh-CN", () => JsonSerializer.Deserialize<SkuCardModel>(json, JsonSerializerOptions.Web))!;

        Assert.DoesNotContain("nameEn", json, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(1, json.Split("Huawei Mate 60 Pro").Length - 1); // once, not as name + English name + displayed name
        Assert.Equal(("Huawei Mate 60 Pro", "Satellite calling", 6999m), InCulture("zh-CN", () => (back.DisplayName, back.DisplayCaption, back.Price)));
    }
}
