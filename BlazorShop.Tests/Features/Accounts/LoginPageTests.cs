using BlazorShop.Domain;
using BlazorShop.Features.Accounts;
using BlazorShop.Features.Accounts.External;
using BlazorShop.Features.Accounts.SignIn;
using BlazorShop.Tests.TestSupport;
using Bunit;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BlazorShop.Tests.Features.Accounts;

/// <summary>The login page rendered with test doubles (no database): what a shopper sees before signing in. Submitting
/// is covered over HTTP (the sign-in tests): bunit 1.9 can't post a named form.</summary>
public class LoginPageTests : ShimTestContext
{
    private sealed class NoCredentials : ICredentialCheck
    {
        public Task<CredentialResult> CheckAsync(string? account, string? password, string clientAddress, CancellationToken ct = default) =>
            throw new InvalidOperationException("not submitted in these tests");
    }

    private sealed class NoSignIn : IShopSignIn
    {
        public Task SignInAsync(HttpContext http, ShopUser user, bool persistent, string method, CancellationToken ct = default) =>
            throw new InvalidOperationException("not submitted in these tests");
    }

    public LoginPageTests()
    {
        Services.AddLocalization(o => o.ResourcesPath = "Resources");
        Services.AddSingleton<ICredentialCheck, NoCredentials>();
        Services.AddSingleton<IShopSignIn, NoSignIn>();
    }

    private IRenderedComponent<Login> Render(QqLoginOptions qq)
    {
        Services.AddSingleton(new QqLogin(Options.Create(qq)));
        return RenderComponent<Login>(p => p.AddCascadingValue<HttpContext>(new DefaultHttpContext()));
    }

    [Fact]
    public void Offers_account_and_password_fields_and_the_ways_to_register_and_recover()
    {
        var cut = Render(new QqLoginOptions());
        Assert.Equal("username", cut.Find("input[type=text]").GetAttribute("autocomplete"));
        Assert.Equal("current-password", cut.Find("input[type=password]").GetAttribute("autocomplete"));
        Assert.Equal("post", cut.Find("form").GetAttribute("method"));
        var links = cut.FindAll("a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains(links, h => h!.StartsWith("/register", StringComparison.Ordinal));
        Assert.Contains(links, h => h!.StartsWith("/forgot-password", StringComparison.Ordinal));
        Assert.Empty(cut.FindAll(".form-error"));
    }

    [Fact]
    public void Shows_QQ_login_only_when_it_is_configured()
    {
        Assert.Empty(Render(new QqLoginOptions()).FindAll("a.btn-qq"));
    }

    [Fact]
    public void Shows_QQ_login_when_an_app_id_and_key_are_set()
    {
        var cut = Render(new QqLoginOptions { AppId = "101", AppKey = "secret" });
        Assert.StartsWith("/login/qq", cut.Find("a.btn-qq").GetAttribute("href"));
    }
}
