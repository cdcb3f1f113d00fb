using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BlazorShop.Tests.TestSupport;

/// <summary>
/// QQ Connect as the shop sees it, on a loopback port: authorize (redirects back with a code), token (GET, fmt=json),
/// openid ("me") and get_user_info. It checks what QQ checks (app id and key, the code, the redirect URI).
/// </summary>
public sealed class FakeQqServer : IAsyncDisposable
{
    public const string AppId = "101000001", AppKey = "fake-qq-app-key";

    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, (string OpenId, string RedirectUri)> _codes = new();

    /// <summary>The QQ user who "logs in" at the next authorize request.</summary>
    public string NextOpenId { get; set; } = "";
    public string Nickname { get; set; } = "QQ小明";
    public Uri Address { get; private set; } = default!;

    private FakeQqServer(WebApplication app) => _app = app;

    public static async Task<FakeQqServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var server = new FakeQqServer(builder.Build());
        server.Map(server._app);
        await server._app.StartAsync();
        var address = server._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.Address = new Uri(address);
        return server;
    }

    public Dictionary<string, string?> Settings() => new()
    {
        ["Authentication:QQ:AppId"] = AppId,
        ["Authentication:QQ:AppKey"] = AppKey,
        ["Authentication:QQ:AuthorizationEndpoint"] = new Uri(Address, "/oauth2.0/authorize").ToString(),
        ["Authentication:QQ:TokenEndpoint"] = new Uri(Address, "/oauth2.0/token").ToString(),
        ["Authentication:QQ:OpenIdEndpoint"] = new Uri(Address, "/oauth2.0/me").ToString(),
        ["Authentication:QQ:UserInformationEndpoint"] = new Uri(Address, "/user/get_user_info").ToString(),
    };

    private void Map(WebApplication app)
    {
        app.MapGet("/oauth2.0/authorize", (HttpRequest r) =>
        {
            var q = r.Query;
            if (q["client_id"] != AppId || q["response_type"] != "code" || string.IsNullOrEmpty(q["state"])) return Results.BadRequest();
            var code = "code-" + Guid.NewGuid().ToString("N");
            _codes[code] = (NextOpenId, q["redirect_uri"].ToString());
            return Results.Redirect($"{q["redirect_uri"]}?code={code}&state={Uri.EscapeDataString(q["state"]!)}");
        });
        app.MapGet("/oauth2.0/token", (HttpRequest r) =>
        {
            var q = r.Query;
            if (q["client_id"] != AppId || q["client_secret"] != AppKey || q["grant_type"] != "authorization_code" || q["fmt"] != "json")
                return Results.Json(new { error = 100001, error_description = "bad client" });
            if (!_codes.TryRemove(q["code"].ToString(), out var grant) || grant.RedirectUri != q["redirect_uri"])
                return Results.Json(new { error = 100019, error_description = "code to access token error" });
            return Results.Json(new { access_token = "token-" + grant.OpenId, expires_in = "7776000", refresh_token = "refresh" });
        });
        app.MapGet("/oauth2.0/me", (string access_token) =>
            Results.Json(new { client_id = AppId, openid = access_token["token-".Length..] }));
        app.MapGet("/user/get_user_info", (string access_token, string oauth_consumer_key, string openid) =>
            oauth_consumer_key == AppId && access_token == "token-" + openid
                ? Results.Json(new { ret = 0, msg = "", nickname = Nickname, figureurl_qq_2 = "http://qzapp.qlogo.cn/qzapp/avatar" })
                : Results.Json(new { ret = 100016, msg = "access token check failed" }));
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
