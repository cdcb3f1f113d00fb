namespace BlazorShop.Features.Catalog;

/// <summary>Where a shopper's last viewed products are kept (section <c>BrowseHistory</c>): the database, or a Redis
/// list (needs <c>ConnectionStrings:Redis</c>).</summary>
public sealed class BrowseHistoryOptions
{
    public const string Section = "BrowseHistory";

    public BrowseHistoryProvider Provider { get; set; } = BrowseHistoryProvider.Database;
}
