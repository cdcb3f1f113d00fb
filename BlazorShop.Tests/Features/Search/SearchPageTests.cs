using BlazorShop.Features.Catalog;
using BlazorShop.Features.Search;
using BlazorShop.Shared;
using BlazorShop.Shared.Live;
using BlazorShop.Tests.TestSupport;
using Bunit;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorShop.Tests.Features.Search;

/// <summary>The search results page rendered with a test double for the search service.</summary>
public class SearchPageTests : PageTestContext
{
    private readonly FakeSearchService _search = new();

    public SearchPageTests() => Services.AddSingleton<ISearchService>(_search);

    private static SearchTerm Term(string text) => new(text, [[new QueryToken(text, false)]], [text]);

    /// <summary>[SupplyParameterFromQuery] values are not supplied under bUnit 1.9: the test sets them on the page, as
    /// the query string would, and renders again.</summary>
    private IRenderedComponent<SearchPage> Search(string? q, string? cat = null)
    {
        Nav.NavigateTo("/search" + (q is null ? "" : "?q=" + Uri.EscapeDataString(q)));
        var cut = RenderComponent<SearchPage>();
        cut.Instance.QueryText = q;
        cut.Instance.CategoryQuery = cat;
        cut.Render();
        return cut;
    }

    private void GivenPhones(string q, bool partial = false)
    {
        var items = new[] { FakeCatalogPages.Card(1, "华为 Mate 60 手机", 5999m), FakeCatalogPages.Card(2, "华为 nova 12 手机", 2999m) };
        _search.Results[q] = new SearchResult(q, [Term("华为"), Term("手机")], items, 2, new Paging(1, 12), "default",
            [new FacetValue("3", "手机", 2)], [new FacetValue("1", "华为", 2)], [new FacetValue("1000-3000", "¥1000 - ¥3000", 1)])
        { IsPartial = partial };
    }

    [Fact]
    public void Without_words_it_asks_what_to_look_for()
    {
        var cut = Search(null);
        Assert.Equal("请输入要搜索的商品", cut.Find(".empty-state h1").TextContent);
        Assert.Empty(cut.FindAll(".sku-card"));
    }

    [Fact]
    public void Shows_the_results_with_the_words_marked_facets_that_keep_the_query_and_the_total()
    {
        GivenPhones("华为手机");
        var cut = Search("华为手机", cat: "3");

        Assert.Equal("华为手机", cut.Find(".search-title .query").TextContent);
        Assert.Equal(["1", "2"], cut.FindAll(".list-main .sku-card").Select(c => c.GetAttribute("data-sku")));
        Assert.Contains(cut.FindAll(".sku-card .sku-name mark"), m => m.TextContent == "华为");
        var category = cut.Find(".facet[data-facet=cat] a.active");
        Assert.Contains("q=", category.GetAttribute("href"));
        Assert.Contains("手机", category.TextContent);
        Assert.Empty(cut.FindAll(".search-partial"));
        Assert.Equal(new SearchRequest("华为手机", null, null, null, 3, null, null), _search.Requests[^1]);
    }

    [Fact]
    public void Partial_matches_are_announced_as_such()
    {
        GivenPhones("华为手机 xyz", partial: true);
        var cut = Search("华为手机 xyz");
        Assert.Equal("true", cut.Find(".search-partial").GetAttribute("data-partial"));
    }

    [Fact]
    public void Nothing_found_offers_categories_and_best_sellers_never_a_bare_page()
    {
        _search.Results["飞船"] = SearchResult.Empty("飞船", new Paging(1, 12), "default") with
        {
            Terms = [Term("飞船")],
            SuggestedCategories = [new CategoryLink(3, "手机")],
            HotSellers = [FakeCatalogPages.Card(9, "热销", 99m)],
        };
        var cut = Search("飞船");
        Assert.Contains("飞船", cut.Find(".search-empty").TextContent);
        Assert.Equal("/list/3", cut.Find(".suggested-categories a").GetAttribute("href"));
        Assert.Single(cut.FindAll(".hot-sellers .sku-card"));
        Assert.Empty(cut.FindAll(".pager"));
    }

    [Fact]
    public void Shows_neither_results_nor_a_prompt_until_the_answer_arrives_and_fails_loudly_when_search_fails()
    {
        _search.Gate = new TaskCompletionSource();
        var cut = RenderComponent<SearchPage>();
        Assert.Empty(cut.FindAll(".empty-state"));
        Assert.Empty(cut.FindAll(".sku-card"));
        _search.Gate.SetResult();
        cut.WaitForAssertion(() => Assert.Single(cut.FindAll(".empty-state")));

        _search.Gate = null;
        _search.Failure = new TimeoutException("index timeout");
        Assert.ThrowsAny<Exception>(() => RenderComponent<SearchPage>());
    }

    [Fact]
    public async Task Result_prices_follow_live_changes()
    {
        GivenPhones("华为手机");
        var cut = Search("华为手机");
        cut.WaitForAssertion(() => Assert.Equal("true", cut.Find(".list-main .sku-grid").GetAttribute("data-interactive")));
        await Bus.PublishAsync(new SkuChanged(2, 2799m, 50, true));
        cut.WaitForAssertion(() => Assert.StartsWith("2799", cut.Find(".list-main [data-sku='2'] .price").GetAttribute("data-price")), TimeSpan.FromSeconds(5));
    }
}
