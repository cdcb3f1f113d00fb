using BlazorShop.Domain;

namespace BlazorShop.Features.Orders.Invoices;

/// <summary>What an invoice shows: the order as placed (address snapshot, lines), its dates (UTC), totals and state.</summary>
public sealed record InvoiceData(
    string OrderId, OrderStatus Status, PayMethod PayMethod, DateTime CreatedAt, DateTime? PaidAt, DateTime? ShippedAt,
    string Receiver, string Mobile, string Address, IReadOnlyList<InvoiceLine> Lines, decimal Freight, decimal TotalAmount)
{
    public decimal GoodsAmount => Lines.Sum(l => l.Subtotal);
    public int TotalCount => Lines.Sum(l => l.Count);
}
