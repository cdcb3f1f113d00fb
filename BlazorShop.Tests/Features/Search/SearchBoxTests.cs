using BlazorShop.Features.Search;
using BlazorShop.Tests.TestSupport;
using Bunit;
using Bunit.TestDoubles;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorShop.Tests.Features.Search;

/// <summary>The header search box: a plain GET form that keeps the query, and suggestions from the real index (SQLite demo catalog).</summary>
[Collection("catalog")]
public class SearchBoxTests : ShimTestContext, IAsyncLifetime
{
    private readonly CatalogApps _apps;

    public SearchBoxTests(CatalogApps apps)
    {
        _apps = apps;
        Services.AddLocalization(o => o.ResourcesPath = "Resources");
    }

    public async Task InitializeAsync() => Services.AddSingleton<ISearchService>(await _apps.ServiceAsync<SearchService>("Sqlite"));
    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public void Is_a_get_form_that_keeps_the_query_on_the_results_page()
    {
        Services.GetRequiredService<FakeNavigationManager>().NavigateTo("/search?q=%E5%8D%8E%E4%B8%BA%E6%89%8B%E6%9C%BA&sort=price");
        var cut = RenderComponent<SearchBox>();
        var form = cut.Find("form.search-box");
        Assert.Equal("/search", form.GetAttribute("action"));
        Assert.Equal("get", form.GetAttribute("method"));
        var input = cut.Find("input[name=q]");
        Assert.Equal("华为手机", input.GetAttribute("value"));
        Assert.Equal("combobox", input.GetAttribute("role"));
    }

    [Fact]
    public void Is_empty_away_from_the_results_page()
    {
        Services.GetRequiredService<FakeNavigationManager>().NavigateTo("/list/3?q=x");
        Assert.Equal("", RenderComponent<SearchBox>().Find("input[name=q]").GetAttribute("value"));
    }

    [Fact]
    public void Typing_suggests_products_categories_and_brands_and_the_keyboard_picks_one()
    {
        var nav = Services.GetRequiredService<FakeNavigationManager>();
        nav.NavigateTo("/");
        var cut = RenderComponent<SearchBox>();
        cut.Find("input").Input("华为手机");
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll(".suggestions li")), TimeSpan.FromSeconds(5));
        Assert.Contains(cut.FindAll("li[data-kind=product]"), li => li.TextContent.Contains("Mate 60"));
        Assert.Contains(cut.FindAll("li[data-kind=category]"), li => li.TextContent.Contains("手机"));
        Assert.Contains(cut.FindAll("li[data-kind=brand]"), li => li.TextContent.Contains("华为"));
        Assert.Equal("true", cut.Find("input").GetAttribute("aria-expanded"));

        // ↓ ↓ ↑ lands on the first product; Enter opens it.
        string Selected() => cut.Find("input").GetAttribute("aria-activedescendant") ?? "";
        var ids = cut.FindAll(".suggestions li").Select(li => li.Id).ToList();
        cut.Find("input").KeyDown(new KeyboardEventArgs { Key = "ArrowDown" });
        cut.WaitForAssertion(() => Assert.Equal(ids[0], Selected()));
        cut.Find("input").KeyDown(new KeyboardEventArgs { Key = "ArrowDown" });
        cut.WaitForAssertion(() => Assert.Equal(ids[1], Selected()));
        cut.Find("input").KeyDown(new KeyboardEventArgs { Key = "ArrowUp" });
        cut.WaitForAssertion(() => Assert.Equal(ids[0], Selected()));
        var first = cut.FindAll(".suggestions li")[0];
        Assert.Equal("true", first.GetAttribute("aria-selected"));
        var href = first.QuerySelector("a")!.GetAttribute("href")!;
        cut.Find("form").Submit();
        Assert.EndsWith(href, nav.Uri);

        // Esc closes; Enter without a highlighted suggestion searches for the text.
        cut.Find("input").Input("bingxiang");
        cut.WaitForAssertion(() => Assert.Contains(cut.FindAll("li[data-kind=category]"), li => li.TextContent.Contains("冰箱")), TimeSpan.FromSeconds(5));
        cut.Find("input").KeyDown(new KeyboardEventArgs { Key = "Escape" });
        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll(".suggestions")), TimeSpan.FromSeconds(5));
        cut.Find("form").Submit();
        Assert.EndsWith("/search?q=bingxiang", nav.Uri);
    }
}
