using System.Globalization;
using BlazorShop.Domain;
using BlazorShop.Features.Admin.Goods;
using BlazorShop.Features.Admin.Orders;
using BlazorShop.Infrastructure.Localization;

namespace BlazorShop.Features.Admin;

/// <summary>The back office's downloads (CSV exports of the filtered rows); each under its policy.</summary>
public static class AdminEndpoints
{
    public static IEndpointRouteBuilder MapAdminEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/admin/export/skus.csv", async (HttpContext http, AdminSkuService skus, CancellationToken ct) =>
        {
            var rows = await skus.ExportAsync(http.User, SkuQueryFrom(http.Request.Query), ct);
            var lines = new List<string> { CsvWriter.Line("id", "spu_id", "name", "category", "brand", "price", "market_price", "stock", "sales", "launched", "updated_at") };
            lines.AddRange(rows.Select(r => CsvWriter.Line(r.Id, r.SpuId, r.Name, r.CategoryName, r.BrandName, r.Price, r.MarketPrice, r.Stock, r.Sales, r.IsLaunched,
                Display.DateTime(r.UpdatedAt))));
            return Results.File(CsvWriter.Document(lines), "text/csv; charset=utf-8", "skus.csv");
        }).RequireAuthorization(AdminPolicies.Goods);
        app.MapGet("/admin/export/orders.csv", async (HttpContext http, AdminOrderService orders, CancellationToken ct) =>
        {
            var rows = await orders.ExportAsync(http.User, OrderQueryFrom(http.Request.Query), ct);
            var lines = new List<string> { CsvWriter.Line("order_id", "created_at", "user_id", "user", "receiver", "mobile", "items", "amount", "freight", "pay_method", "status") };
            lines.AddRange(rows.Select(r => CsvWriter.Line(r.Id, Display.DateTime(r.CreatedAt), r.UserId, r.UserName, r.Receiver, r.Mobile, r.TotalCount,
                r.TotalAmount, r.Freight, r.PayMethod.ToString(), r.Status.ToString())));
            return Results.File(CsvWriter.Document(lines), "text/csv; charset=utf-8", "orders.csv");
        }).RequireAuthorization(AdminPolicies.Orders);
        return app;
    }

    /// <summary>The order grid's filter from the export link's query (status, from, to, user, id).</summary>
    public static OrderGridQuery OrderQueryFrom(IQueryCollection query) => new(
        Status: Enum.TryParse<OrderStatus>(query["status"], out var s) && Enum.IsDefined(s) ? s : null,
        From: DateOnly.TryParseExact(query["from"], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var f) ? f : null,
        To: DateOnly.TryParseExact(query["to"], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var t) ? t : null,
        User: query["user"].ToString() is { Length: > 0 and <= 64 } u ? u : null,
        OrderId: query["id"].ToString() is { Length: > 0 and <= 23 } id ? id : null);

    /// <summary>The SKU grid's filter from the export link's query (q, cat, brand, launched, low).</summary>
    public static SkuGridQuery SkuQueryFrom(IQueryCollection query) => new(
        Text: query["q"].ToString() is { Length: > 0 and <= 100 } q ? q : null,
        CategoryId: int.TryParse(query["cat"], NumberStyles.None, CultureInfo.InvariantCulture, out var c) ? c : null,
        BrandId: int.TryParse(query["brand"], NumberStyles.None, CultureInfo.InvariantCulture, out var b) ? b : null,
        Launched: bool.TryParse(query["launched"], out var l) ? l : null,
        LowStock: bool.TryParse(query["low"], out var low) && low);
}
