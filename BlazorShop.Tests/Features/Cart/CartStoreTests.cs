using BlazorShop.Features.Cart;
using BlazorShop.Shared.Live;
using BlazorShop.Tests.TestSupport;
using Xunit.Abstractions;

namespace BlazorShop.Tests.Features.Cart;

/// <summary>
/// One behaviour suite, run against every real store: the database (SQLite, and PostgreSQL) and Redis. Goes through
/// <see cref="CartService"/>, which is what every page and endpoint uses.
/// </summary>
public class CartStoreTests(ITestOutputHelper output)
{
    public static TheoryData<string> Stores => CartWorld.Stores;

    private static async Task<Dictionary<long, CartLine>> LinesAsync(CartWorld w, CartOwner cart) =>
        (await w.Store.GetAsync(cart)).ToDictionary(l => l.SkuId);

    [Theory, MemberData(nameof(Stores))]
    public async Task Adding_creates_a_selected_line_and_adding_again_sums(string store)
    {
        await using var w = await CartWorld.CreateAsync(store);
        var cart = CartOwner.User(w.UserA);

        Assert.Equal(AddToCartOutcome.Added, (await w.Service.AddAsync(cart, w.InStock, 2)).Outcome);
        var second = await w.Service.AddAsync(cart, w.InStock, 3);

        Assert.Equal((AddToCartOutcome.Added, 5), (second.Outcome, second.Count));
        var line = Assert.Single(await w.Store.GetAsync(cart));
        Assert.Equal(new CartLine(w.InStock, 5, true), line);
        Assert.Equal(5, await w.Service.GetCountAsync(cart));
    }

    [Theory, MemberData(nameof(Stores))]
    public async Task Setting_a_count_works_within_1_to_the_stock_and_anything_else_leaves_the_line_as_it_was(string store)
    {
        await using var w = await CartWorld.CreateAsync(store);
        var cart = CartOwner.User(w.UserA);
        await w.Service.AddAsync(cart, w.Few, 1);

        Assert.Equal(AddToCartOutcome.Updated, (await w.Service.SetCountAsync(cart, w.Few, 3)).Outcome);
        foreach (var bad in new[] { 0, -1, 4, int.MaxValue })
        {
            var refused = await w.Service.SetCountAsync(cart, w.Few, bad);
            Assert.Equal((AddToCartOutcome.InvalidCount, 3), (refused.Outcome, refused.Limit));
        }
        Assert.Equal(AddToCartOutcome.NoSuchLine, (await w.Service.SetCountAsync(cart, w.InStock, 2)).Outcome);

        Assert.Equal(3, (await LinesAsync(w, cart))[w.Few].Count);
        Assert.False((await LinesAsync(w, cart)).ContainsKey(w.InStock));
    }

    [Theory, MemberData(nameof(Stores))]
    public async Task Select_one_select_all_and_unselect_all(string store)
    {
        await using var w = await CartWorld.CreateAsync(store);
        var cart = CartOwner.User(w.UserA);
        await w.Service.AddAsync(cart, w.InStock, 1);
        await w.Service.AddAsync(cart, w.Few, 1);
        await w.Service.AddAsync(cart, w.Big, 1);

        await w.Service.SelectAsync(cart, w.Few, false);
        var lines = await LinesAsync(w, cart);
        Assert.False(lines[w.Few].Selected);
        Assert.True(lines[w.InStock].Selected);

        await w.Service.SelectAllAsync(cart, false);
        Assert.All(await w.Store.GetAsync(cart), l => Assert.False(l.Selected));

        await w.Service.SelectAllAsync(cart, true);
        Assert.All(await w.Store.GetAsync(cart), l => Assert.True(l.Selected));
        var view = await w.Service.GetViewAsync(cart);
        Assert.True(view.AllSelected);
        Assert.Equal(3, view.SelectedCount);
        Assert.Equal(12.5m + 99m + 1m, view.SelectedAmount);
    }

