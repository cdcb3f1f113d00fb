using System.Net;
using BlazorShop.Tests.TestSupport;

namespace BlazorShop.Tests.Features.Accounts.External;

/// <summary>QQ login is offered only when its app id and key are configured.</summary>
public class QqLoginNotConfiguredTests(SignInApp app) : IClassFixture<SignInApp>
{
    [Fact]
    public async Task No_qq_link_and_no_qq_routes_without_configuration()
    {
        var client = app.Client();
        Assert.DoesNotContain("/login/qq", await client.GetStringAsync("/login"));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/login/qq")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/login/qq/done")).StatusCode);
    }
}
