namespace BlazorShop.Infrastructure.Messaging;

public sealed record SmsMessage(string Mobile, string Text);
