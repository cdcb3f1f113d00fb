namespace BlazorShop.Features.Notices;

public enum StockAlertOutcome
{
    Subscribed,
    AlreadySubscribed,
    /// <summary>The SKU is in stock: buy it now instead.</summary>
    InStock,
    /// <summary>No such SKU, or not on sale.</summary>
    NotFound,
    TooMany,
    Cancelled,
}
