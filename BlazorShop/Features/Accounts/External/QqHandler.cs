using System.Security.Claims;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OAuth;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace BlazorShop.Features.Accounts.External;

/// <summary>
/// ASP.NET Core's generic OAuth 2.0 handler, taught QQ's two differences: the token is fetched with a GET
/// (<c>fmt=json</c> for a JSON answer), and the user's id (openid) comes from a separate endpoint before the profile.
/// </summary>
public sealed class QqHandler(IOptionsMonitor<QqOAuthSettings> options, ILoggerFactory logger, UrlEncoder encoder)
    : OAuthHandler<QqOAuthSettings>(options, logger, encoder)
{
    protected override async Task<OAuthTokenResponse> ExchangeCodeAsync(OAuthCodeExchangeContext context)
    {
        var address = QueryHelpers.AddQueryString(Options.TokenEndpoint, new Dictionary<string, string?>
        {
            ["grant_type"] = "authorization_code",
            ["client_id"] = Options.ClientId,
            ["client_secret"] = Options.ClientSecret,
            ["code"] = context.Code,
            ["redirect_uri"] = context.RedirectUri,
            ["fmt"] = "json",
        });
        using var response = await Backchannel.GetAsync(address, Context.RequestAborted);
        if (!response.IsSuccessStatusCode)
            return OAuthTokenResponse.Failed(new AuthenticationFailureException($"QQ token endpoint answered {(int)response.StatusCode}"));
        var payload = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Context.RequestAborted));
        if (!payload.RootElement.TryGetProperty("access_token", out _))
        {
            var error = payload.RootElement.TryGetProperty("error_description", out var d) ? d.ToString() : "no access_token";
            payload.Dispose();
            return OAuthTokenResponse.Failed(new AuthenticationFailureException("QQ token endpoint: " + error));
        }
        return OAuthTokenResponse.Success(payload);
    }

    protected override async Task<AuthenticationTicket> CreateTicketAsync(ClaimsIdentity identity, AuthenticationProperties properties, OAuthTokenResponse tokens)
    {
        var openId = await OpenIdAsync(tokens.AccessToken!);
        var address = QueryHelpers.AddQueryString(Options.UserInformationEndpoint, new Dictionary<string, string?>
        {
            ["access_token"] = tokens.AccessToken,
            ["oauth_consumer_key"] = Options.ClientId,
            ["openid"] = openId,
        });
        using var response = await Backchannel.GetAsync(address, Context.RequestAborted);
        if (!response.IsSuccessStatusCode) throw new AuthenticationFailureException($"QQ user information endpoint answered {(int)response.StatusCode}");
        using var profile = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Context.RequestAborted));
        if (profile.RootElement.TryGetProperty("ret", out var ret) && ret.ValueKind == JsonValueKind.Number && ret.GetInt32() != 0)
            throw new AuthenticationFailureException($"QQ user information endpoint: ret {ret.GetInt32()}");

        identity.AddClaim(new Claim(ClaimTypes.NameIdentifier, openId, ClaimValueTypes.String, ClaimsIssuer));
        var context = new OAuthCreatingTicketContext(new ClaimsPrincipal(identity), properties, Context, Scheme, Options, Backchannel, tokens, profile.RootElement);
        context.RunClaimActions();
        await Events.CreatingTicket(context);
        return new AuthenticationTicket(context.Principal!, context.Properties, Scheme.Name);
    }

    /// <summary>The openid of the QQ user the token belongs to (and a check that the token was issued to this app).</summary>
    private async Task<string> OpenIdAsync(string accessToken)
    {
        var address = QueryHelpers.AddQueryString(Options.OpenIdEndpoint, new Dictionary<string, string?> { ["access_token"] = accessToken, ["fmt"] = "json" });
        using var response = await Backchannel.GetAsync(address, Context.RequestAborted);
        if (!response.IsSuccessStatusCode) throw new AuthenticationFailureException($"QQ openid endpoint answered {(int)response.StatusCode}");
        using var payload = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Context.RequestAborted));
        var root = payload.RootElement;
        if (!root.TryGetProperty("client_id", out var clientId) || clientId.GetString() != Options.ClientId)
            throw new AuthenticationFailureException("QQ openid endpoint: the token was not issued to this app");
        return root.TryGetProperty("openid", out var openId) && openId.GetString() is { Length: > 0 } id
            ? id
            : throw new AuthenticationFailureException("QQ openid endpoint: no openid");
    }
}
