using System.ComponentModel.DataAnnotations;

namespace BlazorShop.Features.Accounts;

/// <summary>Accounts (section <c>Accounts</c>): where the links in account e-mails point. Validated at start.</summary>
public sealed class AccountOptions : IValidatableObject
{
    public const string Section = "Accounts";

    /// <summary>The shop's public origin (e.g. https://shop.example); empty means the origin of the request that sends the e-mail.</summary>
    public string PublicBaseUrl { get; set; } = "";

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (PublicBaseUrl.Length > 0 && (!Uri.TryCreate(PublicBaseUrl, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https")))
            yield return new ValidationResult("Accounts:PublicBaseUrl must be an absolute http(s) URL", [nameof(PublicBaseUrl)]);
    }
}
