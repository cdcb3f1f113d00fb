namespace BlazorShop.Infrastructure.Messaging;

public sealed class SmsOptions
{
    public const string Outbox = "Outbox";
    public const string Http = "Http";

    /// <summary><c>Outbox</c> (default: stored, listed at /dev/outbox in Development) or <c>Http</c> (the gateway below).</summary>
    public string Provider { get; set; } = Outbox;
    public HttpSmsGatewayOptions Gateway { get; set; } = new();
}
