using System.ComponentModel.DataAnnotations;

namespace BlazorShop.Features.Accounts.External;

/// <summary>
/// QQ login (section <c>Authentication:QQ</c>): the app id and key from QQ Connect (connect.qq.com); offered only when
/// both are set. The endpoints default to QQ's own and are settable for a test server. Validated at start.
/// </summary>
public sealed class QqLoginOptions : IValidatableObject
{
    public const string Section = "Authentication:QQ";

    public string AppId { get; set; } = "";
    public string AppKey { get; set; } = "";
    public string AuthorizationEndpoint { get; set; } = "https://graph.qq.com/oauth2.0/authorize";
    public string TokenEndpoint { get; set; } = "https://graph.qq.com/oauth2.0/token";
    public string OpenIdEndpoint { get; set; } = "https://graph.qq.com/oauth2.0/me";
    public string UserInformationEndpoint { get; set; } = "https://graph.qq.com/user/get_user_info";

    public bool IsConfigured => !string.IsNullOrWhiteSpace(AppId) && !string.IsNullOrWhiteSpace(AppKey);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (string.IsNullOrWhiteSpace(AppId) != string.IsNullOrWhiteSpace(AppKey))
            yield return new ValidationResult("Authentication:QQ needs both AppId and AppKey (or neither)", [nameof(AppId), nameof(AppKey)]);
        foreach (var (name, value) in new[] { (nameof(AuthorizationEndpoint), AuthorizationEndpoint), (nameof(TokenEndpoint), TokenEndpoint),
                     (nameof(OpenIdEndpoint), OpenIdEndpoint), (nameof(UserInformationEndpoint), UserInformationEndpoint) })
            if (!Uri.TryCreate(value, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
                yield return new ValidationResult($"Authentication:QQ:{name} must be an absolute http(s) URL", [name]);
    }
}
