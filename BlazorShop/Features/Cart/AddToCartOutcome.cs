namespace BlazorShop.Features.Cart;

public enum AddToCartOutcome { Added, CappedAtStock, Unavailable }
