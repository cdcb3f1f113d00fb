namespace BlazorShop.Shared.Live;

/// <summary>Categories, channels, brands or home-page content changed: drop cached menus, ads and pages.</summary>
public sealed record CatalogStructureChanged(string What);
