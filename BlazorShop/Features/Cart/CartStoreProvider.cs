namespace BlazorShop.Features.Cart;

public enum CartStoreProvider { Database, Redis }
