namespace BlazorShop.Infrastructure.Messaging;

public sealed record EmailMessage(string To, string Subject, string Body);
