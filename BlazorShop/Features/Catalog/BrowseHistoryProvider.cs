namespace BlazorShop.Features.Catalog;

public enum BrowseHistoryProvider { Database, Redis }
