namespace BlazorShop.Features.Orders;

/// <summary>Where the lines come from: the selected cart lines (they leave the cart once ordered) or "buy now".</summary>
public enum CheckoutSource { Cart = 1, BuyNow = 2 }
