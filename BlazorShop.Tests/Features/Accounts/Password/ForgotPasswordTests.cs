using System.Net;
using BlazorShop.Tests.TestSupport;
using Microsoft.AspNetCore.Mvc.Testing;

namespace BlazorShop.Tests.Features.Accounts.Password;

/// <summary>Forgot password: mobile → captcha → SMS code → new password; every session ends, the lockout is lifted.</summary>
public class ForgotPasswordTests(SignInApp app) : IClassFixture<SignInApp>
{
    private const string OldPassword = "forgot-old1", NewPassword = "forgot-new2";

    private async Task<(HttpClient Client, Dictionary<string, string> Fields, string Html)> SendCodeAsync(string mobile)
    {
        var client = app.Client();
        var html = await client.GetStringAsync("/forgot-password");
        var fields = HttpForms.HiddenInputs(html);
        fields["Input.Mobile"] = mobile;
        fields["Input.Captcha"] = await app.CaptchaAnswerAsync(SignInApp.CaptchaIdIn(html));
        fields["Input.Action"] = "send-code";
        html = await (await client.PostAsync("/forgot-password", new FormUrlEncodedContent(fields))).Content.ReadAsStringAsync();
        Assert.Contains("短信验证码已发送", html);
        return (client, HttpForms.HiddenInputs(html), html);
    }

    private static async Task<HttpResponseMessage> ResetAsync(HttpClient client, Dictionary<string, string> hidden, string mobile, string? code, string password = NewPassword, string? confirm = null)
    {
        var fields = new Dictionary<string, string>(hidden)
        {
            ["Input.Mobile"] = mobile, ["Input.SmsCode"] = code ?? "", ["Input.Password"] = password,
            ["Input.ConfirmPassword"] = confirm ?? password, ["Input.Action"] = "reset",
        };
        return await client.PostAsync("/forgot-password", new FormUrlEncodedContent(fields));
    }

    [Fact]
    public async Task A_new_password_by_sms_code_ends_every_session_and_lifts_the_lockout()
    {
        var user = await app.CreateUserAsync(OldPassword);
        var signedIn = app.Client();
        Assert.Equal(HttpStatusCode.Redirect, (await HttpForms.PostLoginAsync(signedIn, user.UserName!, OldPassword)).StatusCode);
        for (var i = 0; i < 5; i++) await HttpForms.PostLoginAsync(app.Client(), user.UserName!, "wrong-pass1");
        Assert.True((await app.UserAsync(user.Id)).LockoutEnd > app.Clock.GetUtcNow());

        var (client, hidden, _) = await SendCodeAsync(user.Mobile!);
        var response = await ResetAsync(client, hidden, user.Mobile!, await app.LatestCodeAsync(user.Mobile!));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.EndsWith("/login?notice=reset", response.Headers.Location!.OriginalString);
        Assert.Contains("密码已重置，请使用新密码登录", await client.GetStringAsync("/login?notice=reset"));
        Assert.Equal(HttpStatusCode.Redirect, (await signedIn.GetAsync("/account/email")).StatusCode); // the old session is over
        Assert.Equal(HttpStatusCode.OK, (await HttpForms.PostLoginAsync(app.Client(), user.UserName!, OldPassword)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await HttpForms.PostLoginAsync(app.Client(), user.Mobile!, NewPassword)).StatusCode);
    }

    [Fact]
    public async Task The_code_works_once()
    {
        var user = await app.CreateUserAsync(OldPassword);
        var (client, hidden, _) = await SendCodeAsync(user.Mobile!);
        var code = await app.LatestCodeAsync(user.Mobile!);
        Assert.Equal(HttpStatusCode.Redirect, (await ResetAsync(client, hidden, user.Mobile!, code)).StatusCode);
        var again = await ResetAsync(client, HttpForms.HiddenInputs(await client.GetStringAsync("/forgot-password")), user.Mobile!, code, "another-pass3");
        Assert.Contains("短信验证码错误或已失效，请重新获取", SignInApp.ValidationMessages(await again.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task A_number_without_an_account_gets_the_same_answer_and_no_code()
    {
        var stranger = SignInApp.NewMobile();
        var (client, hidden, _) = await SendCodeAsync(stranger);
        Assert.Null(await app.LatestCodeAsync(stranger));
        var html = await (await ResetAsync(client, hidden, stranger, "123456")).Content.ReadAsStringAsync();
        Assert.Contains("短信验证码错误或已失效，请重新获取", SignInApp.ValidationMessages(html));
    }

    [Fact]
    public async Task A_weak_new_password_is_refused_before_the_code_is_used()
    {
        var user = await app.CreateUserAsync(OldPassword);
        var (client, hidden, _) = await SendCodeAsync(user.Mobile!);
        var code = await app.LatestCodeAsync(user.Mobile!);
        var html = await (await ResetAsync(client, hidden, user.Mobile!, code, "onlyletters")).Content.ReadAsStringAsync();
        Assert.Contains("密码须包含数字", SignInApp.ValidationMessages(html));
        Assert.DoesNotContain("onlyletters", html);
        var mismatch = await (await ResetAsync(client, HttpForms.HiddenInputs(html), user.Mobile!, code, NewPassword, NewPassword + "x")).Content.ReadAsStringAsync();
        Assert.Contains("两次输入的密码不一致", SignInApp.ValidationMessages(mismatch));
        // The code is still good.
        Assert.Equal(HttpStatusCode.Redirect, (await ResetAsync(client, HttpForms.HiddenInputs(mismatch), user.Mobile!, code)).StatusCode);
    }

    [Fact]
    public async Task The_sign_in_page_and_the_reset_page_link_to_each_other()
    {
        var client = app.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Assert.Contains("href=\"/forgot-password\"", await client.GetStringAsync("/login"));
        Assert.Contains("href=\"/login\"", await client.GetStringAsync("/forgot-password"));
    }
}
