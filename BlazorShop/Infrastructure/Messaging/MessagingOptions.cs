namespace BlazorShop.Infrastructure.Messaging;

/// <summary>Settings under <c>Messaging</c>: which SMS and e-mail senders, and how the queue retries. Checked at start.</summary>
public sealed class MessagingOptions
{
    public const string Section = "Messaging";

    public SmsOptions Sms { get; set; } = new();
    public EmailOptions Email { get; set; } = new();
    public MessageDispatchOptions Dispatch { get; set; } = new();
}
