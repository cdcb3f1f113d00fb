using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.Extensions.Primitives;

namespace BlazorShop.Features.Payments.Alipay;

/// <summary>
/// Alipay's open API, ours (no SDK restores here): page pay requests, query/refund/close calls and callback checks,
/// exactly as ALIPAY.md describes. The real gateway and the simulator differ only in their <see cref="AlipaySettings"/>
/// and transport.
/// </summary>
public sealed class AlipayGateway(string name, AlipaySettings settings, IAlipayTransport transport, TimeProvider clock,
    ILogger<AlipayGateway> log) : IPaymentGateway
{
    public const string PagePayMethod = "alipay.trade.page.pay";
    public const string QueryMethod = "alipay.trade.query";
    public const string RefundMethod = "alipay.trade.refund";
    public const string CloseMethod = "alipay.trade.close";
    public const string Success = "10000";

    /// <summary>biz_content as sent: Chinese and "+" stay as they are (the signed and the sent string are the same one).</summary>
    public static readonly JsonSerializerOptions BizJson = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public string Name => name;
    public string AppId => settings.AppId;
    public string? SellerId => settings.SellerId;

    public PagePayForm CreatePagePay(PagePayOrder order)
    {
        var biz = new Dictionary<string, string>
        {
            ["out_trade_no"] = order.OutTradeNo,
            ["product_code"] = "FAST_INSTANT_TRADE_PAY",
            ["total_amount"] = AlipayAmount.ToText(order.Amount),
            ["subject"] = CleanSubject(order.Subject),
        };
        if (order.ExpiresAtUtc is { } expires) biz["time_expire"] = BeijingTime.ToText(expires);
        var fields = Signed(PagePayMethod, biz, order.NotifyUrl, order.ReturnUrl);
        return new PagePayForm(settings.GatewayUrl, fields.ToList());
    }

    /// <summary>The common parameters, biz_content and the signature, in the order they are sent.</summary>
    public Dictionary<string, string> Signed(string method, IReadOnlyDictionary<string, string> biz, string? notifyUrl = null, string? returnUrl = null)
    {
        var p = new Dictionary<string, string>
        {
            ["app_id"] = settings.AppId,
            ["method"] = method,
            ["format"] = "JSON",
            ["charset"] = "utf-8",
            ["sign_type"] = "RSA2",
            ["timestamp"] = BeijingTime.ToText(clock.GetUtcNow()),
            ["version"] = "1.0",
        };
        if (!string.IsNullOrEmpty(notifyUrl)) p["notify_url"] = notifyUrl;
        if (!string.IsNullOrEmpty(returnUrl)) p["return_url"] = returnUrl;
        p["biz_content"] = JsonSerializer.Serialize(biz, BizJson);
        p["sign"] = AlipaySignature.Sign(AlipaySignature.Content(p!, withoutSignType: false), settings.AppPrivateKey);
        return p;
    }

    public CallbackCheck VerifyCallback(IEnumerable<KeyValuePair<string, StringValues>> parameters)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        var valid = true;
        foreach (var (key, values) in parameters)
        {
            if (values.Count != 1 || !fields.TryAdd(key, values[0] ?? "")) valid = false; // a repeated key: which one was signed?
        }
        valid = valid && fields.TryGetValue("sign_type", out var type) && type == "RSA2"
            && AlipaySignature.Verify(AlipaySignature.Content(fields!, withoutSignType: true), fields.GetValueOrDefault("sign"), settings.AlipayPublicKey);
        return new CallbackCheck(valid, fields);
    }

    public async Task<TradeQuery> QueryAsync(string outTradeNo, CancellationToken ct = default)
    {
        var (node, error) = await CallAsync(QueryMethod, new Dictionary<string, string> { ["out_trade_no"] = outTradeNo }, ct);
        if (node is not { } n) return new TradeQuery(TradeQueryOutcome.Failed, Error: error);
        var code = Text(n, "code");
        if (code != Success)
        {
            var sub = Text(n, "sub_code");
            return sub == "ACQ.TRADE_NOT_EXIST"
                ? new TradeQuery(TradeQueryOutcome.NotExist)
                : new TradeQuery(TradeQueryOutcome.Failed, Error: $"{code} {sub}".Trim());
        }
        if (Text(n, "out_trade_no") != outTradeNo) return new TradeQuery(TradeQueryOutcome.Failed, Error: "another trade in the answer");
        return new TradeQuery(TradeQueryOutcome.Found, Text(n, "trade_status"), Text(n, "trade_no"), AlipayAmount.Parse(Text(n, "total_amount")));
    }

    public async Task<GatewayResult> RefundAsync(string outTradeNo, decimal amount, string requestNo, string reason, CancellationToken ct = default)
    {
        var biz = new Dictionary<string, string>
        {
            ["out_trade_no"] = outTradeNo,
            ["refund_amount"] = AlipayAmount.ToText(amount),
            ["out_request_no"] = requestNo,
        };
        if (!string.IsNullOrWhiteSpace(reason)) biz["refund_reason"] = CleanSubject(reason);
        return await ResultAsync(RefundMethod, biz, ct);
    }

    public Task<GatewayResult> CloseAsync(string outTradeNo, CancellationToken ct = default) =>
        ResultAsync(CloseMethod, new Dictionary<string, string> { ["out_trade_no"] = outTradeNo }, ct);

    private async Task<GatewayResult> ResultAsync(string method, Dictionary<string, string> biz, CancellationToken ct)
    {
        var (node, error) = await CallAsync(method, biz, ct);
        if (node is not { } n) return new GatewayResult(false, error);
        var code = Text(n, "code");
        return code == Success ? new GatewayResult(true) : new GatewayResult(false, $"{code} {Text(n, "sub_code")}".Trim());
    }

    /// <summary>Sends the call and returns the VERIFIED node (parsed from the signed raw substring only), or why not.</summary>
    private async Task<(JsonElement? Node, string? Error)> CallAsync(string method, IReadOnlyDictionary<string, string> biz, CancellationToken ct)
    {
        string body;
        try
        {
            body = await transport.PostAsync(settings.GatewayUrl, Signed(method, biz), ct);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
        {
            log.LogWarning(e, "{Gateway} {Method}: gateway unreachable", name, method);
            return (null, "unreachable");
        }
        if (!AlipayResponse.TryExtract(body, AlipayResponse.NodeOf(method), out var raw, out var sign, out var isError))
        {
            log.LogWarning("{Gateway} {Method}: malformed answer", name, method);
            return (null, "malformed answer");
        }
        if (!AlipaySignature.Verify(raw, sign, settings.AlipayPublicKey))
        {
            // Gateway errors (40002 …) may come unsigned: reported as a failure, their content never trusted.
            log.LogWarning("{Gateway} {Method}: answer not signed by the gateway ({Kind})", name, method, isError ? "error_response" : "response");
            return (null, isError ? "gateway error" : "bad signature");
        }
        using var doc = JsonDocument.Parse(raw);
        return (doc.RootElement.Clone(), null);
    }

    private static string? Text(JsonElement node, string name) =>
        node.TryGetProperty(name, out var v) ? v.ValueKind == JsonValueKind.String ? v.GetString() : v.GetRawText() : null;

    /// <summary>Subjects may not contain "/", "=" or "&amp;"; at most 256 characters.</summary>
    public static string CleanSubject(string subject)
    {
        var clean = new string(subject.Where(c => c is not ('/' or '=' or '&') && !char.IsControl(c)).ToArray()).Trim();
        return clean.Length > 256 ? clean[..256] : clean;
    }
}
