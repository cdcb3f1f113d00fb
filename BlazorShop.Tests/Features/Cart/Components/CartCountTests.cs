using System.Security.Claims;
using BlazorShop.Features.Cart.Components;
using BlazorShop.Features.Cart;
using BlazorShop.Tests.TestSupport;
using Bunit;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.JSInterop;

namespace BlazorShop.Tests.Features.Cart.Components;

/// <summary>The header's cart (an island): the count and short list of this shopper's cart, following it live.</summary>
public class CartCountTests : ShimTestContext, IAsyncLifetime
{
    private CartWorld _world = default!;
    private GuestCartCookie _cookies = default!;

    public async Task InitializeAsync()
    {
        _world = await CartWorld.CreateAsync("Database");
        _cookies = Services.AddCart(_world);
        await _world.Service.AddAsync(CartOwner.User(_world.UserA), _world.InStock, 2);
    }

    private IRenderedComponent<CartCount> RenderFor(long? userId)
    {
        var principal = userId is null
            ? new ClaimsPrincipal(new ClaimsIdentity())
            : new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, userId.ToString()!)], "test"));
        var auth = Task.FromResult(new AuthenticationState(principal));
        var cut = RenderComponent<CartCount>(p => p.AddCascadingValue(auth));
        cut.WaitForAssertion(() => Assert.Equal("true", cut.Find(".count").GetAttribute("data-interactive")));
        return cut;
    }

    [Fact]
    public void Shows_the_signed_in_shoppers_count_and_short_list_once_interactive()
    {
        var cut = RenderFor(_world.UserA);
        cut.WaitForAssertion(() => Assert.Equal("2", cut.Find(".count").TextContent));
        Assert.Equal("有货", cut.Find(".mini-cart li a").TextContent);
    }

    [Fact]
    public async Task Caps_the_badge_at_99_plus()
    {
        await _world.Service.AddAsync(CartOwner.User(_world.UserA), _world.Big, 120);
        var cut = RenderFor(_world.UserA);
        cut.WaitForAssertion(() => Assert.Equal("99+", cut.Find(".count").TextContent));
    }

    [Fact]
    public async Task A_guest_without_a_cart_sees_0_and_ignores_other_shoppers_changes()
    {
        var cut = RenderFor(null);
        await _world.Service.AddAsync(CartOwner.User(_world.UserA), _world.InStock, 1);
        await Task.Delay(200);
        Assert.Equal("0", cut.Find(".count").TextContent);
    }

    [Fact]
    public async Task A_guest_sees_the_cart_named_by_the_browsers_token_and_follows_it()
    {
        var guest = CartOwner.NewGuest();
        await _world.Service.AddAsync(guest, _world.Few, 1);
        ((CartComponents.SessionJs)Services.GetRequiredService<IJSRuntime>()).Token = _cookies.CircuitToken(guest);

        var cut = RenderFor(null);
        cut.WaitForAssertion(() => Assert.Equal("1", cut.Find(".count").TextContent));
        await _world.Service.AddAsync(guest, _world.Few, 1);
        cut.WaitForAssertion(() => Assert.Equal("2", cut.Find(".count").TextContent), TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void A_forged_token_is_no_cart()
    {
        ((CartComponents.SessionJs)Services.GetRequiredService<IJSRuntime>()).Token = "CfDJ8forged" + new string('A', 80);
        var cut = RenderFor(null);
        Assert.Equal("0", cut.Find(".count").TextContent);
    }

    [Fact]
    public async Task Updates_live_when_the_cart_changes_elsewhere()
    {
        var cut = RenderFor(_world.UserA);
        cut.WaitForAssertion(() => Assert.Equal("2", cut.Find(".count").TextContent));

        await _world.Service.SetCountAsync(CartOwner.User(_world.UserA), _world.InStock, 5);

        cut.WaitForAssertion(() => Assert.Equal("5", cut.Find(".count").TextContent), TimeSpan.FromSeconds(5));
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        Dispose();
        await _world.DisposeAsync();
    }
}
