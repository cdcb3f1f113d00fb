using BlazorShop.Features.Payments;
using BlazorShop.Features.Payments.Alipay;
using BlazorShop.Tests.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;

namespace BlazorShop.Tests.Features.Payments;

/// <summary>
/// Server-to-server answers are verified over the RAW substring of the <c>…_response</c> node (never re-serialised)
/// and only that substring is parsed — so whitespace, escapes and key order in the gateway's JSON don't matter, and a
/// forged copy of the node beside the signed one is refused.
/// </summary>
public class AlipayResponseTests
{
    private const string Node = "alipay_trade_query_response";

    private static readonly System.Security.Cryptography.RSA AlipayKey = AlipayKeys.ImportPrivateKey(AlipayTestKeys.Pkcs8Pem);

    private static string Sign(string raw) => AlipaySignature.Sign(raw, AlipayKey);

    /// <summary>The gateway under test talks to a canned answer (the "Alipay" key is the pinned test key).</summary>
    private static AlipayGateway GatewayAnswering(string body)
    {
        var appKey = System.Security.Cryptography.RSA.Create(2048);
        return new AlipayGateway("Alipay", new AlipaySettings(AlipayOptions.SandboxGateway, "9021000123456789", appKey,
            AlipayKeys.ImportPublicKey(AlipayTestKeys.PublicKeyBase64), null), new CannedTransport(body), new TestClock(), NullLogger<AlipayGateway>.Instance);
    }

    [Fact]
    public void The_signed_node_is_the_raw_text_between_its_braces_whatever_its_strings_contain()
    {
        // Braces, quotes and escapes inside strings, odd whitespace, a nested object, non-ASCII kept as sent.
        const string raw = "{ \"code\":\"10000\",\"msg\":\"Success\",\"subject\":\"{not a brace} \\\"quoted\\\" \\\\\",\"nested\":{\"a\":[1,{\"b\":\"}\"}]},\"note\":\"支付\" }";
        var body = "{\"" + Node + "\":" + raw + " ,\n \"sign\" : \"" + Sign(raw) + "\"}";

        Assert.True(AlipayResponse.TryExtract(body, Node, out var extracted, out var sign, out var isError));
        Assert.Equal(raw, extracted);
        Assert.False(isError);
        Assert.True(AlipaySignature.Verify(extracted, sign, AlipayKeys.ImportPublicKey(AlipayTestKeys.PublicKeyBase64)));
    }

    [Fact]
    public async Task A_query_answer_is_trusted_only_when_its_raw_node_verifies()
    {
        const string raw = """{"code":"10000","msg":"Success","trade_no":"2024052022001400000000000001","out_trade_no":"20240520143000001","trade_status":"TRADE_SUCCESS","total_amount":"88.88"}""";
        var good = await GatewayAnswering("{\"" + Node + "\":" + raw + ",\"sign\":\"" + Sign(raw) + "\"}").QueryAsync("20240520143000001");
        Assert.Equal(TradeQueryOutcome.Found, good.Outcome);
        Assert.Equal("TRADE_SUCCESS", good.TradeStatus);
        Assert.Equal(88.88m, good.Amount);

        // Re-serialised (here: one space added) the signature no longer matches: nothing is trusted.
        var respaced = raw.Replace("\"msg\":", "\"msg\": ");
        var tampered = await GatewayAnswering("{\"" + Node + "\":" + respaced + ",\"sign\":\"" + Sign(raw) + "\"}").QueryAsync("20240520143000001");
        Assert.Equal(TradeQueryOutcome.Failed, tampered.Outcome);
    }

    [Fact]
    public async Task A_duplicate_key_forgery_is_refused()
    {
        // A genuine signed answer "not paid", and a forged copy of the node saying "paid" that a last-key-wins parser would read.
        const string genuine = """{"code":"10000","msg":"Success","out_trade_no":"20240520143000001","trade_status":"WAIT_BUYER_PAY","total_amount":"88.88"}""";
        const string forged = """{"code":"10000","msg":"Success","out_trade_no":"20240520143000001","trade_status":"TRADE_SUCCESS","trade_no":"1","total_amount":"88.88"}""";
        var after = "{\"" + Node + "\":" + genuine + ",\"sign\":\"" + Sign(genuine) + "\",\"" + Node + "\":" + forged + "}";
        var before = "{\"" + Node + "\":" + forged + ",\"" + Node + "\":" + genuine + ",\"sign\":\"" + Sign(genuine) + "\"}";

        Assert.False(AlipayResponse.TryExtract(after, Node, out _, out _, out _));
        Assert.False(AlipayResponse.TryExtract(before, Node, out _, out _, out _));
        Assert.Equal(TradeQueryOutcome.Failed, (await GatewayAnswering(after).QueryAsync("20240520143000001")).Outcome);
        Assert.Equal(TradeQueryOutcome.Failed, (await GatewayAnswering(before).QueryAsync("20240520143000001")).Outcome);

        // Nor does a key inside the signed node that repeats one outside it change what is read.
        var inside = """{"code":"10000","msg":"Success","out_trade_no":"20240520143000001","trade_status":"WAIT_BUYER_PAY","total_amount":"88.88"}""";
        var shadow = "{\"" + Node + "\":" + inside + ",\"sign\":\"" + Sign(inside) + "\",\"trade_status\":\"TRADE_SUCCESS\"}";
        var read = await GatewayAnswering(shadow).QueryAsync("20240520143000001");
        Assert.Equal(TradeQueryOutcome.Found, read.Outcome);
        Assert.Equal("WAIT_BUYER_PAY", read.TradeStatus);
    }

    [Fact]
    public async Task Unsigned_gateway_errors_and_answers_about_another_trade_are_not_trusted()
    {
        var unsigned = await GatewayAnswering("""{"error_response":{"code":"40002","msg":"Invalid Arguments","sub_code":"isv.invalid-signature"}}""").QueryAsync("1");
        Assert.Equal(TradeQueryOutcome.Failed, unsigned.Outcome);

        const string notExist = """{"code":"40004","msg":"Business Failed","sub_code":"ACQ.TRADE_NOT_EXIST","sub_msg":"trade not exist"}""";
        var missing = await GatewayAnswering("{\"" + Node + "\":" + notExist + ",\"sign\":\"" + Sign(notExist) + "\"}").QueryAsync("1");
        Assert.Equal(TradeQueryOutcome.NotExist, missing.Outcome);

        const string other = """{"code":"10000","msg":"Success","out_trade_no":"OTHER","trade_status":"TRADE_SUCCESS","total_amount":"88.88"}""";
        var mixedUp = await GatewayAnswering("{\"" + Node + "\":" + other + ",\"sign\":\"" + Sign(other) + "\"}").QueryAsync("20240520143000001");
        Assert.Equal(TradeQueryOutcome.Failed, mixedUp.Outcome);

        foreach (var broken in new[] { "", "[]", "{", "{\"" + Node + "\":{\"code\":\"10000\"", "<html>502</html>", "{\"sign\":\"x\"}" })
            Assert.Equal(TradeQueryOutcome.Failed, (await GatewayAnswering(broken).QueryAsync("1")).Outcome);
    }

    private sealed class CannedTransport(string body) : IAlipayTransport
    {
        public Task<string> PostAsync(string gatewayUrl, IReadOnlyDictionary<string, string> parameters, CancellationToken ct) => Task.FromResult(body);
    }
}