    [Theory, MemberData(nameof(Stores))]
    public async Task A_line_that_went_off_sale_is_marked_can_not_be_selected_and_select_all_skips_it(string store)
    {
        await using var w = await CartWorld.CreateAsync(store);
        var cart = CartOwner.User(w.UserA);
        await w.Service.AddAsync(cart, w.InStock, 2);
        await w.Service.AddAsync(cart, w.Few, 1);
        await using (var db = w.Contexts.CreateDbContext())
        {
            var sku = await db.Skus.FindAsync(w.Few);
            sku!.IsLaunched = false;
            await db.SaveChangesAsync();
        }
        await w.Service.SelectAllAsync(cart, false);

        Assert.Equal(AddToCartOutcome.Unavailable, (await w.Service.SelectAsync(cart, w.Few, true)).Outcome);
        await w.Service.SelectAllAsync(cart, true);

        var view = await w.Service.GetViewAsync(cart);
        var off = view.Lines.Single(l => l.SkuId == w.Few);
        Assert.False(off.Available);
        Assert.False(off.IsSelected);
        Assert.True(view.AllSelected); // all that can be selected
        Assert.Equal((2, 25m), (view.SelectedCount, view.SelectedAmount));
    }

    [Theory, MemberData(nameof(Stores))]
    public async Task Delete_removes_only_the_named_lines(string store)
    {
        await using var w = await CartWorld.CreateAsync(store);
        var cart = CartOwner.User(w.UserA);
        await w.Service.AddAsync(cart, w.InStock, 1);
        await w.Service.AddAsync(cart, w.Few, 2);

        await w.Service.RemoveAsync(cart, [w.InStock]);

        Assert.Equal([w.Few], (await w.Store.GetAsync(cart)).Select(l => l.SkuId));
        await w.Service.RemoveAsync(cart, [w.Few]);
        Assert.Empty(await w.Store.GetAsync(cart));
        // Adding again after a delete starts from zero and selected.
        await w.Service.AddAsync(cart, w.Few, 1);
        Assert.Equal(new CartLine(w.Few, 1, true), Assert.Single(await w.Store.GetAsync(cart)));
    }

    [Theory, MemberData(nameof(Stores))]
    public async Task Counts_are_bounded_by_the_stock_and_999_and_bad_input_leaves_the_cart_unchanged(string store)
    {
        await using var w = await CartWorld.CreateAsync(store);
        var cart = CartOwner.User(w.UserA);
        await w.Service.AddAsync(cart, w.Few, 2);

        // Adding past the stock caps the line at the stock (and says so).
        var capped = await w.Service.AddAsync(cart, w.Few, 2);
        Assert.Equal((AddToCartOutcome.CappedAtStock, 3, 3), (capped.Outcome, capped.Count, capped.Limit));
        // A big stock: the line holds at most 999.
        Assert.Equal(AddToCartOutcome.InvalidCount, (await w.Service.AddAsync(cart, w.Big, 1000)).Outcome);
        await w.Service.AddAsync(cart, w.Big, 999);
        var atMax = await w.Service.AddAsync(cart, w.Big, 5);
        Assert.Equal((AddToCartOutcome.CappedAtStock, 999), (atMax.Outcome, atMax.Count));

        var before = await LinesAsync(w, cart);
        Assert.Equal(AddToCartOutcome.InvalidCount, (await w.Service.AddAsync(cart, w.InStock, 0)).Outcome);
        Assert.Equal(AddToCartOutcome.InvalidCount, (await w.Service.AddAsync(cart, w.InStock, -3)).Outcome);
        Assert.Equal(AddToCartOutcome.InvalidCount, (await w.Service.AddAsync(cart, w.InStock, 51)).Outcome);
        Assert.Equal(AddToCartOutcome.NotFound, (await w.Service.AddAsync(cart, 987_654_321, 1)).Outcome);
        Assert.Equal(AddToCartOutcome.Unavailable, (await w.Service.AddAsync(cart, w.OffSale, 1)).Outcome);
        Assert.Equal(AddToCartOutcome.Unavailable, (await w.Service.AddAsync(cart, w.SoldOut, 1)).Outcome);
        Assert.Equal(before, await LinesAsync(w, cart));
    }

