using BlazorShop.Domain;
using BlazorShop.Features.Payments.Alipay;
using BlazorShop.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Primitives;

namespace BlazorShop.Features.Payments;

/// <summary>
/// The gateway's server-to-server notify: form-decoded once (by ASP.NET Core), the signature verified (sign and
/// sign_type excluded), then app_id, seller_id (when configured), out_trade_no (an Alipay order of ours) and the exact
/// amount checked; a paid status settles the order (<see cref="PaymentSettlement"/>, exactly once). True means the
/// notify was taken (answer <c>success</c>); anything else is logged and changes nothing (answer <c>failure</c>).
/// </summary>
public sealed class PaymentNotifyHandler(IPaymentGateway gateway, PaymentSettlement settlement, IDbContextFactory<ShopDbContext> contexts,
    ILogger<PaymentNotifyHandler> log)
{
    public async Task<bool> HandleAsync(IEnumerable<KeyValuePair<string, StringValues>> form, CancellationToken ct = default)
    {
        var notify = gateway.VerifyCallback(form);
        var outTradeNo = notify["out_trade_no"];
        if (!notify.Valid) return Refuse("bad signature", outTradeNo);
        if (notify["app_id"] != gateway.AppId) return Refuse("another app_id", outTradeNo);
        if (gateway.SellerId is { Length: > 0 } seller && notify["seller_id"] != seller) return Refuse("another seller_id", outTradeNo);
        if (outTradeNo is not { Length: > 0 and <= 64 }) return Refuse("no out_trade_no", outTradeNo);

        await using var db = await contexts.CreateDbContextAsync(ct);
        var order = await db.Orders.AsNoTracking().Where(o => o.Id == outTradeNo)
            .Select(o => new { o.PayMethod, o.TotalAmount, o.Status }).FirstOrDefaultAsync(ct);
        if (order is null || order.PayMethod != PayMethod.Alipay) return Refuse("unknown order", outTradeNo);
        if (AlipayAmount.Parse(notify["total_amount"]) != order.TotalAmount) return Refuse("another amount", outTradeNo);

        var status = notify["trade_status"];
        if (AlipayTradeStatus.IsPaid(status))
        {
            var outcome = await settlement.SettleAsync(outTradeNo, notify["trade_no"] ?? "", order.TotalAmount, ct);
            return outcome != SettleOutcome.Rejected || Refuse("payment not recordable", outTradeNo);
        }
        if (status == AlipayTradeStatus.Closed)
        {
            if (order.Status == OrderStatus.Unpaid) await settlement.CancelClosedAsync(outTradeNo, ct);
            return true;
        }
        if (status == AlipayTradeStatus.WaitBuyerPay) return true;
        return Refuse("unknown trade_status", outTradeNo);
    }

    private bool Refuse(string why, string? outTradeNo)
    {
        log.LogWarning("Payment notify refused ({Reason}) for out_trade_no {OutTradeNo}", why, outTradeNo);
        return false;
    }
}
