using BlazorShop.Features.Accounts.Addresses;

namespace BlazorShop.Features.Orders;

/// <summary>What placing an order reads before its transaction: an order already placed from the same submission (its
/// id), the shopper's address (null when it isn't theirs), and the wanted SKUs at today's prices (missing ones left out).</summary>
public sealed record CheckoutReads(string? EarlierOrderId, AddressView? Address, IReadOnlyList<SettlementLine> Lines);
