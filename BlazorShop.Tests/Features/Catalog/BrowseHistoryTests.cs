using BlazorShop.Features.Catalog;
using BlazorShop.Infrastructure.Data;
using BlazorShop.Infrastructure.Events;
using BlazorShop.Tests.TestSupport;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace BlazorShop.Tests.Features.Catalog;

/// <summary>Last five SKUs viewed, newest first, no duplicates — in the database by default, in a Redis list when configured.</summary>
[Collection("catalog")]
public class BrowseHistoryTests(CatalogApps apps)
{
    private static async Task AssertKeepsTheLastFiveAsync(IBrowseHistory history, long userId, IReadOnlyList<long> skus)
    {
        Assert.Empty(await history.GetAsync(userId));
        // Views: 1 2 3 1 4 5 6 7 → newest first without duplicates, five of them: 7 6 5 4 1
        long[] views = [skus[0], skus[1], skus[2], skus[0], skus[3], skus[4], skus[5], skus[6]];
        foreach (var sku in views) await history.RecordAsync(userId, sku);
        Assert.Equal([skus[6], skus[5], skus[4], skus[3], skus[0]], await history.GetAsync(userId));

        await history.RecordAsync(userId, skus[4]); // viewing again moves it to the front
        Assert.Equal([skus[4], skus[6], skus[5], skus[3], skus[0]], await history.GetAsync(userId));
    }

    private async Task<(long UserId, List<long> Skus)> UserAndSkusAsync(ShopAppFactory app)
    {
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<BlazorShop.Domain.ShopUser>>();
        var user = new BlazorShop.Domain.ShopUser { UserName = "hist" + Guid.NewGuid().ToString("N")[..8] };
        Assert.True((await users.CreateAsync(user)).Succeeded);
        await using var db = app.Services.GetRequiredService<IDbContextFactory<ShopDbContext>>().CreateDbContext();
        return (user.Id, await db.Skus.OrderBy(s => s.Id).Take(7).Select(s => s.Id).ToListAsync());
    }

    [Fact]
    public async Task Database_history_keeps_the_last_five_distinct_views()
    {
        var app = await apps.GetAsync("Sqlite");
        var history = app.Services.GetRequiredService<IBrowseHistory>();
        Assert.IsType<DatabaseBrowseHistory>(history);
        var (user, skus) = await UserAndSkusAsync(app);
        await AssertKeepsTheLastFiveAsync(history, user, skus);
    }

    [ServiceFact(Service.Redis)]
    public async Task Redis_history_keeps_the_last_five_distinct_views()
    {
        var redis = await ConnectionMultiplexer.ConnectAsync(RedisSetup.Options(TestServices.Require(TestServices.Redis, "BLAZORSHOP_TEST_REDIS")));
        var history = new RedisBrowseHistory(redis);
        var user = Random.Shared.NextInt64(1_000_000, long.MaxValue / 2);
        await AssertKeepsTheLastFiveAsync(history, user, [101, 102, 103, 104, 105, 106, 107]);
        Assert.Equal(5, await redis.GetDatabase().ListLengthAsync($"history:{user}"));
        await redis.GetDatabase().KeyDeleteAsync($"history:{user}");
    }
}
