namespace BlazorShop.Features.Catalog;

/// <summary>What delivery to an area costs and when it arrives (a date in China).</summary>
public sealed record DeliveryQuote(decimal Freight, DateOnly ShipsOn, DateOnly ArrivesBy, bool ShipsToday);
