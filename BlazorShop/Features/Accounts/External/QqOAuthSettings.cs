using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OAuth;

namespace BlazorShop.Features.Accounts.External;

/// <summary>The generic OAuth handler's options for QQ, plus QQ's extra step (the openid endpoint); set from <see cref="QqLoginOptions"/>.</summary>
public sealed class QqOAuthSettings : OAuthOptions
{
    public const string AvatarClaim = "urn:qq:avatar";

    public QqOAuthSettings()
    {
        CallbackPath = "/signin-qq";
        Scope.Add("get_user_info");
        ClaimActions.MapJsonKey(ClaimTypes.Name, "nickname");
        ClaimActions.MapJsonKey(AvatarClaim, "figureurl_qq_2");
    }

    public string OpenIdEndpoint { get; set; } = "";
}
