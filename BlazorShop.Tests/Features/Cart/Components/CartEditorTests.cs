using System.Security.Claims;
using AngleSharp.Dom;
using BlazorShop.Features.Cart;
using BlazorShop.Features.Cart.Components;
using BlazorShop.Shared.Live;
using BlazorShop.Tests.TestSupport;
using Bunit;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.EntityFrameworkCore;

namespace BlazorShop.Tests.Features.Cart.Components;

/// <summary>The cart page's island: select one / all, the stepper's bounds, totals of the selected lines, live changes.</summary>
public class CartEditorTests : ShimTestContext, IAsyncLifetime
{
    private CartWorld _world = default!;
    private GuestCartCookie _cookies = default!;
    private CartOwner _cart;

    public async Task InitializeAsync()
    {
        _world = await CartWorld.CreateAsync("Database");
        _cookies = Services.AddCart(_world);
        _cart = CartOwner.User(_world.UserA);
        await _world.Service.AddAsync(_cart, _world.InStock, 2); // 12.50 each
        await _world.Service.AddAsync(_cart, _world.Few, 1);     // 99.00, stock 3
    }

    /// <summary>As every writer does: the database first, then the event (a reload the page makes meanwhile — e.g. for a
    /// cart change still in flight from the set-up — then reads the same values).</summary>
    private async Task ChangeSkuAsync(long skuId, decimal price, int stock, bool launched)
    {
        await using (var db = _world.Contexts.CreateDbContext())
            await db.Skus.Where(s => s.Id == skuId).ExecuteUpdateAsync(u => u.SetProperty(s => s.Price, price).SetProperty(s => s.Stock, stock).SetProperty(s => s.IsLaunched, launched));
        await _world.Bus.PublishAsync(new SkuChanged(skuId, price, stock, launched));
    }