    [Theory, MemberData(nameof(Stores))]
    public async Task A_cart_holds_at_most_100_distinct_lines_and_existing_lines_still_grow(string store)
    {
        await using var w = await CartWorld.CreateAsync(store);
        var cart = CartOwner.User(w.UserA);
        foreach (var sku in w.More.Take(100)) Assert.Equal(AddToCartOutcome.Added, (await w.Service.AddAsync(cart, sku, 1)).Outcome);

        Assert.Equal(AddToCartOutcome.TooManyLines, (await w.Service.AddAsync(cart, w.More[100], 1)).Outcome);
        Assert.Equal(AddToCartOutcome.Added, (await w.Service.AddAsync(cart, w.More[0], 1)).Outcome);

        var lines = await LinesAsync(w, cart);
        Assert.Equal(100, lines.Count);
        Assert.False(lines.ContainsKey(w.More[100]));
        Assert.Equal(2, lines[w.More[0]].Count);
        Assert.True((await w.Service.GetViewAsync(cart)).AtLineLimit);
    }

    [Theory, MemberData(nameof(Stores))]
    public async Task Concurrent_increments_from_many_tasks_give_the_exact_sum(string store)
    {
        await using var w = await CartWorld.CreateAsync(store);
        var cart = CartOwner.User(w.UserA);
        const int tasks = 16, perTask = 25;
        var started = DateTime.UtcNow;
        // Two "tabs" per task: each task adds one at a time, all tasks at once, to the same line.
        await Task.WhenAll(Enumerable.Range(0, tasks).Select(_ => Task.Run(async () =>
        {
            for (var i = 0; i < perTask; i++)
            {
                var result = await w.Service.AddAsync(cart, w.Big, 1);
                Assert.Equal(AddToCartOutcome.Added, result.Outcome);
            }
        })));
        var final = (await LinesAsync(w, cart))[w.Big].Count;
        output.WriteLine($"store {store}: {tasks} tasks x {perTask} adds of 1 = {tasks * perTask} operations on one line; final count {final} (in {(DateTime.UtcNow - started).TotalMilliseconds:0} ms)");
        Assert.Equal(tasks * perTask, final);
    }

