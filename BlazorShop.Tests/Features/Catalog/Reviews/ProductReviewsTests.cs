using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using BlazorShop.Domain;
using BlazorShop.Features.Catalog.Reviews;
using BlazorShop.Features.Orders;
using BlazorShop.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorShop.Tests.Features.Catalog.Reviews;

/// <summary>
/// Reviews on the product page and its reviews page: the summary (count, good rate, average), the newest few, the
/// full list paged newest first and filtered by score band, masked anonymous names, hidden reviews left out, and a
/// new review showing at once even though the pages are cached.
/// </summary>
[Collection("orders")]
public class ProductReviewsTests(OrderApps apps)
{
    public static TheoryData<string> Providers => OrderApps.Providers;

    private static readonly DateTime Newest = new(2026, 11, 20, 8, 0, 0, DateTimeKind.Utc);

    private static async Task<IDocument> GetAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        response.EnsureSuccessStatusCode();
        return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
    }

    private static List<string> Comments(IDocument page) =>
        [.. page.QuerySelectorAll("[data-field=reviews] .review p").Select(p => p.TextContent.Trim())];

    [Fact]
    public void The_summary_splits_scores_as_good_middling_and_bad_and_averages_them()
    {
        var summary = ReviewSummary.FromScores(new Dictionary<int, int> { [5] = 6, [4] = 1, [3] = 1, [2] = 1, [1] = 1 });
        Assert.Equal((10, 7, 2, 1), (summary.Count, summary.Good, summary.Middle, summary.Bad));
        Assert.Equal(70, summary.GoodPercent);
        Assert.Equal(4.0m, summary.Average); // (30 + 4 + 3 + 2 + 1) / 10
        Assert.Equal(ReviewSummary.Empty, ReviewSummary.FromScores(new Dictionary<int, int>()));
        Assert.Equal(0, ReviewSummary.Empty.GoodPercent);
        Assert.Equal(ReviewFilter.All, ReviewFilters.Parse("../../etc"));
        Assert.Equal(ReviewFilter.Bad, ReviewFilters.Parse("bad"));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task The_product_page_shows_the_summary_and_the_newest_five_and_the_reviews_page_pages_and_filters_the_rest(string provider)
    {
        var app = await apps.GetAsync(provider);
        var skus = await OrderTestData.SkusAsync(app, (10, 99m), (10, 109m));
        // 23 reviews over both SKUs of the product: scores cycle 5,5,4,3,1 — newest first, "评价 00" is the newest.
        int[] cycle = [5, 5, 4, 3, 1];
        var reviews = Enumerable.Range(0, 23).Select(i => (cycle[i % 5], $"评价 {i:00} 的内容", i == 1)).ToList();
        var buyers = await ReviewTestData.ReviewsAsync(app, skus[0], reviews[..12], Newest);
        await ReviewTestData.ReviewsAsync(app, skus[1], reviews[12..], Newest.AddHours(-12));
        // A review the back office hid is counted nowhere and shown nowhere.
        await ReviewTestData.ReviewsAsync(app, skus[1], [(1, "被隐藏的评价内容", false)], Newest.AddHours(1));
        await using (var db = OrderTestData.Db(app))
            await db.OrderLines.Where(l => l.Comment == "被隐藏的评价内容" && l.SkuId == skus[1]).ExecuteUpdateAsync(s => s.SetProperty(l => l.IsReviewHidden, true));
        var client = app.CreateClient();

        var product = await GetAsync(client, $"/goods/{skus[1]}");
        Assert.Equal(["评价 00 的内容", "评价 01 的内容", "评价 02 的内容", "评价 03 的内容", "评价 04 的内容"], Comments(product));
        Assert.Equal("65%", product.QuerySelector("[data-field=good-percent]")!.TextContent.Trim()); // 15 good (5, 5, 4) of 23
        Assert.Contains("3.7", product.QuerySelector("[data-field=average]")!.TextContent); // (18 · 4 + 14) / 23 = 3.74
        Assert.Contains("23", product.QuerySelector("[data-action=all-reviews]")!.TextContent);
        // The anonymous reviewer is masked, the others are named.
        var names = product.QuerySelectorAll("[data-field=reviews] .reviewer").Select(e => e.TextContent.Trim()).ToList();
        Assert.Equal(buyers[0].Shopper.UserName, names[0]);
        Assert.Equal(buyers[1].Shopper.UserName[0] + "***" + buyers[1].Shopper.UserName[^1], names[1]);
        Assert.DoesNotContain(buyers[1].Shopper.UserName, product.DocumentElement.OuterHtml);

        var first = await GetAsync(client, $"/goods/{skus[0]}/reviews");
        Assert.Equal(Enumerable.Range(0, 10).Select(i => $"评价 {i:00} 的内容"), Comments(first));
        var third = await GetAsync(client, $"/goods/{skus[0]}/reviews?page=3");
        Assert.Equal(["评价 20 的内容", "评价 21 的内容", "评价 22 的内容"], Comments(third));
        var bad = await GetAsync(client, $"/goods/{skus[0]}/reviews?score=bad");
        Assert.Equal(["评价 04 的内容", "评价 09 的内容", "评价 14 的内容", "评价 19 的内容"], Comments(bad));
        Assert.Contains("(4)", bad.QuerySelector("[data-filter=bad]")!.TextContent);
        Assert.Equal("page", bad.QuerySelector("[data-filter=bad]")!.GetAttribute("aria-current"));
        var middling = await GetAsync(client, $"/goods/{skus[0]}/reviews?score=mid&page=99");
        Assert.Empty(Comments(middling));
        Assert.NotNull(middling.QuerySelector("[data-empty=reviews]"));

        using var unknown = await client.GetAsync("/goods/987654321/reviews");
        Assert.Equal(System.Net.HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task A_new_review_shows_on_the_cached_product_page_at_once(string provider)
    {
        var app = await apps.GetAsync(provider);
        var buyer = await OrderTestData.BuyerAsync(app);
        var sku = await OrderTestData.SkuAsync(app, 10);
        var client = app.CreateClient();
        Assert.Empty(Comments(await GetAsync(client, $"/goods/{sku}")));          // cached now
        Assert.Empty(Comments(await GetAsync(client, $"/goods/{sku}/reviews"))); // and this one

        var orderId = (await app.Services.GetRequiredService<ICheckout>().PlaceOrderAsync(buyer.Id,
            OrderTestData.Request(buyer, PayMethod.CashOnDelivery, (sku, 1)))).OrderId!;
        await using (var db = OrderTestData.Db(app))
            await db.Orders.Where(o => o.Id == orderId).ExecuteUpdateAsync(s => s.SetProperty(o => o.Status, OrderStatus.ToReview));
        var lineId = (await app.Services.GetRequiredService<IOrderQueries>().GetAsync(buyer.Id, orderId))!.Lines[0].Id;
        Assert.Equal(OrderActionOutcome.Done, await app.Services.GetRequiredService<IOrderActions>()
            .ReviewAsync(buyer.Id, orderId, [new LineReview(lineId, 2, "包装有点破损，东西还行", false)]));

        await AssertEventuallyAsync(async () => Comments(await GetAsync(client, $"/goods/{sku}")).SequenceEqual(["包装有点破损，东西还行"]));
        await AssertEventuallyAsync(async () => Comments(await GetAsync(client, $"/goods/{sku}/reviews?score=mid")).SequenceEqual(["包装有点破损，东西还行"]));
    }

    /// <summary>Eviction goes through the event bus (asynchronous by design): wait a little for it.</summary>
    private static async Task AssertEventuallyAsync(Func<Task<bool>> condition)
    {
        for (var i = 0; i < 50; i++)
        {
            if (await condition()) return;
            await Task.Delay(100);
        }
        Assert.True(await condition());
    }
}
