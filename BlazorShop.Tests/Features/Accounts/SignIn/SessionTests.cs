using System.Net;
using BlazorShop.Tests.TestSupport;
using Microsoft.AspNetCore.Mvc.Testing;

namespace BlazorShop.Tests.Features.Accounts.SignIn;

/// <summary>Sessions end for real: a cookie copied before logout (or a password change) is refused, also after a restart.</summary>
public class SessionTests(SignInApp app) : IClassFixture<SignInApp>
{
    private const string Password = "session-pass1";

    /// <summary>Signs a new client in; returns it and its auth cookie ("blazorshop.auth=…").</summary>
    private static async Task<(HttpClient Client, string Cookie)> SignInAsync(ShopAppFactory factory, string account, string password = Password)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await HttpForms.PostLoginAsync(client, account, password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("blazorshop.auth=", StringComparison.Ordinal));
        return (client, cookie.Split(';')[0]);
    }

    /// <summary>A client that sends only this cookie (a copy of it, as an attacker would have).</summary>
    private static async Task<HttpStatusCode> EmailPageWithCookieAsync(ShopAppFactory factory, string cookie)
    {
        var copy = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/account/email");
        request.Headers.Add("Cookie", cookie);
        return (await copy.SendAsync(request)).StatusCode; // 200 signed in; 302 to /login when refused
    }

    private static async Task LogoutAsync(HttpClient client)
    {
        var fields = HttpForms.HiddenInputs(await client.GetStringAsync("/login"), "/logout");
        fields["returnUrl"] = "/";
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostAsync("/logout", new FormUrlEncodedContent(fields))).StatusCode);
    }

    [Fact]
    public async Task A_cookie_copied_before_logout_is_refused_after_it()
    {
        var user = await app.CreateUserAsync(Password);
        var (client, cookie) = await SignInAsync(app.Factory, user.UserName!);
        Assert.Equal(HttpStatusCode.OK, await EmailPageWithCookieAsync(app.Factory, cookie));

        await LogoutAsync(client);

        Assert.Equal(HttpStatusCode.Redirect, await EmailPageWithCookieAsync(app.Factory, cookie));
    }

    [Fact]
    public async Task Logout_ends_the_other_sessions_of_the_account_too()
    {
        var user = await app.CreateUserAsync(Password);
        var (phone, _) = await SignInAsync(app.Factory, user.UserName!);
        var (_, laptopCookie) = await SignInAsync(app.Factory, user.Mobile!);
        await LogoutAsync(phone);
        Assert.Equal(HttpStatusCode.Redirect, await EmailPageWithCookieAsync(app.Factory, laptopCookie));
    }

    [Fact]
    public async Task Changing_the_password_keeps_this_session_and_ends_the_others()
    {
        var user = await app.CreateUserAsync(Password);
        var (client, _) = await SignInAsync(app.Factory, user.UserName!);
        var (_, otherCookie) = await SignInAsync(app.Factory, user.UserName!);

        var fields = HttpForms.HiddenInputs(await client.GetStringAsync("/account/password"));
        fields["Input.CurrentPassword"] = Password;
        fields["Input.Password"] = "changed-pass2";
        fields["Input.ConfirmPassword"] = "changed-pass2";
        var response = await client.PostAsync("/account/password", new FormUrlEncodedContent(fields));
        Assert.Contains("密码已修改", await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account/email")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, await EmailPageWithCookieAsync(app.Factory, otherCookie));
        Assert.Equal(HttpStatusCode.Redirect, (await HttpForms.PostLoginAsync(app.Client(), user.UserName!, "changed-pass2")).StatusCode);
    }

    [Fact]
    public async Task Changing_the_password_wants_the_current_one()
    {
        var user = await app.CreateUserAsync(Password);
        var (client, _) = await SignInAsync(app.Factory, user.UserName!);
        var fields = HttpForms.HiddenInputs(await client.GetStringAsync("/account/password"));
        fields["Input.CurrentPassword"] = "not-the-pass1";
        fields["Input.Password"] = "changed-pass2";
        fields["Input.ConfirmPassword"] = "changed-pass2";
        var html = await (await client.PostAsync("/account/password", new FormUrlEncodedContent(fields))).Content.ReadAsStringAsync();
        Assert.Contains("当前密码不正确", SignInApp.ValidationMessages(html));
        Assert.DoesNotContain("changed-pass2", html);
        Assert.DoesNotContain("not-the-pass1", html);
    }

    [Fact]
    public async Task The_password_page_wants_a_signed_in_shopper()
    {
        var response = await app.Client().GetAsync("/account/password");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/login?ReturnUrl=%2Faccount%2F", response.Headers.Location!.OriginalString);
    }
}
