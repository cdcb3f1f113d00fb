using System.Net;
using BlazorShop.Infrastructure.Messaging;
using BlazorShop.Tests.TestSupport;

namespace BlazorShop.Tests.Infrastructure.Messaging;

/// <summary>/dev/outbox lists what the outbox senders stored, in Development only.</summary>
public class DevOutboxPageTests
{
    [Fact]
    public async Task Development_lists_the_messages_with_their_codes()
    {
        await using var app = new SignInApp();
        await app.InitializeAsync();
        var mobile = SignInApp.NewMobile();
        await app.Service<MessageQueue>().EnqueueSmsAsync(mobile, "您的验证码是 246810");
        await app.DeliveredAsync(mobile);
        var html = await app.Client().GetStringAsync("/dev/outbox");
        Assert.Contains(mobile, html);
        Assert.Contains("246810", html);
    }

    [Fact]
    public async Task Other_environments_have_no_such_page()
    {
        await using var app = SignInApp.On(new ShopAppFactory { EnvironmentName = "Production" });
        await app.InitializeAsync();
        var response = await app.Client().GetAsync("/dev/outbox");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("开发发件箱", await response.Content.ReadAsStringAsync());
    }
}
