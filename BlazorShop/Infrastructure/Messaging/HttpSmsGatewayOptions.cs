namespace BlazorShop.Infrastructure.Messaging;

/// <summary><c>Messaging:Sms:Gateway</c>: where <see cref="HttpSmsSender"/> posts, and the key it sends.</summary>
public sealed class HttpSmsGatewayOptions
{
    public string Url { get; set; } = "";
    public string ApiKey { get; set; } = "";
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);
}
