using System.ComponentModel.DataAnnotations;

namespace BlazorShop.Infrastructure.Messaging;

/// <summary>Text messages (section <c>Messaging:Sms</c>): the provider, and the gateway when it is <c>Http</c>. Validated at start.</summary>
public sealed class SmsOptions : IValidatableObject
{
    public const string Section = "Messaging:Sms";

    public SmsProvider Provider { get; set; } = SmsProvider.Outbox;
    public HttpSmsGatewayOptions Gateway { get; set; } = new();

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Provider != SmsProvider.Http) yield break;
        if (!Uri.TryCreate(Gateway.Url, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
            yield return new ValidationResult("Messaging:Sms:Provider is Http but Messaging:Sms:Gateway:Url is not an absolute http(s) URL", [nameof(Gateway)]);
        if (string.IsNullOrWhiteSpace(Gateway.ApiKey))
            yield return new ValidationResult("Messaging:Sms:Provider is Http but Messaging:Sms:Gateway:ApiKey is not set", [nameof(Gateway)]);
        if (Gateway.Timeout <= TimeSpan.Zero || Gateway.Timeout > TimeSpan.FromMinutes(2))
            yield return new ValidationResult("Messaging:Sms:Gateway:Timeout must be more than 0 and at most 2 minutes", [nameof(Gateway)]);
    }
}
