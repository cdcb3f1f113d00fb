using BlazorShop.Domain;
using BlazorShop.Features.Accounts.Addresses;

namespace BlazorShop.Features.Orders;

/// <summary>Everything the settlement page shows: lines with current prices, the address book, balance, totals.</summary>
public sealed class Settlement
{
    public CheckoutSource Source { get; init; }
    public IReadOnlyList<SettlementLine> Lines { get; init; } = [];
    public IReadOnlyList<AddressView> Addresses { get; init; } = [];
    public decimal Balance { get; init; }
    public decimal Freight { get; init; }
    public int TotalCount => Lines.Sum(l => l.Count);
    public decimal GoodsAmount => Lines.Sum(l => l.Subtotal);
    public decimal Total => Lines.Count == 0 ? 0 : GoodsAmount + Freight;
    public bool CanSubmit => Lines.Count > 0 && Lines.All(l => l.CanBeHad) && Addresses.Count > 0;
    public bool BalanceCovers => Balance >= Total;
    public static IReadOnlyList<PayMethod> PayMethods { get; } = [PayMethod.CashOnDelivery, PayMethod.Alipay, PayMethod.Balance];
}
