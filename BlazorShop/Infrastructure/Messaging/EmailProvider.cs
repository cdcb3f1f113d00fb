namespace BlazorShop.Infrastructure.Messaging;

/// <summary>Where e-mails go: the development outbox (stored, listed at /dev/outbox) or an SMTP server.</summary>
public enum EmailProvider { Outbox, Smtp }
