using BlazorShop.Domain;
using BlazorShop.Infrastructure.Data;
using BlazorShop.Infrastructure.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BlazorShop.Features.Orders.Demo;

/// <summary>
/// On the first start of a demo shop (after the catalog; <c>Seed:DemoData</c> and <c>Seed:DemoOrders</c>), so that it
/// doesn't look like "thousands sold, 0 reviews" and the demo shopper has something to look at:
/// <list type="bullet">
/// <item>the demo shopper <c>demo</c> gets a default address and six orders, one in each status (an unpaid Alipay order
/// still inside its payment window, to ship, to receive, to review, finished and reviewed, cancelled by expiry), with
/// their status timelines; the live ones hold their stock as a real order does;</item>
/// <item>every product gets reviews from a few dozen demo reviewers (accounts without a password: nobody can sign in as
/// them) — more for the best sellers, mostly good, some middling or bad, some anonymous, over the last four months;
/// the SKU and SPU review counts match.</item>
/// </list>
/// Nothing is written when the shop already has orders, and everything is written in one transaction with fixed
/// order ids, so a restart or a second instance starting at the same time adds nothing twice. Deterministic: the
/// same catalog gives the same history.
/// </summary>
public sealed class DemoOrderHistory(
    IDbContextFactory<ShopDbContext> contexts, IOptions<SeedOptions> seed, IOptions<OrderOptions> orders, TimeProvider clock,
    ILogger<DemoOrderHistory> logger) : IDataSeedStep
{
    public int Order => 300;

    public const string DemoShopper = "demo";

    public static readonly string[] Reviewers =
    [
        "xiaoyu_2019", "chenmo88", "lin_wanqing", "zhangwei1990", "happy_panda", "sunny_day7", "tom_liu", "wangfang_bj",
        "kevin_zhou", "maomao520", "yueyue_sh", "huanghe77", "dawei_chen", "runner_li", "coffee_cat", "liyan0321",
        "gz_ahong", "xiaobai_99", "summer_qq", "zhao_lei", "amy_wu", "laoma_cd", "jiajia_hz", "orange_tree",
    ];

    public async Task RunAsync(CancellationToken ct)
    {
        if (!seed.Value.DemoData || !seed.Value.DemoOrders) return;
        await using var db = await contexts.CreateDbContextAsync(ct);
        if (await db.Orders.AnyAsync(ct) || !await db.Skus.AnyAsync(ct)) return;
        if (await db.Users.AsNoTracking().Where(u => u.UserName == DemoShopper).Select(u => (long?)u.Id).FirstOrDefaultAsync(ct) is not { } demoId)
            return;

        try
        {
            var (mine, reviews) = await db.InTransactionAsync(async tx =>
            {
                var now = clock.GetUtcNow().UtcDateTime;
                var written = (Mine: await DemoShopperOrdersAsync(db, demoId, now, ct), Reviews: await ReviewsAsync(db, now, ct));
                await tx.CommitAsync(ct);
                return written;
            }, ct);
            logger.LogInformation("Demo history: {Orders} orders for '{User}', {Reviews} reviews of the catalog", mine, DemoShopper, reviews);
        }
        catch (DbUpdateException e) when (DbErrors.IsUniqueViolation(e))
        {
            logger.LogInformation("Demo history: another instance wrote it first");
        }
    }

    private sealed record Pick(long Id, long SpuId, string Name, string? Image, decimal Price, int Stock, int Sales, bool IsLaunched, string Category);

    private static async Task<List<Pick>> SkusAsync(ShopDbContext db, CancellationToken ct) =>
        await db.Skus.AsNoTracking().OrderBy(s => s.Id)
            .Select(s => new Pick(s.Id, s.SpuId, s.Name, s.DefaultImage, s.Price, s.Stock, s.Sales, s.IsLaunched, s.Spu!.Category1!.Name))
            .ToListAsync(ct);

    /// <summary>The demo shopper's address and one order per status.</summary>
    private async Task<int> DemoShopperOrdersAsync(ShopDbContext db, long userId, DateTime now, CancellationToken ct)
    {
        var address = await db.Addresses.Where(a => a.UserId == userId && !a.IsDeleted).OrderByDescending(a => a.IsDefault).FirstOrDefaultAsync(ct)
                      ?? await NewAddressAsync(db, userId, ct);
        if (address is null) return 0; // no areas imported: no address, so no orders either
        var names = await db.Areas.AsNoTracking().Where(a => a.Id == address.ProvinceId || a.Id == address.CityId || a.Id == address.DistrictId)
            .ToDictionaryAsync(a => a.Id, a => a.Name, ct);

        // Goods with plenty of stock, from different categories, so the orders look like a real shopper's.
        var goods = (await SkusAsync(db, ct)).Where(s => s.IsLaunched && s.Stock >= 20).GroupBy(s => s.Category)
            .SelectMany(g => g.OrderByDescending(s => s.Sales).Take(3)).ToList();
        if (goods.Count < 4) return 0;
        Pick Good(int i) => goods[i * 5 % goods.Count];

        var today = now.Date;
        var plans = new (OrderStatus Status, PayMethod Pay, DateTime Placed, Pick[] Lines)[]
        {
            (OrderStatus.Unpaid, PayMethod.Alipay, now.AddMinutes(-3), [Good(0)]),
            (OrderStatus.ToShip, PayMethod.CashOnDelivery, today.AddDays(-1).AddHours(12.25), [Good(1), Good(2)]),
            (OrderStatus.ToReceive, PayMethod.CashOnDelivery, today.AddDays(-3).AddHours(2.5), [Good(3)]),
            (OrderStatus.ToReview, PayMethod.CashOnDelivery, today.AddDays(-8).AddHours(11), [Good(4), Good(5)]),
            (OrderStatus.Finished, PayMethod.CashOnDelivery, today.AddDays(-26).AddHours(13.75), [Good(6)]),
            (OrderStatus.Cancelled, PayMethod.Alipay, today.AddDays(-12).AddHours(1.5), [Good(7)]),
        };
        foreach (var (status, pay, placed, lines) in plans)
        {
            var order = NewOrder(userId, placed, pay, lines, address, names);
            Timeline(order, status, placed, userId, orders.Value.UnpaidExpiry);
            if (status == OrderStatus.Finished)
                foreach (var line in order.Lines)
                    (line.Score, line.Comment, line.IsCommented, line.CommentedAt) = (5, DemoReviewTexts.Praise[0], true, order.ReceivedAt!.Value.AddDays(1));
            db.Orders.Add(order);
            if (status == OrderStatus.Cancelled) continue;
            foreach (var line in order.Lines) // a live order holds its goods, as checkout does
            {
                await db.Skus.Where(s => s.Id == line.SkuId && s.Stock >= line.Count).ExecuteUpdateAsync(s => s
                    .SetProperty(k => k.Stock, k => k.Stock - line.Count).SetProperty(k => k.Sales, k => k.Sales + line.Count), ct);
            }
        }
        await db.SaveChangesAsync(ct);
        return plans.Length;
    }

    private static async Task<Address?> NewAddressAsync(ShopDbContext db, long userId, CancellationToken ct)
    {
        // 北京市 东城区 when the China areas are there; else any district.
        var district = await db.Areas.AsNoTracking().Where(a => a.Name == "东城区").Select(a => new { a.Id, a.ParentId }).FirstOrDefaultAsync(ct)
                       ?? await db.Areas.AsNoTracking().Where(a => a.ParentId != null && db.Areas.Any(p => p.Id == a.ParentId && p.ParentId != null))
                           .OrderBy(a => a.Id).Select(a => new { a.Id, a.ParentId }).FirstOrDefaultAsync(ct);
        if (district?.ParentId is not { } cityId) return null;
        var provinceId = await db.Areas.AsNoTracking().Where(a => a.Id == cityId).Select(a => a.ParentId).FirstAsync(ct);
        if (provinceId is null) return null;
        var address = new Address
        {
            UserId = userId, Title = "家", Receiver = "张小明", ProvinceId = provinceId.Value, CityId = cityId, DistrictId = district.Id,
            Place = "东直门南大街 8 号 3 单元 502", Mobile = "13800138000", IsDefault = true,
        };
        db.Addresses.Add(address);
        await db.SaveChangesAsync(ct);
        return address;
    }

    private static Order NewOrder(long userId, DateTime placed, PayMethod pay, IReadOnlyList<Pick> goods, Address address, Dictionary<int, string> areas)
    {
        var id = OrderIds.Next(userId, placed, null);
        var lines = goods.Select((g, i) => new OrderLine { OrderId = id, SkuId = g.Id, SkuName = g.Name, Image = g.Image, Count = 1 + i % 2, Price = g.Price }).ToList();
        var freight = Domain.Order.FlatFreight;
        return new Order
        {
            Id = id, UserId = userId, Receiver = address.Receiver, Province = areas.GetValueOrDefault(address.ProvinceId, ""),
            City = areas.GetValueOrDefault(address.CityId, ""), District = areas.GetValueOrDefault(address.DistrictId, ""),
            Place = address.Place, Mobile = address.Mobile, PayMethod = pay, Freight = freight,
            TotalCount = lines.Sum(l => l.Count), TotalAmount = lines.Sum(l => l.Price * l.Count) + freight,
            CreatedAt = placed, UpdatedAt = placed, Lines = lines,
        };
    }

    /// <summary>Walks the order from placed to <paramref name="status"/>, stamping each step as the real actions do.</summary>
    private static void Timeline(Order order, OrderStatus status, DateTime placed, long userId, TimeSpan unpaidExpiry)
    {
        var at = placed;
        void Step(OrderStatus? from, OrderStatus to, string reason, long? actor, TimeSpan after)
        {
            at += after;
            order.History.Add(new OrderStatusChange { OrderId = order.Id, From = from, To = to, Reason = reason, ActorId = actor, At = at });
            (order.Status, order.UpdatedAt) = (to, at);
        }

        var unpaid = order.PayMethod == PayMethod.Alipay;
        Step(null, unpaid ? OrderStatus.Unpaid : OrderStatus.ToShip, "OrderEvent_Placed", userId, TimeSpan.Zero);
        if (status == OrderStatus.Unpaid) { order.ExpiresAt = placed + unpaidExpiry; return; }
        if (status == OrderStatus.Cancelled)
        {
            Step(OrderStatus.Unpaid, OrderStatus.Cancelled, "OrderEvent_Expired", null, unpaidExpiry);
            order.CancelledAt = at;
            return;
        }
        if (unpaid) { Step(OrderStatus.Unpaid, OrderStatus.ToShip, "OrderEvent_Paid", null, TimeSpan.FromMinutes(2)); order.PaidAt = at; }
        if (status == OrderStatus.ToShip) return;
        Step(OrderStatus.ToShip, OrderStatus.ToReceive, "OrderEvent_Shipped", null, TimeSpan.FromHours(20));
        order.ShippedAt = at;
        if (status == OrderStatus.ToReceive) return;
        Step(OrderStatus.ToReceive, OrderStatus.ToReview, "OrderEvent_Received", userId, TimeSpan.FromHours(30));
        order.ReceivedAt = at;
        if (status == OrderStatus.ToReview) return;
        Step(OrderStatus.ToReview, OrderStatus.Finished, "OrderEvent_Reviewed", userId, TimeSpan.FromDays(1));
    }

    /// <summary>Reviews of every product from the demo reviewers, each one a finished one-line order; counts follow.</summary>
    private static async Task<int> ReviewsAsync(ShopDbContext db, DateTime now, CancellationToken ct)
    {
        var reviewers = await ReviewerIdsAsync(db, ct);
        var random = new Random(20_261_122);
        var skus = await SkusAsync(db, ct);
        var taken = new HashSet<string>();
        var count = 0;
        foreach (var spu in skus.GroupBy(s => s.SpuId).OrderBy(g => g.Key))
        {
            var sales = spu.Sum(s => s.Sales);
            // 3 for a slow seller … 14 for a best seller (100,000 sold), give or take one.
            var reviews = Math.Clamp((int)Math.Round(2.6 * Math.Log10(sales + 10)) + random.Next(-1, 2), 3, 14);
            for (var i = 0; i < reviews; i++)
            {
                var sku = Weighted(spu.ToList(), random);
                var score = Score(random);
                var reviewed = now.Date.AddDays(-random.Next(2, 120)).AddMinutes(random.Next(8 * 60, 23 * 60));
                var received = reviewed.AddHours(-random.Next(2, 96));
                var placed = received.AddDays(-random.Next(2, 5)).AddMinutes(-random.Next(0, 600));
                var user = reviewers[random.Next(reviewers.Count)];
                var id = OrderIds.Next(user, placed, null);
                while (!taken.Add(id)) id = OrderIds.Next(user, placed = placed.AddSeconds(1), null);
                var line = new OrderLine
                {
                    OrderId = id, SkuId = sku.Id, SkuName = sku.Name, Image = sku.Image, Count = 1, Price = sku.Price,
                    Score = score, Comment = Text(score, sku.Category, random), IsAnonymous = random.Next(4) == 0, IsCommented = true, CommentedAt = reviewed,
                };
                db.Orders.Add(new Order
                {
                    Id = id, UserId = user, Receiver = "***", Province = "", City = "", District = "", Place = "", Mobile = "",
                    PayMethod = random.Next(3) == 0 ? PayMethod.CashOnDelivery : PayMethod.Alipay, Freight = Domain.Order.FlatFreight,
                    TotalCount = 1, TotalAmount = sku.Price + Domain.Order.FlatFreight, Status = OrderStatus.Finished,
                    CreatedAt = placed, UpdatedAt = reviewed, PaidAt = placed.AddMinutes(1), ShippedAt = placed.AddHours(18), ReceivedAt = received,
                    Lines = [line],
                    History =
                    [
                        new OrderStatusChange { OrderId = id, From = null, To = OrderStatus.ToShip, Reason = "OrderEvent_Placed", ActorId = user, At = placed },
                        new OrderStatusChange { OrderId = id, From = OrderStatus.ToShip, To = OrderStatus.ToReceive, Reason = "OrderEvent_Shipped", At = placed.AddHours(18) },
                        new OrderStatusChange { OrderId = id, From = OrderStatus.ToReceive, To = OrderStatus.ToReview, Reason = "OrderEvent_Received", ActorId = user, At = received },
                        new OrderStatusChange { OrderId = id, From = OrderStatus.ToReview, To = OrderStatus.Finished, Reason = "OrderEvent_Reviewed", ActorId = user, At = reviewed },
                    ],
                });
                count++;
            }
        }
        await db.SaveChangesAsync(ct);
        // The counts are whatever the lines say (the demo shopper's own review included).
        await db.Skus.ExecuteUpdateAsync(s => s.SetProperty(k => k.CommentCount, k => db.OrderLines.Count(l => l.SkuId == k.Id && l.IsCommented)), ct);
        await db.Spus.ExecuteUpdateAsync(s => s.SetProperty(p => p.CommentCount, p => db.OrderLines.Count(l => l.Sku!.SpuId == p.Id && l.IsCommented)), ct);
        return count;
    }

    private static async Task<List<long>> ReviewerIdsAsync(ShopDbContext db, CancellationToken ct)
    {
        var existing = await db.Users.Where(u => Reviewers.Contains(u.UserName!)).Select(u => u.UserName!).ToListAsync(ct);
        foreach (var name in Reviewers.Except(existing))
            db.Users.Add(new ShopUser
            {
                UserName = name, NormalizedUserName = name.ToUpperInvariant(), SecurityStamp = Guid.NewGuid().ToString("N"),
                LockoutEnabled = true, // and no password: nobody signs in as a demo reviewer
            });
        await db.SaveChangesAsync(ct);
        return await db.Users.AsNoTracking().Where(u => Reviewers.Contains(u.UserName!)).OrderBy(u => u.Id).Select(u => u.Id).ToListAsync(ct);
    }

    private static Pick Weighted(List<Pick> skus, Random random)
    {
        var total = skus.Sum(s => (long)s.Sales + 1);
        var at = (long)(random.NextDouble() * total);
        foreach (var sku in skus)
            if ((at -= sku.Sales + 1) < 0) return sku;
        return skus[^1];
    }

    /// <summary>5 ★ 68%, 4 ★ 18%, 3 ★ 8%, 2 ★ 3%, 1 ★ 3%: what a well-run shop's reviews look like.</summary>
    private static int Score(Random random) => random.Next(100) switch
    {
        < 68 => 5,
        < 86 => 4,
        < 94 => 3,
        < 97 => 2,
        _ => 1,
    };

    private static string Text(int score, string category, Random random)
    {
        string[] pool = score switch
        {
            >= 4 => DemoReviewTexts.PraiseByCategory.TryGetValue(category, out var praise) && random.Next(3) > 0 ? praise : DemoReviewTexts.Praise,
            3 or 2 => DemoReviewTexts.Mixed,
            _ => DemoReviewTexts.Complaint,
        };
        return pool[random.Next(pool.Length)];
    }
}
