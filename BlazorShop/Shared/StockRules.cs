
namespace BlazorShop.Shared;

public static class StockRules
{
    /// <summary>"Only N left" from this many down.</summary>
    public const int FewThreshold = 5;

    public static StockState Of(int stock, bool launched) =>
        !launched ? StockState.OffSale : stock <= 0 ? StockState.SoldOut : stock <= FewThreshold ? StockState.Few : StockState.InStock;
}
