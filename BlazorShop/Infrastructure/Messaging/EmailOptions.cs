namespace BlazorShop.Infrastructure.Messaging;

public sealed class EmailOptions
{
    public const string Outbox = "Outbox";
    public const string Smtp = "Smtp";

    /// <summary><c>Outbox</c> (default: stored, listed at /dev/outbox in Development) or <c>Smtp</c>.</summary>
    public string Provider { get; set; } = Outbox;
    public string From { get; set; } = "noreply@blazorshop.local";
    public string FromName { get; set; } = "美多商城";
    public SmtpOptions SmtpServer { get; set; } = new();
}
