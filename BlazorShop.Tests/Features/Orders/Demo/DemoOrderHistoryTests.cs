using AngleSharp.Html.Parser;
using BlazorShop.Domain;
using BlazorShop.Features.Orders.Demo;
using BlazorShop.Infrastructure.Seeding;
using BlazorShop.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorShop.Tests.Features.Orders.Demo;

/// <summary>
/// A demo shop's first start: the demo shopper has an order in every status with its timeline, every product has
/// real-looking reviews whose counts match, demo reviewers can't sign in, and a second run adds nothing.
/// </summary>
public class DemoOrderHistoryTests
{
    public static TheoryData<string> Providers => CatalogApps.Providers;

    [Theory, MemberData(nameof(Providers))]
    public async Task The_demo_shopper_has_an_order_in_every_status_and_every_product_has_reviews_that_add_up(string provider)
    {
        await using var database = provider == "Postgres" ? await PostgresDatabase.CreateAsync() : null;
        await using var app = new ShopAppFactory();
        app.Settings["Seed:DemoOrders"] = "true";
        app.Settings["Orders:ExpirySweepInterval"] = "01:00:00";
        if (database is not null)
        {
            app.Settings["Database:Provider"] = "Postgres";
            app.Settings["ConnectionStrings:Shop"] = database.ConnectionString;
        }
        app.StartServer();

        await using (var db = OrderTestData.Db(app))
        {
            var demoId = await db.Users.Where(u => u.UserName == "demo").Select(u => u.Id).SingleAsync();
            var mine = await db.Orders.AsNoTracking().Where(o => o.UserId == demoId).Include(o => o.History).Include(o => o.Lines).ToListAsync();
            Assert.Equal(Enum.GetValues<OrderStatus>().Order(), mine.Select(o => o.Status).Order());
            foreach (var order in mine)
            {
                // The timeline starts with the order being placed and ends in the order's status.
                var steps = order.History.OrderBy(h => h.At).ToList();
                Assert.Equal("OrderEvent_Placed", steps[0].Reason);
                Assert.Equal(order.Status, steps[^1].To);
                Assert.Equal(order.Lines.Sum(l => l.Price * l.Count) + order.Freight, order.TotalAmount);
            }
            var unpaid = mine.Single(o => o.Status == OrderStatus.Unpaid);
            Assert.Equal(PayMethod.Alipay, unpaid.PayMethod);
            Assert.True(unpaid.ExpiresAt > DateTime.UtcNow, "the unpaid order can still be paid");
            Assert.NotNull(mine.Single(o => o.Status == OrderStatus.ToReview).ReceivedAt);
            Assert.True(await db.Addresses.AnyAsync(a => a.UserId == demoId && a.IsDefault));

            // Every product has reviews; the best seller more than the slowest; scores and anonymity vary.
            var lines = await db.OrderLines.AsNoTracking().Where(l => l.IsCommented)
                .Select(l => new { l.SkuId, l.Sku!.SpuId, l.Score, l.IsAnonymous, l.Comment }).ToListAsync();
            var spus = await db.Spus.AsNoTracking().Select(p => new { p.Id, p.Sales, p.CommentCount }).ToListAsync();
            Assert.All(spus, p => Assert.InRange(lines.Count(l => l.SpuId == p.Id), 3, 15));
            Assert.True(lines.Count(l => l.SpuId == spus.MaxBy(p => p.Sales)!.Id) > lines.Count(l => l.SpuId == spus.MinBy(p => p.Sales)!.Id));
            Assert.All(spus, p => Assert.Equal(lines.Count(l => l.SpuId == p.Id), p.CommentCount));
            var skus = await db.Skus.AsNoTracking().Select(s => new { s.Id, s.CommentCount }).ToListAsync();
            Assert.All(skus, s => Assert.Equal(lines.Count(l => l.SkuId == s.Id), s.CommentCount));
            Assert.Contains(lines, l => l.IsAnonymous);
            Assert.Contains(lines, l => !l.IsAnonymous);
            Assert.Contains(lines, l => l.Score <= 2);
            Assert.True(lines.Count(l => l.Score >= 4) > lines.Count / 2);
            Assert.All(lines, l => Assert.InRange(l.Comment!.Length, 5, 500));

            // Demo reviewers are accounts nobody can sign in to.
            Assert.All(await db.Users.AsNoTracking().Where(u => DemoOrderHistory.Reviewers.Contains(u.UserName!)).ToListAsync(),
                u => Assert.Null(u.PasswordHash));
        }

        // The product page shows them.
        var bestSeller = await OrderTestData.Db(app).Skus.AsNoTracking().OrderByDescending(s => s.Spu!.Sales).Select(s => s.Id).FirstAsync();
        var html = await app.CreateClient().GetStringAsync($"/goods/{bestSeller}");
        var page = new HtmlParser().ParseDocument(html);
        Assert.Equal(5, page.QuerySelectorAll("[data-field=reviews] .review").Length);
        Assert.NotNull(page.QuerySelector("[data-action=all-reviews]"));

        // A restart (or a second instance) writes nothing again.
        int Count() { using var db = OrderTestData.Db(app); return db.Orders.Count() + db.Users.Count(); }
        var before = Count();
        await app.Services.GetServices<IDataSeedStep>().OfType<DemoOrderHistory>().Single().RunAsync(CancellationToken.None);
        Assert.Equal(before, Count());
    }
}
