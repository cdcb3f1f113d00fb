using System.Net;
using BlazorShop.Tests.TestSupport;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;

namespace BlazorShop.Tests.Hardening;

/// <summary>One local-URL rule for every redirect; antiforgery failures are a 400 and one log line.</summary>
public class RedirectAndAntiforgeryTests(SharedShopApp app) : IClassFixture<SharedShopApp>
{
    /// <summary>Redirect targets that must end up at "/" (query-string encoded).</summary>
    public static TheoryData<string> HostileTargets => new()
    {
        "%2F%09%2Fevil.example",        // "/\t/evil.example": browsers drop the tab → //evil.example
        "%2F%0D%0A%2Fevil.example",     // CR LF
        "%2F%00",                       // NUL
        "%2F%2Fevil.example",           // protocol-relative
        "%2F%5Cevil.example",           // "/\evil.example"
        "%5C%5Cevil.example",
        "https%3A%2F%2Fevil.example",
        "javascript%3Aalert(1)",
        "evil.example",
        "%20%2Fx",
        "%2F%E2%80%8B%2Fevil.example",  // zero-width space
    };

    [Theory, MemberData(nameof(HostileTargets))]
    public async Task Culture_switch_redirects_hostile_targets_home(string target)
    {
        var response = await Client().GetAsync($"/culture/set?culture=en&redirectUri={target}");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [Theory, MemberData(nameof(HostileTargets))]
    public async Task Logout_redirects_hostile_targets_home_and_signs_out(string target)
    {
        var client = Client();
        await HttpForms.SignInAsync(client, "demo", TestAccounts.ShopperPassword);
        var fields = HttpForms.HiddenInputs(await client.GetStringAsync("/"), "/logout");
        Assert.True(fields.ContainsKey("__RequestVerificationToken"), "the signed-in header carries the logout form");
        fields["returnUrl"] = Uri.UnescapeDataString(target);

        var response = await client.PostAsync("/logout", new FormUrlEncodedContent(fields));
        if (target == "%2F%00")
        {
            // ASP.NET Core's form reader refuses a NUL in a field, so antiforgery cannot read the token: a plain 400.
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            return;
        }
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("blazorshop.auth=;"));
    }

    [Fact]
    public async Task Logout_keeps_a_local_return_url()
    {
        var client = Client();
        await HttpForms.SignInAsync(client, "demo", TestAccounts.ShopperPassword);
        var fields = HttpForms.HiddenInputs(await client.GetStringAsync("/"), "/logout");
        fields["returnUrl"] = "/search?q=冰箱&page=2";
        var response = await client.PostAsync("/logout", new FormUrlEncodedContent(fields));
        Assert.Equal("/search?q=冰箱&page=2", Uri.UnescapeDataString(response.Headers.Location!.OriginalString));
    }

    [Fact]
    public async Task Login_page_never_navigates_off_site_after_signing_in()
    {
        var client = Client();
        var fields = HttpForms.HiddenInputs(await client.GetStringAsync("/login?ReturnUrl=%2F%09%2Fevil.example"));
        fields["Input.Account"] = "demo";
        fields["Input.Password"] = TestAccounts.ShopperPassword;
        var response = await client.PostAsync("/login?ReturnUrl=%2F%09%2Fevil.example", new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString.Replace("http://localhost", ""));
    }

    public static TheoryData<string, string> PostsWithoutToken => new()
    {
        { "/logout", "returnUrl=%2F" },
        { "/logout", "returnUrl=%2F%09%2Fevil.example" },
        { "/logout", "" },
        { "/login", "_handler=login&Input.Account=demo&Input.Password=whatever1" },
    };

    [Theory, MemberData(nameof(PostsWithoutToken))]
    public async Task A_post_without_an_antiforgery_token_is_a_400_with_one_log_line(string path, string form)
    {
        var client = Client();
        app.Factory.Logs.Clear();
        var response = await client.PostAsync(path, new StringContent(form, System.Text.Encoding.UTF8, "application/x-www-form-urlencoded"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain("出错了", await response.Content.ReadAsStringAsync());
        var lines = app.Factory.Logs.Entries.Where(e => e.Level >= LogLevel.Warning).ToList();
        Assert.True(lines.Count == 1, string.Join("\n", lines.Select(l => $"{l.Level} {l.Category}: {l.Message}")));
        Assert.Contains("antiforgery", lines[0].Message);
    }

    [Fact]
    public async Task A_post_with_a_token_from_another_session_is_refused_too()
    {
        var other = Client();
        var stolen = HttpForms.HiddenInputs(await other.GetStringAsync("/login"));
        var response = await Client().PostAsync("/logout", new FormUrlEncodedContent(stolen));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private HttpClient Client() => app.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
}
