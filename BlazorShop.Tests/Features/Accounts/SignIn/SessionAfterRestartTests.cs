using System.Net;
using BlazorShop.Tests.TestSupport;
using Microsoft.AspNetCore.Mvc.Testing;

namespace BlazorShop.Tests.Features.Accounts.SignIn;

/// <summary>The same after a restart: the key ring is in the database, so a cookie still decrypts — and is still refused.</summary>
public class SessionAfterRestartTests
{
    [Fact]
    public async Task A_logged_out_cookie_stays_dead_after_a_restart_while_a_live_one_survives_it()
    {
        var data = Path.Combine(Path.GetTempPath(), "blazorshop-tests", Guid.NewGuid().ToString("N"));
        string loggedOut, live;
        await using (var first = SignInApp.On(new ShopAppFactory { DataDirectory = data, KeepData = true }))
        {
            await first.InitializeAsync();
            var user = await first.CreateUserAsync("restart-pass1");
            var client = first.Client();
            loggedOut = AuthCookie(await HttpForms.PostLoginAsync(client, user.UserName!, "restart-pass1"));
            var other = await first.CreateUserAsync("restart-pass1");
            live = AuthCookie(await HttpForms.PostLoginAsync(first.Client(), other.UserName!, "restart-pass1"));
            var fields = HttpForms.HiddenInputs(await client.GetStringAsync("/login"), "/logout");
            Assert.Equal(HttpStatusCode.Redirect, (await client.PostAsync("/logout", new FormUrlEncodedContent(fields))).StatusCode);
        }

        await using var second = SignInApp.On(new ShopAppFactory { DataDirectory = data });
        await second.InitializeAsync();
        Assert.Equal(HttpStatusCode.Redirect, await StatusWithCookieAsync(second, loggedOut));
        Assert.Equal(HttpStatusCode.OK, await StatusWithCookieAsync(second, live));
    }

    private static string AuthCookie(HttpResponseMessage response) =>
        response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("blazorshop.auth=", StringComparison.Ordinal)).Split(';')[0];

    private static async Task<HttpStatusCode> StatusWithCookieAsync(SignInApp app, string cookie)
    {
        var client = app.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/account/email");
        request.Headers.Add("Cookie", cookie);
        return (await client.SendAsync(request)).StatusCode;
    }
}
