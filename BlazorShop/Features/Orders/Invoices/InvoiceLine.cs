namespace BlazorShop.Features.Orders.Invoices;

/// <summary>One line of an invoice, as ordered (name and unit price copied at order time).</summary>
public sealed record InvoiceLine(string Name, decimal Price, int Count)
{
    public decimal Subtotal => Price * Count;
}
