namespace BlazorShop.Features.Accounts.External;

/// <summary>
/// <c>Authentication:QQ</c>: the app id and key from QQ Connect (connect.qq.com). QQ login is offered only when both
/// are set. The endpoints default to QQ's own and are settable for a test server.
/// </summary>
public sealed class QqLoginOptions
{
    public const string Section = "Authentication:QQ";

    public string AppId { get; set; } = "";
    public string AppKey { get; set; } = "";
    public string AuthorizationEndpoint { get; set; } = "https://graph.qq.com/oauth2.0/authorize";
    public string TokenEndpoint { get; set; } = "https://graph.qq.com/oauth2.0/token";
    public string OpenIdEndpoint { get; set; } = "https://graph.qq.com/oauth2.0/me";
    public string UserInformationEndpoint { get; set; } = "https://graph.qq.com/user/get_user_info";

    public bool IsConfigured => !string.IsNullOrWhiteSpace(AppId) && !string.IsNullOrWhiteSpace(AppKey);
}
