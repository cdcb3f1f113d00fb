using BlazorShop.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace BlazorShop.Features.Orders.Invoices;

/// <summary>Reads the invoice of one of the user's own orders; another user's, an unknown or a malformed id gives null.</summary>
public sealed class InvoiceQueries(IDbContextFactory<ShopDbContext> contexts)
{
    public async Task<InvoiceData?> GetAsync(long userId, string orderId, CancellationToken ct = default)
    {
        if (!OrderIds.IsWellFormed(orderId)) return null;
        await using var db = await contexts.CreateDbContextAsync(ct);
        var o = await db.Orders.AsNoTracking().Where(o => o.Id == orderId && o.UserId == userId)
            .Select(o => new
            {
                o.Id, o.Status, o.PayMethod, o.CreatedAt, o.PaidAt, o.ShippedAt, o.Receiver, o.Mobile,
                o.Province, o.City, o.District, o.Place, o.Freight, o.TotalAmount,
                Lines = o.Lines.OrderBy(l => l.Id).Select(l => new InvoiceLine(l.SkuName, l.Price, l.Count)).ToList(),
            })
            .FirstOrDefaultAsync(ct);
        return o is null ? null : new InvoiceData(o.Id, o.Status, o.PayMethod, o.CreatedAt, o.PaidAt, o.ShippedAt,
            o.Receiver, o.Mobile, $"{o.Province} {o.City} {o.District} {o.Place}", o.Lines, o.Freight, o.TotalAmount);
    }
}
