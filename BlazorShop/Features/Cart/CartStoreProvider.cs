namespace BlazorShop.Features.Cart;

public enum CartStoreProvider { Auto, Database, Redis }
