using BlazorShop.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace BlazorShop.Tests.Browser;

/// <summary>The register page in Chromium with its script: live checks, a new captcha in place, the SMS code, then sign-in by mobile.</summary>
public class AccountJourneyBrowserTests(AccountJourneyBrowserTests.LiveAccounts live) : IClassFixture<AccountJourneyBrowserTests.LiveAccounts>
{
    public sealed class LiveAccounts : SignInApp
    {
        public BrowserSession Browser { get; private set; } = default!;

        public override async Task InitializeAsync()
        {
            if (ServiceFactAttribute.SkipReason([TestSupport.Service.Chromium]) is not null) return;
            Factory.UseRealServer();
            await base.InitializeAsync();
            Browser = await BrowserSession.StartAsync();
        }

        public override async Task DisposeAsync()
        {
            if (Browser is not null) await Browser.DisposeAsync();
            await base.DisposeAsync();
        }
    }

    private const string Password = "journey1pass";

    [ServiceFact(Service.Chromium)]
    public async Task A_shopper_registers_with_captcha_and_sms_code_then_signs_in_by_mobile()
    {
        var page = await live.Browser.NewPageAsync(live.Factory.ServerAddress);
        await page.GotoAsync("/register");
        await BrowserSession.WaitInteractiveAsync(page, "account-form[data-interactive=true]");

        var userName = SignInApp.NewUserName();
        var mobile = SignInApp.NewMobile();
        await page.FillAsync("input[name='Input.UserName']", userName);
        await Assertions.Expect(page.Locator("[data-status-for=username]")).ToHaveTextAsync("用户名可以使用");
        await page.FillAsync("input[name='Input.Password']", Password);
        await page.FillAsync("input[name='Input.ConfirmPassword']", Password);
        await page.FillAsync("input[name='Input.Mobile']", mobile);
        await Assertions.Expect(page.Locator("[data-status-for=mobile]")).ToHaveTextAsync("手机号可以使用");

        // "Another image" swaps the captcha in place (no navigation, the typed fields stay).
        var firstId = await page.InputValueAsync("[data-captcha-id]");
        await page.ClickAsync("[data-captcha-refresh]");
        await Assertions.Expect(page.Locator("[data-captcha-id]")).Not.ToHaveValueAsync(firstId);
        Assert.Equal(userName, await page.InputValueAsync("input[name='Input.UserName']"));

        // The captcha's answer and the SMS code come from the stores, never from the page.
        var captchaId = await page.InputValueAsync("[data-captcha-id]");
        Assert.EndsWith(captchaId, await page.GetAttributeAsync("[data-captcha-img]", "src"));
        await page.FillAsync("[data-captcha-input]", await live.CaptchaAnswerAsync(captchaId));
        await page.ClickAsync("[data-send-code]");
        await Assertions.Expect(page.Locator("[data-sms-status]")).ToHaveTextAsync("短信验证码已发送，5分钟内有效");
        await Assertions.Expect(page.Locator("[data-send-code]")).ToBeDisabledAsync();
        await Assertions.Expect(page.Locator("[data-send-code]")).ToContainTextAsync("秒后可重新获取");
        var code = await live.LatestCodeAsync(mobile);
        Assert.NotNull(code);

        await page.FillAsync("input[name='Input.SmsCode']", code!);
        await page.CheckAsync("input[name='Input.AcceptTerms']");
        await page.ClickAsync("form[action='/register'] button.btn-primary");
        await page.WaitForURLAsync(live.Factory.ServerAddress + "");
        await Assertions.Expect(page.Locator(".user-name")).ToContainTextAsync(userName);
        var user = await live.DbAsync(db => db.Users.SingleAsync(u => u.UserName == userName));
        Assert.Equal(mobile, user.Mobile);

        // Sign out, then in again with the mobile number.
        await page.ClickAsync(".topbar button.link-button");
        await Assertions.Expect(page.Locator(".topbar")).ToContainTextAsync("注册");
        await page.ClickAsync(".topbar a[href^='/login']");
        await page.FillAsync("input[autocomplete=username]", mobile);
        await page.FillAsync("input[autocomplete=current-password]", Password);
        await page.ClickAsync(".auth-card button[type=submit]");
        await Assertions.Expect(page.Locator(".user-name")).ToContainTextAsync(userName);
        Assert.Equal(2, live.Observer.Calls.Count(c => c.UserId == user.Id));
    }

    [ServiceFact(Service.Chromium)]
    public async Task The_script_says_at_once_when_a_name_or_number_is_taken_and_refuses_a_wrong_captcha()
    {
        var existing = await live.CreateUserAsync(Password);
        var page = await live.Browser.NewPageAsync(live.Factory.ServerAddress);
        await page.GotoAsync("/register");
        await BrowserSession.WaitInteractiveAsync(page, "account-form[data-interactive=true]");
        await page.FillAsync("input[name='Input.UserName']", existing.UserName!);
        await Assertions.Expect(page.Locator("[data-status-for=username]")).ToHaveTextAsync("该用户名已被注册");
        await page.FillAsync("input[name='Input.Mobile']", existing.Mobile!);
        await Assertions.Expect(page.Locator("[data-status-for=mobile]")).ToHaveTextAsync("该手机号已被注册");

        var mobile = SignInApp.NewMobile();
        await page.FillAsync("input[name='Input.Mobile']", mobile);
        var captchaId = await page.InputValueAsync("[data-captcha-id]");
        await page.FillAsync("[data-captcha-input]", "????");
        await page.ClickAsync("[data-send-code]");
        await Assertions.Expect(page.Locator("[data-sms-status]")).ToHaveTextAsync("图形验证码错误或已过期，请重新输入");
        await Assertions.Expect(page.Locator("[data-captcha-id]")).Not.ToHaveValueAsync(captchaId);
        await Assertions.Expect(page.Locator("[data-send-code]")).ToBeEnabledAsync();
        Assert.Null(await live.LatestCodeAsync(mobile));
    }
}