    [Theory, MemberData(nameof(Stores))]
    public async Task Concurrent_adds_near_the_limit_never_pass_it(string store)
    {
        await using var w = await CartWorld.CreateAsync(store);
        var cart = CartOwner.User(w.UserA);
        await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Task.Run(() => w.Service.AddAsync(cart, w.Few, 1))));
        Assert.Equal(3, (await LinesAsync(w, cart))[w.Few].Count);
    }

    [Theory, MemberData(nameof(Stores))]
    public async Task Merging_a_guest_cart_the_guest_count_and_selection_win_and_the_guest_cart_is_gone(string store)
    {
        await using var w = await CartWorld.CreateAsync(store);
        var user = CartOwner.User(w.UserA);
        var guest = CartOwner.NewGuest();
        await w.Service.AddAsync(user, w.InStock, 1);   // in both: the guest's count (5, unselected) wins
        await w.Service.AddAsync(user, w.Big, 7);       // only the user's: kept as it was
        await w.Service.AddAsync(guest, w.InStock, 5);
        await w.Service.SelectAsync(guest, w.InStock, false);
        await w.Service.AddAsync(guest, w.Few, 2);      // only the guest's: moved, selected

        var moved = await w.Service.MergeAsync(guest, user);

        Assert.Equal(2, moved);
        var lines = await LinesAsync(w, user);
        Assert.Equal(new CartLine(w.InStock, 5, false), lines[w.InStock]);
        Assert.Equal(new CartLine(w.Few, 2, true), lines[w.Few]);
        Assert.Equal(new CartLine(w.Big, 7, true), lines[w.Big]);
        Assert.Empty(await w.Store.GetAsync(guest));
        // Merging again (a second sign-in with the same stale cookie) changes nothing.
        Assert.Equal(0, await w.Service.MergeAsync(guest, user));
        Assert.Equal(lines, await LinesAsync(w, user));
    }

    [Theory, MemberData(nameof(Stores))]
    public async Task Merging_stops_at_the_line_limit(string store)
    {
        await using var w = await CartWorld.CreateAsync(store);
        var user = CartOwner.User(w.UserA);
        var guest = CartOwner.NewGuest();
        foreach (var sku in w.More.Take(99)) await w.Service.AddAsync(user, sku, 1);
        await w.Service.AddAsync(guest, w.InStock, 1);
        await w.Service.AddAsync(guest, w.Few, 1);
        await w.Service.AddAsync(guest, w.More[0], 4);

        await w.Service.MergeAsync(guest, user);

        var lines = await LinesAsync(w, user);
        Assert.Equal(100, lines.Count);
        Assert.Equal(4, lines[w.More[0]].Count);
    }

    [Theory, MemberData(nameof(Stores))]
    public async Task One_shoppers_changes_never_touch_another_shoppers_cart(string store)
    {
        await using var w = await CartWorld.CreateAsync(store);
        var (a, b, g1, g2) = (CartOwner.User(w.UserA), CartOwner.User(w.UserB), CartOwner.NewGuest(), CartOwner.NewGuest());
        await w.Service.AddAsync(a, w.InStock, 2);
        await w.Service.AddAsync(g1, w.InStock, 3);

        await w.Service.AddAsync(b, w.InStock, 1);
        await w.Service.SetCountAsync(b, w.InStock, 9);
        await w.Service.SelectAllAsync(b, false);
        await w.Service.RemoveAsync(g2, [w.InStock]);
        await w.Service.DeleteGuestAsync(g2);

        Assert.Equal(new CartLine(w.InStock, 2, true), Assert.Single(await w.Store.GetAsync(a)));
        Assert.Equal(new CartLine(w.InStock, 3, true), Assert.Single(await w.Store.GetAsync(g1)));
        Assert.Equal(new CartLine(w.InStock, 9, false), Assert.Single(await w.Store.GetAsync(b)));
        Assert.Empty(await w.Store.GetAsync(g2));
    }

    [Theory, MemberData(nameof(Stores))]
    public async Task Every_change_tells_that_carts_open_pages(string store)
    {
        await using var w = await CartWorld.CreateAsync(store);
        var cart = CartOwner.User(w.UserA);
        var heard = new List<string>();
        using var _ = w.Bus.Subscribe<CartChanged>([CartChanged.KeyOf(cart.Key)], e => { lock (heard) heard.Add(e.Cart); return Task.CompletedTask; });

        await w.Service.AddAsync(cart, w.InStock, 1);
        await w.Service.AddAsync(cart, w.InStock, 0); // refused: no event

        await WaitUntil(() => { lock (heard) return heard.Count >= 1; });
        await Task.Delay(100);
        lock (heard) Assert.Equal(["u:" + w.UserA], heard);
    }

    [Theory, MemberData(nameof(Stores))]
    public async Task A_guest_cart_lives_30_idle_days(string store)
    {
        await using var w = await CartWorld.CreateAsync(store);
        var guest = CartOwner.NewGuest();
        var user = CartOwner.User(w.UserA);
        await w.Service.AddAsync(guest, w.InStock, 1);
        await w.Service.AddAsync(user, w.InStock, 1);

        if (store == "Redis")
        {
            // Redis expires the keys itself: the guest's carry the idle expiry (renewed by each change), the user's none.
            var ttl = await w.RedisTtlAsync(guest);
            Assert.NotNull(ttl);
            Assert.InRange(ttl.Value, TimeSpan.FromDays(30) - TimeSpan.FromMinutes(1), TimeSpan.FromDays(30));
            Assert.Null(await w.RedisTtlAsync(user));
            return;
        }
        w.Clock.Advance(TimeSpan.FromDays(29));
        await w.Service.AddAsync(guest, w.Few, 1); // a change renews the idle time
        w.Clock.Advance(TimeSpan.FromDays(29));
        Assert.Equal(2, (await w.Store.GetAsync(guest)).Count);
        w.Clock.Advance(TimeSpan.FromDays(2));
        Assert.Empty(await w.Store.GetAsync(guest));
        Assert.Single(await w.Store.GetAsync(user)); // a user's cart doesn't expire
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        for (var i = 0; i < 100 && !condition(); i++) await Task.Delay(50);
        Assert.True(condition());
    }
}
