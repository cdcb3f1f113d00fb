using BlazorShop.Shared;
using BlazorShop.Tests.TestSupport;
using Bunit;
using Bunit.TestDoubles;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorShop.Tests.Shared;

/// <summary>Sort bar and pager on list and search pages: the active sort is marked, and every link keeps the state.</summary>
public class SortAndPagerLinkTests : ShimTestContext
{
    private const string SearchUri = "http://localhost/search?q=%E6%89%8B%E6%9C%BA&brand=3&price=1000-3000&sort=price-desc&size=24&page=2";

    public SortAndPagerLinkTests()
    {
        Services.AddLocalization(o => o.ResourcesPath = "Resources");
        Services.GetRequiredService<FakeNavigationManager>().NavigateTo(SearchUri);
    }

    private static Dictionary<string, string> Query(string href) =>
        QueryHelpers.ParseQuery(new Uri(new Uri("http://localhost/"), RootRelative(href)).Query).ToDictionary(p => p.Key, p => p.Value.ToString());

    [Fact]
    public void The_active_sort_is_marked_and_price_sorts_both_ways()
    {
        var cut = RenderComponent<SortBar>(p => p.Add(c => c.Current, "price-desc").Add(c => c.PageSize, 24).Add(c => c.Total, 100).Add(c => c.Uri, SearchUri));
        var active = Assert.Single(cut.FindAll(".sort-bar a[data-sort].active"));
        Assert.Equal("price-desc", active.GetAttribute("data-sort"));
        Assert.Equal("true", active.GetAttribute("aria-current"));
        Assert.Contains("↓", active.TextContent);
        Assert.Contains("↑", cut.Find("a[data-sort=price]").TextContent);
        Assert.Equal("true", cut.Find("a[data-size='24']").GetAttribute("aria-current"));
    }

    [Fact]
    public void Sort_links_keep_query_and_filters_and_start_at_page_one()
    {
        var cut = RenderComponent<SortBar>(p => p.Add(c => c.Current, "price-desc").Add(c => c.PageSize, 24).Add(c => c.Uri, SearchUri));
        var sales = Query(cut.Find("a[data-sort=sales]").GetAttribute("href")!);
        Assert.Equal("手机", sales["q"]);
        Assert.Equal("3", sales["brand"]);
        Assert.Equal("1000-3000", sales["price"]);
        Assert.Equal("24", sales["size"]);
        Assert.Equal("sales", sales["sort"]);
        Assert.False(sales.ContainsKey("page"));
    }

    [Fact]
    public void Page_size_links_keep_sort_query_and_filters()
    {
        var cut = RenderComponent<SortBar>(p => p.Add(c => c.Current, "price-desc").Add(c => c.PageSize, 24).Add(c => c.Uri, SearchUri));
        var size = Query(cut.Find("a[data-size='48']").GetAttribute("href")!);
        Assert.Equal(("price-desc", "手机", "3", "1000-3000", "48"), (size["sort"], size["q"], size["brand"], size["price"], size["size"]));
        Assert.False(size.ContainsKey("page"));
    }

    [Fact]
    public void Pager_links_keep_sort_size_query_and_filters()
    {
        var cut = RenderComponent<Pager>(p => p.Add(c => c.Page, 2).Add(c => c.PageCount, 5).Add(c => c.Uri, SearchUri));
        var next = Query(cut.Find("a[rel=next]").GetAttribute("href")!);
        Assert.Equal(("price-desc", "24", "手机", "3", "1000-3000", "3"), (next["sort"], next["size"], next["q"], next["brand"], next["price"], next["page"]));
        Assert.All(cut.FindAll(".pager a"), a => Assert.Equal("price-desc", Query(a.GetAttribute("href")!)["sort"]));
    }

    [Fact]
    public void Links_follow_the_url_when_only_the_url_changes()
    {
        // Page 1 of 5 under two different sorts: Page/PageCount/PageSize stay the same, only the URL changes
        // (the bug: page 2 of a price sort was unsorted).
        var nav = Services.GetRequiredService<FakeNavigationManager>();
        nav.NavigateTo("http://localhost/list/3");
        var pager = RenderComponent<Pager>(p => p.Add(c => c.Page, 1).Add(c => c.PageCount, 5));
        var bar = RenderComponent<SortBar>(p => p.Add(c => c.Current, "default").Add(c => c.PageSize, 12));
        Assert.False(Query(pager.Find("a[rel=next]").GetAttribute("href")!).ContainsKey("sort"));

        nav.NavigateTo("http://localhost/list/3?sort=price");
        pager.WaitForAssertion(() => Assert.Equal("price", Query(pager.Find("a[rel=next]").GetAttribute("href")!)["sort"]));
        bar.WaitForAssertion(() => Assert.Equal("price", Query(bar.Find("a[data-size='24']").GetAttribute("href")!)["sort"]));

        // An explicit Uri parameter wins.
        pager.SetParametersAndRender(p => p.Add(c => c.Uri, "http://localhost/list/3?sort=sales"));
        Assert.Equal("sales", Query(pager.Find("a[rel=next]").GetAttribute("href")!)["sort"]);
    }

    [Fact]
    public void Default_sort_is_marked_when_the_url_has_none_or_nonsense()
    {
        foreach (var current in new string?[] { null, "", "'; --", CatalogSort.Default })
        {
            var cut = RenderComponent<SortBar>(p => p.Add(c => c.Current, current).Add(c => c.Uri, "http://localhost/list/3"));
            Assert.Equal("default", Assert.Single(cut.FindAll("a[data-sort].active")).GetAttribute("data-sort"));
        }
    }

    /// <summary>Links are root-relative: the request's Host never ends up in the page.</summary>
    private static string RootRelative(string href)
    {
        Assert.StartsWith("/", href);
        Assert.False(href.StartsWith("//"), href);
        return href;
    }
}