    private async Task<IRenderedComponent<CartEditor>> RenderAsync(CartOwner? owner = null)
    {
        owner ??= _cart;
        var principal = owner.Value.IsGuest
            ? new ClaimsPrincipal(new ClaimsIdentity())
            : new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, owner.Value.UserId.ToString()!)], "test"));
        var view = await _world.Service.GetViewAsync(owner);
        var token = owner.Value.IsGuest ? _cookies.CircuitToken(owner.Value) : null;
        var cut = RenderComponent<CartEditor>(p => p.Add(c => c.Cart, view).Add(c => c.Token, token)
            .AddCascadingValue(Task.FromResult(new AuthenticationState(principal))));
        cut.WaitForAssertion(() => Assert.Equal("true", cut.Find(".cart-editor").GetAttribute("data-interactive")));
        return cut;
    }

    /// <summary>
    /// Finds and acts in one step on the renderer's thread, so a live re-render (CartChanged from the change itself)
    /// can't replace the element between the two.
    /// </summary>
    private static void Fresh(IRenderedComponent<CartEditor> cut, Func<IElement> find, Action<IElement> act) =>
        cut.InvokeAsync(() => act(find())).GetAwaiter().GetResult();

    private static void ClickFresh(IRenderedComponent<CartEditor> cut, Func<IElement> find) => Fresh(cut, find, e => e.Click());

    private static IElement Line(IRenderedComponent<CartEditor> cut, long sku) => cut.Find($".cart-line[data-sku='{sku}']");

    [Fact]
    public async Task Totals_are_the_count_and_amount_of_the_selected_lines()
    {
        var cut = await RenderAsync();
        Assert.Equal("已选 3 件商品", cut.Find(".selected-count").TextContent);
        Assert.Equal("¥124.00", cut.Find(".total-amount").TextContent);

        Fresh(cut, () => cut.Find($".cart-line[data-sku='{_world.Few}'] .line-select"), e => e.Change(false));

        cut.WaitForAssertion(() => Assert.Equal("¥25.00", cut.Find(".total-amount").TextContent));
        Assert.Equal("已选 2 件商品", cut.Find(".selected-count").TextContent);
        Assert.False(cut.Find(".select-all").HasAttribute("checked"));
        Assert.Equal("¥25.00", Line(cut, _world.InStock).QuerySelector(".line-subtotal")!.TextContent);
    }

    [Fact]
    public async Task Select_all_unselects_and_selects_every_available_line()
    {
        var cut = await RenderAsync();
        Assert.True(cut.Find(".select-all").HasAttribute("checked"));

        Fresh(cut, () => cut.Find(".select-all"), e => e.Change(false));
        cut.WaitForAssertion(() => Assert.Equal("¥0.00", cut.Find(".total-amount").TextContent));
        Assert.All(cut.FindAll(".line-select"), box => Assert.False(box.HasAttribute("checked")));
        Assert.True(cut.Find(".checkout").HasAttribute("aria-disabled"));

        Fresh(cut, () => cut.Find(".select-all"), e => e.Change(true));
        cut.WaitForAssertion(() => Assert.Equal("¥124.00", cut.Find(".total-amount").TextContent));
        Assert.All(cut.FindAll(".line-select"), box => Assert.True(box.HasAttribute("checked")));
        Assert.Equal("/checkout", cut.Find("a.checkout").GetAttribute("href"));
    }

    [Fact]
    public async Task The_stepper_stays_within_1_and_the_stock_and_says_why_it_corrected_a_typed_count()
    {
        var cut = await RenderAsync();
        var few = () => Line(cut, _world.Few);
        Assert.True(few().QuerySelector("button[aria-label='减少']")!.HasAttribute("disabled")); // at 1

        ClickFresh(cut, () => few().QuerySelector("button[aria-label='增加']")!);
        cut.WaitForAssertion(() => Assert.Equal("2", few().QuerySelector("input[type=number]")!.GetAttribute("value")));
        ClickFresh(cut, () => few().QuerySelector("button[aria-label='增加']")!);
        cut.WaitForAssertion(() => Assert.Equal("3", few().QuerySelector("input[type=number]")!.GetAttribute("value")));
        Assert.True(few().QuerySelector("button[aria-label='增加']")!.HasAttribute("disabled")); // at the stock
        Assert.Equal("3", few().QuerySelector("input[type=number]")!.GetAttribute("max"));

        Fresh(cut, () => few().QuerySelector("input[type=number]")!, e => e.Change("9999"));
        cut.WaitForAssertion(() => Assert.Equal("库存只有 3 件，已改为 3", few().QuerySelector(".line-note")!.TextContent));
        Assert.Equal("3", few().QuerySelector("input[type=number]")!.GetAttribute("value"));

        Fresh(cut, () => few().QuerySelector("input[type=number]")!, e => e.Change("0"));
        cut.WaitForAssertion(() => Assert.Equal("数量至少为 1，已改为 1", few().QuerySelector(".line-note")!.TextContent));
        Assert.Equal("1", few().QuerySelector("input[type=number]")!.GetAttribute("value"));
        Assert.Equal(1, (await _world.Store.GetAsync(_cart)).Single(l => l.SkuId == _world.Few).Count);
    }

    [Fact]
    public async Task Delete_removes_the_line_and_the_last_one_leaves_the_empty_cart()
    {
        var cut = await RenderAsync();
        ClickFresh(cut, () => Line(cut, _world.InStock).QuerySelector(".line-delete")!);
        cut.WaitForAssertion(() => Assert.Single(cut.FindAll(".cart-line")));
        ClickFresh(cut, () => Line(cut, _world.Few).QuerySelector(".line-delete")!);
        cut.WaitForAssertion(() => Assert.Equal("购物车还是空的", cut.Find(".cart-empty p").TextContent));
    }

    [Fact]
    public async Task Price_and_stock_changes_show_live_and_an_unavailable_line_can_not_be_selected()
    {
        var cut = await RenderAsync();
        await ChangeSkuAsync(_world.InStock, 11m, 50, true);
        cut.WaitForAssertion(() => Assert.Equal("价格已从 ¥12.50 变动", Line(cut, _world.InStock).QuerySelector(".price-was")!.TextContent), TimeSpan.FromSeconds(5));
        Assert.Equal("¥22.00", Line(cut, _world.InStock).QuerySelector(".line-subtotal")!.TextContent);

        await ChangeSkuAsync(_world.Few, 99m, 2, true);
        cut.WaitForAssertion(() => Assert.Equal("仅剩 2 件", Line(cut, _world.Few).QuerySelector(".line-stock")!.TextContent.Trim()), TimeSpan.FromSeconds(5));

        await ChangeSkuAsync(_world.Few, 99m, 0, true);
        cut.WaitForAssertion(() => Assert.True(Line(cut, _world.Few).QuerySelector(".line-select")!.HasAttribute("disabled")), TimeSpan.FromSeconds(5));
        Assert.Contains("unavailable", Line(cut, _world.Few).ClassName);
        Assert.Equal("¥22.00", cut.Find(".total-amount").TextContent);
    }

    [Fact]
    public async Task A_change_from_another_tab_shows_here()
    {
        var cut = await RenderAsync();
        await _world.Service.AddAsync(_cart, _world.Big, 4);
        cut.WaitForAssertion(() => Assert.Equal(3, cut.FindAll(".cart-line").Count), TimeSpan.FromSeconds(5));
        Assert.Equal("已选 7 件商品", cut.Find(".selected-count").TextContent);
    }

    [Fact]
    public async Task A_guest_page_works_on_the_cart_its_token_names()
    {
        var guest = CartOwner.NewGuest();
        await _world.Service.AddAsync(guest, _world.Big, 2);
        var cut = await RenderAsync(guest);
        ClickFresh(cut, () => Line(cut, _world.Big).QuerySelector("button[aria-label='增加']")!);
        cut.WaitForAssertion(() => Assert.Equal(3, Assert.Single(_world.Store.GetAsync(guest).Result).Count));
        Assert.Equal(2, (await _world.Store.GetAsync(_cart)).Count); // the user's cart is untouched
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        Dispose();
        await _world.DisposeAsync();
    }
}
