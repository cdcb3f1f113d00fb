using BlazorShop.Features.Accounts.Addresses;
using BlazorShop.Tests.Features.Accounts.Avatar;
using BlazorShop.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace BlazorShop.Tests.Browser;

/// <summary>
/// The user-centre journey in a real browser: sign in as the demo shopper, upload an avatar (shown in the header),
/// add two addresses through the province → city → district cascade, and make the second the default.
/// (PART A extends this journey with registration and login by mobile.)
/// </summary>
public class AccountCentreBrowserTests
{
    [ServiceFact(Service.Chromium)]
    public async Task Sign_in_upload_an_avatar_add_two_addresses_and_make_the_second_the_default()
    {
        await using var app = new ShopAppFactory().UseRealServer();
        await using var browser = await BrowserSession.StartAsync();
        var page = await browser.NewPageAsync(app.ServerAddress, width: 390, height: 844); // a phone

        // Guests asking for the user centre are sent to sign in, and come back.
        await page.GotoAsync("/account/avatar");
        await page.WaitForURLAsync(url => url.Contains("/login"));
        await page.FillAsync("input[name='Input.Account']", "demo");
        await page.FillAsync("input[name='Input.Password']", TestAccounts.ShopperPassword);
        await page.ClickAsync("form:has(input[name='Input.Password']) button[type=submit]");
        await page.WaitForURLAsync(url => url.EndsWith("/account/avatar"));

        // Avatar: a real PNG, picked and posted with the plain form.
        var file = Path.Combine(Path.GetTempPath(), $"avatar-{Guid.NewGuid():N}.png");
        await File.WriteAllBytesAsync(file, ImageSamples.Png);
        try
        {
            await page.SetInputFilesAsync("input[type=file][name=avatar]", file);
            await page.ClickAsync(".avatar-form button[type=submit]");
            await page.WaitForURLAsync(url => url.Contains("status=saved"));
        }
        finally { File.Delete(file); }
        Assert.Equal("saved", await page.GetAttributeAsync("[data-outcome]", "data-outcome"));
        var headerAvatar = page.Locator(".user-link img.avatar");
        await headerAvatar.WaitForAsync();
        Assert.StartsWith("/avatars/", await headerAvatar.GetAttributeAsync("src"));
        Assert.True(await headerAvatar.EvaluateAsync<bool>("img => img.complete && img.naturalWidth === 1"), "the header avatar loads");

        // Two addresses through the cascade (the script fills the city and district lists).
        await AddAddressAsync(page, "张三", "13812345678", "北京市", "市辖区", "东城区", "东长安街 1 号");
        await AddAddressAsync(page, "李四", "13987654321", "广东省", "广州市", "天河区", "天河路 385 号");

        var cards = page.Locator("li.address");
        Assert.Equal(2, await cards.CountAsync());
        var second = page.Locator("li.address", new() { HasText = "李四" });
        Assert.Equal("false", await second.GetAttributeAsync("data-default"));
        await second.Locator("[data-action=default]").ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("status=default"));
        Assert.Equal("true", await page.Locator("li.address", new() { HasText = "李四" }).GetAttributeAsync("data-default"));
        Assert.Equal("false", await page.Locator("li.address", new() { HasText = "张三" }).GetAttributeAsync("data-default"));
        Assert.Contains("李四", await page.Locator("li.address").First.InnerTextAsync()); // the default is listed first

        // What the checkout will read.
        await using var db = app.Services.GetRequiredService<IDbContextFactory<BlazorShop.Infrastructure.Data.ShopDbContext>>().CreateDbContext();
        var demo = await db.Users.Where(u => u.UserName == "demo").Select(u => u.Id).SingleAsync();
        var book = await app.Services.GetRequiredService<IAddressBook>().ListAsync(demo);
        Assert.Equal(("李四", "广东省", "广州市", "天河区"), (book[0].Receiver, book[0].Province, book[0].City, book[0].District));
        Assert.True(book[0].IsDefault);
    }

    private static async Task AddAddressAsync(IPage page, string receiver, string mobile, string province, string city, string district, string place)
    {
        await page.GotoAsync("/account/addresses");
        await page.ClickAsync("[data-action=add]");
        await page.WaitForURLAsync(url => url.EndsWith("/account/addresses/new"));
        await page.FillAsync("input[name='Input.Receiver']", receiver);
        await page.FillAsync("input[name='Input.Mobile']", mobile);
        await page.SelectOptionAsync("select[name='Input.ProvinceId']", new SelectOptionValue { Label = province });
        await page.Locator("select[name='Input.CityId'] option", new() { HasText = city }).WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await page.SelectOptionAsync("select[name='Input.CityId']", new SelectOptionValue { Label = city });
        await page.Locator("select[name='Input.DistrictId'] option", new() { HasText = district }).WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await page.SelectOptionAsync("select[name='Input.DistrictId']", new SelectOptionValue { Label = district });
        await page.FillAsync("input[name='Input.Place']", place);
        await page.ClickAsync("[data-action=save]");
        await page.WaitForURLAsync(url => url.Contains("status=saved"));
    }
}
