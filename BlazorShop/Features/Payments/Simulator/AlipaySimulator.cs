using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using BlazorShop.Domain;
using BlazorShop.Features.Payments.Alipay;
using BlazorShop.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BlazorShop.Features.Payments.Simulator;

/// <summary>
/// The built-in stand-in for Alipay, speaking its wire protocol: it checks request signatures with the app's public
/// key, keeps trades (in the database), shows a pay page, and on "pay" records TRADE_SUCCESS with a 28-digit trade
/// number, queues a signed notify (sent by <see cref="SimulatorNotifier"/>, retried on Alipay's schedule until it
/// gets <c>success</c>) and sends the browser to return_url with signed parameters. It answers query, refund and
/// close with signed <c>&lt;method&gt;_response</c> bodies.
/// </summary>
public sealed class AlipaySimulator(IDbContextFactory<ShopDbContext> contexts, SimulatorKeys keys, SimulatorNotifySignal signal,
    IOptions<PaymentOptions> options, TimeProvider clock, ILogger<AlipaySimulator> log)
{
    public const string GatewayPath = "/simulator/alipay/gateway.do";
    public const string PayPath = "/simulator/alipay/pay";

    /// <summary>Alipay's notify retry schedule after the first attempt: 4m, 10m, 10m, 1h, 2h, 6h, 15h (~25 h).</summary>
    public static readonly TimeSpan[] RetrySchedule =
    [
        TimeSpan.FromMinutes(4), TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(10), TimeSpan.FromHours(1),
        TimeSpan.FromHours(2), TimeSpan.FromHours(6), TimeSpan.FromHours(15),
    ];

    /// <summary>The browser brings an <c>alipay.trade.page.pay</c> request: check it, keep the trade, show the pay page.</summary>
    public async Task<SimulatorPage> OpenAsync(IReadOnlyDictionary<string, string> p, CancellationToken ct)
    {
        if (!SignedByApp(p)) return new SimulatorPage(SimulatorPageState.InvalidSignature);
        if (p.GetValueOrDefault("method") != AlipayGateway.PagePayMethod || p.GetValueOrDefault("app_id") != SimulatorKeys.AppId
            || Biz(p) is not { } biz
            || biz.GetValueOrDefault("product_code") != "FAST_INSTANT_TRADE_PAY"
            || biz.GetValueOrDefault("out_trade_no") is not { Length: > 0 and <= 64 } outTradeNo
            || !outTradeNo.All(c => char.IsAsciiLetterOrDigit(c) || c == '_')
            || AlipayAmount.Parse(biz.GetValueOrDefault("total_amount")) is not { } amount || amount < 0.01m || amount > 100_000_000m
            || biz.GetValueOrDefault("subject") is not { Length: > 0 and <= 256 } subject)
            return new SimulatorPage(SimulatorPageState.InvalidRequest);
        var now = clock.GetUtcNow().UtcDateTime;
        var expires = BeijingTime.ToUtc(biz.GetValueOrDefault("time_expire"));

        await using var db = await contexts.CreateDbContextAsync(ct);
        var trade = await db.SimulatorTrades.FirstOrDefaultAsync(t => t.OutTradeNo == outTradeNo, ct);
        if (trade is null)
        {
            trade = new SimulatorTrade
            {
                OutTradeNo = outTradeNo, AppId = SimulatorKeys.AppId, Subject = subject, TotalAmount = amount,
                Status = AlipayTradeStatus.WaitBuyerPay, CreatedAt = now,
            };
            db.SimulatorTrades.Add(trade);
        }
        if (trade.Status != AlipayTradeStatus.WaitBuyerPay)
            return new SimulatorPage(AlipayTradeStatus.IsPaid(trade.Status) ? SimulatorPageState.AlreadyPaid : SimulatorPageState.Closed, outTradeNo, trade.Subject, trade.TotalAmount);
        if (expires is { } e && e <= now) return new SimulatorPage(SimulatorPageState.Closed, outTradeNo, subject, amount);
        // A new request for an unpaid trade replaces its terms (as a new page pay does at Alipay).
        trade.Subject = subject;
        trade.TotalAmount = amount;
        trade.TimeExpire = expires;
        trade.NotifyUrl = p.GetValueOrDefault("notify_url");
        trade.ReturnUrl = p.GetValueOrDefault("return_url");
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateException ex) when (DbErrors.IsUniqueViolation(ex)) { /* the same request twice at once: the other one stored it */ }
        return new SimulatorPage(SimulatorPageState.Pay, outTradeNo, subject, amount);
    }

    /// <summary>The buyer pays: the trade succeeds once, the notify is queued; returns where the browser goes next.</summary>
    public async Task<string?> PayAsync(string outTradeNo, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var tradeNo = NewTradeNo(now);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var paid = await db.SimulatorTrades
            .Where(t => t.OutTradeNo == outTradeNo && t.Status == AlipayTradeStatus.WaitBuyerPay && (t.TimeExpire == null || t.TimeExpire > now))
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.Status, AlipayTradeStatus.Success).SetProperty(t => t.TradeNo, tradeNo)
                .SetProperty(t => t.PaidAt, now).SetProperty(t => t.NextNotifyAt, now), ct);
        var trade = await db.SimulatorTrades.AsNoTracking().FirstOrDefaultAsync(t => t.OutTradeNo == outTradeNo, ct);
        if (trade is null || !AlipayTradeStatus.IsPaid(trade.Status)) return null;
        if (paid == 1)
        {
            log.LogInformation("Simulator: trade {OutTradeNo} paid ({TradeNo})", outTradeNo, trade.TradeNo);
            signal.Set();
        }
        return ReturnUrl(trade);
    }

    /// <summary>return_url with Alipay's signed return parameters (no trade_status: the page must not trust them).</summary>
    public string? ReturnUrl(SimulatorTrade trade)
    {
        if (string.IsNullOrEmpty(trade.ReturnUrl) || trade.TradeNo is null) return null;
        var p = new Dictionary<string, string>
        {
            ["charset"] = "utf-8",
            ["out_trade_no"] = trade.OutTradeNo,
            ["method"] = "alipay.trade.page.pay.return",
            ["total_amount"] = AlipayAmount.ToText(trade.TotalAmount),
            ["trade_no"] = trade.TradeNo,
            ["auth_app_id"] = trade.AppId,
            ["app_id"] = trade.AppId,
            ["seller_id"] = SimulatorKeys.SellerId,
            ["version"] = "1.0",
            ["timestamp"] = BeijingTime.ToText(clock.GetUtcNow()),
            ["sign_type"] = "RSA2",
        };
        p["sign"] = AlipaySignature.Sign(AlipaySignature.Content(p!, withoutSignType: true), keys.Alipay);
        var query = string.Join("&", p.Select(kv => Uri.EscapeDataString(kv.Key) + "=" + Uri.EscapeDataString(kv.Value)));
        return trade.ReturnUrl + (trade.ReturnUrl.Contains('?') ? "&" : "?") + query;
    }

    /// <summary>The signed notify of a paid (or closed) trade, as Alipay POSTs it.</summary>
    public Dictionary<string, string> Notify(SimulatorTrade trade)
    {
        var now = clock.GetUtcNow();
        var p = new Dictionary<string, string>
        {
            ["notify_time"] = BeijingTime.ToText(now),
            ["notify_type"] = "trade_status_sync",
            ["notify_id"] = Guid.NewGuid().ToString("N"),
            ["app_id"] = trade.AppId,
            ["charset"] = "utf-8",
            ["version"] = "1.0",
            ["sign_type"] = "RSA2",
            ["trade_no"] = trade.TradeNo ?? "",
            ["out_trade_no"] = trade.OutTradeNo,
            ["buyer_id"] = "2088102177846880",
            ["seller_id"] = SimulatorKeys.SellerId,
            ["trade_status"] = trade.Status,
            ["total_amount"] = AlipayAmount.ToText(trade.TotalAmount),
            ["receipt_amount"] = AlipayAmount.ToText(trade.TotalAmount),
            ["subject"] = trade.Subject,
            ["gmt_create"] = BeijingTime.ToText(trade.CreatedAt),
            ["gmt_payment"] = trade.PaidAt is { } paid ? BeijingTime.ToText(paid) : "",
        };
        p["sign"] = AlipaySignature.Sign(AlipaySignature.Content(p!, withoutSignType: true), keys.Alipay);
        return p;
    }

    /// <summary>The next notify attempt after <paramref name="attempts"/> failed ones, on Alipay's schedule; null when it gives up.</summary>
    public DateTime? NextAttempt(DateTime now, int attempts) =>
        attempts >= 1 && attempts <= RetrySchedule.Length ? now + RetrySchedule[attempts - 1] * options.Value.SimulatorRetryScale : null;

    /// <summary>query, refund and close: a signed JSON answer (or an unsigned gateway error, as Alipay gives).</summary>
    public async Task<string> HandleApiAsync(IReadOnlyDictionary<string, string> p, CancellationToken ct)
    {
        var method = p.GetValueOrDefault("method") ?? "";
        if (!SignedByApp(p)) return """{"error_response":{"code":"40002","msg":"Invalid Arguments","sub_code":"isv.invalid-signature","sub_msg":"invalid signature"}}""";
        if (p.GetValueOrDefault("app_id") != SimulatorKeys.AppId)
            return """{"error_response":{"code":"40002","msg":"Invalid Arguments","sub_code":"isv.invalid-app-id","sub_msg":"invalid app_id"}}""";
        if (Biz(p) is not { } biz || biz.GetValueOrDefault("out_trade_no") is not { Length: > 0 } outTradeNo)
            return Answer(method, Error("40002", "isv.missing-out-trade-no"));
        return method switch
        {
            AlipayGateway.QueryMethod => Answer(method, await QueryAsync(outTradeNo, ct)),
            AlipayGateway.RefundMethod => Answer(method, await RefundAsync(outTradeNo, biz, ct)),
            AlipayGateway.CloseMethod => Answer(method, await CloseAsync(outTradeNo, ct)),
            _ => """{"error_response":{"code":"40002","msg":"Invalid Arguments","sub_code":"isv.invalid-method","sub_msg":"unknown method"}}""",
        };
    }

    private async Task<Dictionary<string, string>> QueryAsync(string outTradeNo, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        await CloseIfExpiredAsync(db, outTradeNo, ct);
        var trade = await db.SimulatorTrades.AsNoTracking().FirstOrDefaultAsync(t => t.OutTradeNo == outTradeNo, ct);
        if (trade is null) return Error("40004", "ACQ.TRADE_NOT_EXIST");
        var answer = Ok();
        answer["trade_no"] = trade.TradeNo ?? "";
        answer["out_trade_no"] = trade.OutTradeNo;
        answer["trade_status"] = trade.Status;
        answer["total_amount"] = AlipayAmount.ToText(trade.TotalAmount);
        answer["buyer_pay_amount"] = AlipayAmount.ToText(AlipayTradeStatus.IsPaid(trade.Status) ? trade.TotalAmount : 0);
        if (trade.PaidAt is { } paid) answer["send_pay_date"] = BeijingTime.ToText(paid);
        return answer;
    }

    private async Task<Dictionary<string, string>> RefundAsync(string outTradeNo, Dictionary<string, string> biz, CancellationToken ct)
    {
        if (AlipayAmount.Parse(biz.GetValueOrDefault("refund_amount")) is not { } amount || amount < 0.01m)
            return Error("40004", "ACQ.INVALID_PARAMETER");
        if (biz.GetValueOrDefault("out_request_no") is not { Length: > 0 and <= 64 } requestNo || requestNo.Contains(','))
            return Error("40004", "ACQ.INVALID_PARAMETER");
        await using var db = await contexts.CreateDbContextAsync(ct);
        for (var attempt = 0; attempt < 10; attempt++)
        {
            var trade = await db.SimulatorTrades.AsNoTracking().FirstOrDefaultAsync(t => t.OutTradeNo == outTradeNo, ct);
            if (trade is null) return Error("40004", "ACQ.TRADE_NOT_EXIST");
            var done = trade.RefundRequests.Split(',', StringSplitOptions.RemoveEmptyEntries).Contains(requestNo);
            if (!done)
            {
                if (trade.Status != AlipayTradeStatus.Success) return Error("40004", "ACQ.TRADE_STATUS_ERROR");
                if (trade.RefundedAmount + amount > trade.TotalAmount) return Error("40004", "ACQ.REFUND_AMT_NOT_EQUAL_TOTAL");
                var refunded = trade.RefundedAmount + amount;
                var requests = trade.RefundRequests.Length == 0 ? requestNo : trade.RefundRequests + "," + requestNo;
                var status = refunded == trade.TotalAmount ? AlipayTradeStatus.Closed : trade.Status;
                // Optimistic: only if nobody refunded in between (a duplicate request at once refunds once).
                var changed = await db.SimulatorTrades.Where(t => t.OutTradeNo == outTradeNo && t.RefundRequests == trade.RefundRequests)
                    .ExecuteUpdateAsync(s => s.SetProperty(t => t.RefundedAmount, refunded).SetProperty(t => t.RefundRequests, requests)
                        .SetProperty(t => t.Status, status), ct);
                if (changed != 1) continue;
                trade.RefundedAmount = refunded;
            }
            var answer = Ok();
            answer["trade_no"] = trade.TradeNo ?? "";
            answer["out_trade_no"] = outTradeNo;
            answer["fund_change"] = done ? "N" : "Y";
            answer["refund_fee"] = AlipayAmount.ToText(trade.RefundedAmount);
            return answer;
        }
        return Error("20000", "ACQ.SYSTEM_ERROR");
    }

    private async Task<Dictionary<string, string>> CloseAsync(string outTradeNo, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var closed = await db.SimulatorTrades.Where(t => t.OutTradeNo == outTradeNo && t.Status == AlipayTradeStatus.WaitBuyerPay)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.Status, AlipayTradeStatus.Closed), ct);
        var trade = await db.SimulatorTrades.AsNoTracking().FirstOrDefaultAsync(t => t.OutTradeNo == outTradeNo, ct);
        if (trade is null) return Error("40004", "ACQ.TRADE_NOT_EXIST");
        if (closed == 0 && trade.Status != AlipayTradeStatus.Closed) return Error("40004", "ACQ.TRADE_STATUS_ERROR");
        var answer = Ok();
        answer["trade_no"] = trade.TradeNo ?? "";
        answer["out_trade_no"] = outTradeNo;
        return answer;
    }

    private async Task CloseIfExpiredAsync(ShopDbContext db, string outTradeNo, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await db.SimulatorTrades.Where(t => t.OutTradeNo == outTradeNo && t.Status == AlipayTradeStatus.WaitBuyerPay && t.TimeExpire != null && t.TimeExpire <= now)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.Status, AlipayTradeStatus.Closed), ct);
    }

    private string Answer(string method, Dictionary<string, string> node)
    {
        var raw = JsonSerializer.Serialize(node, AlipayGateway.BizJson);
        var sign = AlipaySignature.Sign(raw, keys.Alipay);
        return "{\"" + AlipayResponse.NodeOf(method) + "\":" + raw + ",\"sign\":\"" + sign + "\"}";
    }

    private static Dictionary<string, string> Ok() => new() { ["code"] = AlipayGateway.Success, ["msg"] = "Success" };

    private static Dictionary<string, string> Error(string code, string subCode) =>
        new() { ["code"] = code, ["msg"] = code == "40004" ? "Business Failed" : "Invalid Arguments", ["sub_code"] = subCode, ["sub_msg"] = subCode };

    private bool SignedByApp(IReadOnlyDictionary<string, string> p) =>
        p.GetValueOrDefault("sign_type") == "RSA2"
        && AlipaySignature.Verify(AlipaySignature.Content(p!, withoutSignType: false), p.GetValueOrDefault("sign"), keys.AppPublic);

    private static Dictionary<string, string>? Biz(IReadOnlyDictionary<string, string> p)
    {
        try
        {
            using var doc = JsonDocument.Parse(p.GetValueOrDefault("biz_content") ?? "");
            if (doc.RootElement.ValueKind != JsonValueKind.Object) return null;
            var biz = new Dictionary<string, string>();
            foreach (var property in doc.RootElement.EnumerateObject())
                if (!biz.TryAdd(property.Name, property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString()! : property.Value.GetRawText()))
                    return null;
            return biz;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>28 digits, like Alipay's: the date, a channel, then random digits.</summary>
    private static string NewTradeNo(DateTime now) =>
        now.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + "22001"
        + RandomNumberGenerator.GetInt32(100_000_000, 999_999_999).ToString(CultureInfo.InvariantCulture)
        + RandomNumberGenerator.GetInt32(100_000, 999_999).ToString(CultureInfo.InvariantCulture);
}
