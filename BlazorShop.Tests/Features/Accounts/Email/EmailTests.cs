using System.Net;
using System.Text.RegularExpressions;
using BlazorShop.Features.Accounts.Email;
using BlazorShop.Tests.TestSupport;
using Microsoft.AspNetCore.DataProtection;

namespace BlazorShop.Tests.Features.Accounts.Email;

/// <summary>E-mail: set an address → activation link (signed, expiring) → confirmed; tampered or old links do nothing.</summary>
public class EmailTests(SignInApp app) : IClassFixture<SignInApp>
{
    private const string Password = "email-pass1";

    private EmailActivation Tokens(ManualClock clock) => new(app.Service<IDataProtectionProvider>(), clock);

    [Fact]
    public void A_token_reads_back_until_it_expires()
    {
        var clock = new ManualClock();
        var token = Tokens(clock).CreateToken(42, "a@example.com");
        Assert.Equal((42L, "a@example.com"), Tokens(clock).ReadToken(token));
        clock.Advance(EmailActivation.Lifetime - TimeSpan.FromSeconds(5));
        Assert.NotNull(Tokens(clock).ReadToken(token));
        clock.Advance(TimeSpan.FromSeconds(6));
        Assert.Null(Tokens(clock).ReadToken(token));
    }

    [Fact]
    public void A_tampered_token_reads_as_nothing()
    {
        var clock = new ManualClock();
        var token = Tokens(clock).CreateToken(42, "a@example.com");
        for (var i = 0; i < token.Length; i += 7)
        {
            var tampered = token[..i] + (token[i] == 'A' ? 'B' : 'A') + token[(i + 1)..];
            Assert.Null(Tokens(clock).ReadToken(tampered));
        }
        Assert.Null(Tokens(clock).ReadToken(token[..^4]));
        Assert.Null(Tokens(clock).ReadToken(token + "AAAA"));
        Assert.Null(Tokens(clock).ReadToken(""));
        Assert.Null(Tokens(clock).ReadToken("%%%"));
        // Data Protection output for another purpose (e.g. another feature's token) is not ours.
        var other = Microsoft.AspNetCore.WebUtilities.WebEncoders.Base64UrlEncode(
            app.Service<IDataProtectionProvider>().CreateProtector("another purpose").Protect("42\n9999999999\na@example.com"u8.ToArray()));
        Assert.Null(Tokens(clock).ReadToken(other));
    }

    private async Task<HttpClient> SignedInAsync(string userName)
    {
        var client = app.Client();
        Assert.Equal(HttpStatusCode.Redirect, (await HttpForms.PostLoginAsync(client, userName, Password)).StatusCode);
        return client;
    }

    private static async Task<string> SetEmailAsync(HttpClient client, string email)
    {
        var fields = HttpForms.HiddenInputs(await client.GetStringAsync("/account/email"));
        fields["Input.Email"] = email;
        return await (await client.PostAsync("/account/email", new FormUrlEncodedContent(fields))).Content.ReadAsStringAsync();
    }

    private async Task<string> LinkSentToAsync(string email)
    {
        var body = (await app.DeliveredAsync(email)).Body;
        return Regex.Match(body, @"http://localhost(/account/email/confirm\?token=[A-Za-z0-9_-]+)").Groups[1].Value;
    }

    [Fact]
    public async Task The_link_in_the_email_confirms_the_address_even_signed_out()
    {
        var user = await app.CreateUserAsync(Password);
        var client = await SignedInAsync(user.UserName!);
        var email = $"{user.UserName}@example.com";
        var html = await SetEmailAsync(client, email);
        Assert.Contains($"验证邮件已发送至 {email}", html);
        Assert.Contains("未验证", html);
        var message = await app.DeliveredAsync(email);
        Assert.Equal("请验证您的美多商城邮箱", message.Subject);

        var link = await LinkSentToAsync(email);
        var confirm = await app.Client().GetStringAsync(link);
        Assert.Contains("data-email-confirmed=\"true\"", confirm);
        Assert.True((await app.UserAsync(user.Id)).EmailConfirmed);
        Assert.Contains("已验证", await client.GetStringAsync("/account/email"));
    }

    [Fact]
    public async Task A_link_for_an_address_the_user_has_since_replaced_does_nothing()
    {
        var user = await app.CreateUserAsync(Password);
        var client = await SignedInAsync(user.UserName!);
        var first = $"{user.UserName}-1@example.com";
        await SetEmailAsync(client, first);
        var oldLink = await LinkSentToAsync(first);
        app.Clock.Advance(TimeSpan.FromSeconds(61));
        await SetEmailAsync(client, $"{user.UserName}-2@example.com");

        Assert.Contains("data-email-confirmed=\"false\"", await app.Client().GetStringAsync(oldLink));
        var after = await app.UserAsync(user.Id);
        Assert.False(after.EmailConfirmed);
        Assert.Equal($"{user.UserName}-2@example.com", after.Email);
    }

    [Fact]
    public async Task An_expired_or_tampered_link_does_nothing()
    {
        var user = await app.CreateUserAsync(Password);
        var client = await SignedInAsync(user.UserName!);
        var email = $"{user.UserName}@example.com";
        await SetEmailAsync(client, email);
        var link = await LinkSentToAsync(email);

        var tampered = link[..^3] + (link[^3] == 'x' ? "y" : "x") + link[^2..];
        Assert.Contains("data-email-confirmed=\"false\"", await app.Client().GetStringAsync(tampered));
        app.Clock.Advance(EmailActivation.Lifetime + TimeSpan.FromMinutes(1));
        Assert.Contains("data-email-confirmed=\"false\"", await app.Client().GetStringAsync(link));
        Assert.False((await app.UserAsync(user.Id)).EmailConfirmed);
    }

    [Theory]
    [InlineData("not-an-address")]
    [InlineData("a@b")]
    [InlineData("a b@example.com")]
    [InlineData("<a@example.com>")]
    [InlineData("a@example.com, b@example.com")]
    [InlineData("\"quoted\"@example.com")]
    public async Task Malformed_addresses_are_refused(string email)
    {
        var user = await app.CreateUserAsync(Password);
        var html = await SetEmailAsync(await SignedInAsync(user.UserName!), email);
        Assert.Contains("请输入正确的邮箱地址", SignInApp.ValidationMessages(html));
        Assert.Null((await app.UserAsync(user.Id)).Email);
    }

    [Fact]
    public async Task One_link_per_minute_and_setting_an_address_signs_nobody_out()
    {
        var user = await app.CreateUserAsync(Password);
        var client = await SignedInAsync(user.UserName!);
        await SetEmailAsync(client, $"{user.UserName}@example.com");
        var again = await SetEmailAsync(client, $"{user.UserName}@example.com");
        Assert.Contains(SignInApp.ValidationMessages(again), m => m.StartsWith("发送过于频繁", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account/email")).StatusCode);
    }

    [Fact]
    public async Task The_email_page_wants_a_signed_in_shopper()
    {
        var response = await app.Client().GetAsync("/account/email");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/login?ReturnUrl=%2Faccount%2F", response.Headers.Location!.OriginalString);
    }
}
