namespace BlazorShop.Infrastructure.Messaging;

/// <summary>Where text messages go: the development outbox (stored, listed at /dev/outbox) or an HTTP gateway.</summary>
public enum SmsProvider { Outbox, Http }
