using System.Net;
using System.Text.RegularExpressions;
using BlazorShop.Tests.TestSupport;
using Microsoft.AspNetCore.WebUtilities;

namespace BlazorShop.Tests.Features.Search;

/// <summary>The search page as a shopper's browser first receives it (server-rendered HTML, demo catalog on SQLite).</summary>
[Collection("catalog")]
public class SearchPageTests(CatalogApps apps)
{
    private async Task<string> GetAsync(string url) => await (await apps.GetAsync("Sqlite")).CreateClient().GetStringAsync(url);

    private static string Text(string html) => WebUtility.HtmlDecode(Regex.Replace(html, "<[^>]+>", " "));

    private static List<Dictionary<string, string>> Links(string html, string cssClass, string after = "") =>
        Regex.Matches(html[html.IndexOf(cssClass, StringComparison.Ordinal)..], "href=\"([^\"]+)\"" + after).Take(12)
            .Select(m => WebUtility.HtmlDecode(m.Groups[1].Value))
            .Where(h => h.Contains('?'))
            .Select(h => QueryHelpers.ParseQuery(h[h.IndexOf('?')..]).ToDictionary(p => p.Key, p => p.Value.ToString())).ToList();

    [Fact]
    public async Task The_header_box_keeps_the_query_and_the_results_are_what_was_meant()
    {
        var html = await GetAsync("/search?q=" + Uri.EscapeDataString("华为手机"));
        Assert.Matches("<input[^>]*name=\"q\"[^>]*value=\"华为手机\"|<input[^>]*value=\"华为手机\"[^>]*name=\"q\"", html);
        Assert.Contains("Mate 60", Text(html));
        Assert.Contains("data-sort=\"default\"", Regex.Match(html, "<a[^>]*class=\"active\"[^>]*data-sort=\"[^\"]+\"").Value);
    }

    [Fact]
    public async Task Sort_pager_and_size_links_keep_query_filters_and_sort()
    {
        var html = await GetAsync("/search?q=" + Uri.EscapeDataString("黑色") + "&sort=price-desc&size=12&price=1000-3000");
        Assert.Contains("data-sort=\"price-desc\"", Regex.Match(html, "<a[^>]*class=\"active\"[^>]*data-sort=\"[^\"]+\"").Value);
        foreach (var link in Links(html, "class=\"page-size\""))
            Assert.Equal(("黑色", "price-desc", "1000-3000"), (link["q"], link["sort"], link["price"]));
        var sorts = Links(html, "class=\"sort-bar\"", "[^>]*data-sort=");
        Assert.NotEmpty(sorts);
        Assert.All(sorts, l => Assert.Equal(("黑色", "12", "1000-3000"), (l["q"], l["size"], l["price"])));

        // Page 2 of a price sort stays a price sort (the bug: the pager dropped the sort).
        var paged = await GetAsync("/search?q=" + Uri.EscapeDataString("黑色") + "&sort=price-desc&size=12");
        var pages = Links(paged, "class=\"pager\"");
        Assert.NotEmpty(pages);
        Assert.All(pages, l => Assert.Equal(("黑色", "price-desc", "12"), (l["q"], l["sort"], l["size"])));
    }

    [Fact]
    public async Task A_strict_miss_says_it_shows_partial_matches()
    {
        var html = await GetAsync("/search?q=" + Uri.EscapeDataString("华为 冰箱 黑色"));
        Assert.Contains("data-partial=\"true\"", html);
        Assert.Contains("没有找到完全匹配的商品，为您推荐", Text(html));
        Assert.Matches("data-sku=\"\\d+\"", html);
    }

    [Fact]
    public async Task Nothing_found_is_never_a_bare_page()
    {
        var html = await GetAsync("/search?q=" + Uri.EscapeDataString("对讲机"));
        Assert.Contains("data-empty=\"true\"", html);
        Assert.Contains("/list/", html[html.IndexOf("data-empty", StringComparison.Ordinal)..]);
        Assert.Contains("hot-sellers", html);
        Assert.Matches("data-sku=\"\\d+\"", html[html.IndexOf("hot-sellers", StringComparison.Ordinal)..]);
    }
}
