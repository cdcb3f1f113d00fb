using BlazorShop.Domain;
using BlazorShop.Features.Orders;

namespace BlazorShop.Tests.TestSupport;

/// <summary>Finished orders with reviewed lines, written straight to the database: a product with a history of reviews.</summary>
public static class ReviewTestData
{
    /// <summary>One buyer and one finished order per review; review i is i hours older than review i-1 (the first is the newest).</summary>
    public static async Task<IReadOnlyList<OrderBuyer>> ReviewsAsync(ShopAppFactory app, long skuId, IReadOnlyList<(int Score, string Text, bool Anonymous)> reviews,
        DateTime newest)
    {
        var buyers = await OrderTestData.CrowdAsync(app, reviews.Count);
        await using var db = OrderTestData.Db(app);
        var sku = db.Skus.Single(s => s.Id == skuId);
        for (var i = 0; i < reviews.Count; i++)
        {
            var at = newest.AddHours(-i);
            var (score, text, anonymous) = reviews[i];
            db.Orders.Add(new Order
            {
                Id = OrderIds.Next(buyers[i].Id, at, null), UserId = buyers[i].Id, Receiver = "李四", Province = "北京市", City = "市辖区", District = "东城区",
                Place = "人民路 8 号", Mobile = "13900139000", TotalCount = 1, TotalAmount = sku.Price + 10m, Freight = 10m,
                PayMethod = PayMethod.CashOnDelivery, Status = OrderStatus.Finished, CreatedAt = at.AddDays(-3), UpdatedAt = at,
                Lines = [new OrderLine
                {
                    OrderId = "", SkuId = skuId, SkuName = sku.Name, Count = 1, Price = sku.Price,
                    Score = score, Comment = text, IsAnonymous = anonymous, IsCommented = true, CommentedAt = at,
                }],
            });
        }
        await db.SaveChangesAsync();
        return buyers;
    }
}
