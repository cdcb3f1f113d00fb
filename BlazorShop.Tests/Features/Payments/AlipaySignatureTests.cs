using BlazorShop.Features.Payments;
using BlazorShop.Features.Payments.Alipay;
using BlazorShop.Tests.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Primitives;

namespace BlazorShop.Tests.Features.Payments;

/// <summary>
/// RSA2 signing as Alipay checks it: the string to sign laid out exactly as ALIPAY.md's worked example, and signatures
/// equal to what openssl computes with the same key (<c>openssl dgst -sha256 -sign</c>; PKCS#1 v1.5 is deterministic).
/// The key pair is made when the tests start (<see cref="AlipayTestKeys"/>); none is kept in the repository.
/// </summary>
public class AlipaySignatureTests
{
    public const string WorkedExample =
        "app_id=9021000123456789&biz_content={\"out_trade_no\":\"20240520143000001\",\"product_code\":\"FAST_INSTANT_TRADE_PAY\"," +
        "\"total_amount\":\"88.88\",\"subject\":\"测试订单 A+B\",\"timeout_express\":\"15m\"}&charset=utf-8&format=JSON" +
        "&method=alipay.trade.page.pay&notify_url=https://shop.example.com/alipay/notify&return_url=https://shop.example.com/alipay/return" +
        "&sign_type=RSA2&timestamp=2024-05-20 14:30:00&version=1.0";

    /// <summary>The worked example's parameters in the order a request builds them, with sign and an empty value.</summary>
    private static Dictionary<string, string?> WorkedExampleParameters() => new()
    {
        ["timestamp"] = "2024-05-20 14:30:00",
        ["method"] = "alipay.trade.page.pay",
        ["app_id"] = "9021000123456789",
        ["version"] = "1.0",
        ["sign_type"] = "RSA2",
        ["format"] = "JSON",
        ["charset"] = "utf-8",
        ["notify_url"] = "https://shop.example.com/alipay/notify",
        ["return_url"] = "https://shop.example.com/alipay/return",
        ["app_auth_token"] = "",
        ["biz_content"] = """{"out_trade_no":"20240520143000001","product_code":"FAST_INSTANT_TRADE_PAY","total_amount":"88.88","subject":"测试订单 A+B","timeout_express":"15m"}""",
        ["sign"] = "ignored",
    };

    [Fact]
    public void The_string_to_sign_is_the_worked_example_sorted_raw_without_sign_or_empty_values()
    {
        Assert.Equal(WorkedExample, AlipaySignature.Content(WorkedExampleParameters(), withoutSignType: false));
    }

    [Fact]
    public void Callbacks_leave_sign_type_out_of_the_string_to_sign()
    {
        var content = AlipaySignature.Content(WorkedExampleParameters(), withoutSignType: true);
        Assert.DoesNotContain("sign_type", content);
        Assert.Equal(WorkedExample.Replace("&sign_type=RSA2", ""), content);
    }

    [ServiceFact(Service.Openssl)]
    public async Task Every_key_format_signs_the_worked_example_as_openssl_does_and_the_public_key_verifies_it()
    {
        var expected = await AlipayTestKeys.OpensslSignAsync(WorkedExample);
        foreach (var text in new[] { AlipayTestKeys.Pkcs8Pem, AlipayTestKeys.Pkcs1Pem, AlipayTestKeys.Bare(AlipayTestKeys.Pkcs8Pem), AlipayTestKeys.Bare(AlipayTestKeys.Pkcs1Pem) })
        {
            using var key = AlipayKeys.ImportPrivateKey(text);
            Assert.Equal(expected, AlipaySignature.Sign(WorkedExample, key));
        }
        Assert.DoesNotContain('\n', expected);
        using var publicKey = AlipayKeys.ImportPublicKey(AlipayTestKeys.PublicKeyBase64);
        Assert.True(AlipaySignature.Verify(WorkedExample, expected, publicKey));
    }

    [Fact]
    public void A_signature_verifies_with_the_public_key_and_nothing_else_does()
    {
        using var appKey = AlipayKeys.ImportPrivateKey(AlipayTestKeys.Pkcs8Pem);
        var signature = AlipaySignature.Sign(WorkedExample, appKey);
        using var key = AlipayKeys.ImportPublicKey(AlipayTestKeys.PublicKeyBase64);
        Assert.True(AlipaySignature.Verify(WorkedExample, signature, key));
        Assert.False(AlipaySignature.Verify(WorkedExample.Replace("88.88", "0.01"), signature, key));
        Assert.False(AlipaySignature.Verify(WorkedExample, "not base64!", key));
        Assert.False(AlipaySignature.Verify(WorkedExample, "", key));
        using var other = System.Security.Cryptography.RSA.Create(2048);
        Assert.False(AlipaySignature.Verify(WorkedExample, AlipaySignature.Sign(WorkedExample, other), key));
    }

    [Fact]
    public void Keys_that_are_not_keys_are_refused_at_start()
    {
        Assert.True(AlipayKeys.IsPrivateKey(AlipayTestKeys.Bare(AlipayTestKeys.Pkcs1Pem)));
        Assert.True(AlipayKeys.IsPublicKey(AlipayTestKeys.PublicKeyBase64));
        Assert.False(AlipayKeys.IsPrivateKey("MIIEvQIBADANBgkqhkiG9w0BAQEFAASC"));
        Assert.False(AlipayKeys.IsPrivateKey(""));
        Assert.False(AlipayKeys.IsPublicKey("not a key"));
    }

    [Fact]
    public void A_page_pay_request_is_signed_over_exactly_what_is_sent_with_a_Beijing_timestamp()
    {
        using var appKey = AlipayKeys.ImportPrivateKey(AlipayTestKeys.Pkcs8Pem);
        using var publicKey = AlipayKeys.ImportPublicKey(AlipayTestKeys.PublicKeyBase64);
        // 06:30 UTC is 14:30 in Beijing, whatever this machine's zone.
        var clock = new TestClock(new DateTimeOffset(2024, 5, 20, 6, 30, 0, TimeSpan.Zero));
        var gateway = new AlipayGateway("Alipay", new AlipaySettings(AlipayOptions.SandboxGateway, "9021000123456789", appKey, publicKey, null),
            new UnusedTransport(), clock, NullLogger<AlipayGateway>.Instance);

        var form = gateway.CreatePagePay(new PagePayOrder("20240520143000001", 88.88m, "测试订单 A+B/=&", new DateTime(2024, 5, 20, 6, 45, 0, DateTimeKind.Utc),
            "https://shop.example.com/alipay/notify", "https://shop.example.com/alipay/return"));

        var fields = form.Fields.ToDictionary(f => f.Key, f => f.Value);
        Assert.Equal("2024-05-20 14:30:00", fields["timestamp"]);
        Assert.Equal("""{"out_trade_no":"20240520143000001","product_code":"FAST_INSTANT_TRADE_PAY","total_amount":"88.88","subject":"测试订单 A+B","time_expire":"2024-05-20 14:45:00"}""",
            fields["biz_content"]);
        Assert.Equal("RSA2", fields["sign_type"]);
        Assert.True(AlipaySignature.Verify(AlipaySignature.Content(fields!, withoutSignType: false), fields["sign"], publicKey));
        Assert.Equal(AlipayOptions.SandboxGateway + "?charset=utf-8", form.Action);
        // The GET form URL-encodes the very same values ("+" and spaces included).
        Assert.Contains("timestamp=2024-05-20%2014%3A30%3A00", form.GetUrl);
        Assert.Contains("%E6%B5%8B%E8%AF%95%E8%AE%A2%E5%8D%95%20A%2BB", form.GetUrl);
    }

    [Fact]
    public void Callback_parameters_with_a_repeated_key_or_another_sign_type_do_not_verify()
    {
        using var key = AlipayKeys.ImportPrivateKey(AlipayTestKeys.Pkcs8Pem);
        using var publicKey = AlipayKeys.ImportPublicKey(AlipayTestKeys.PublicKeyBase64);
        var gateway = new AlipayGateway("Alipay", new AlipaySettings(AlipayOptions.SandboxGateway, "9021000123456789", key, publicKey, null),
            new UnusedTransport(), new TestClock(), NullLogger<AlipayGateway>.Instance);
        var fields = new Dictionary<string, string?> { ["out_trade_no"] = "1", ["total_amount"] = "1.00", ["trade_status"] = "TRADE_SUCCESS", ["sign_type"] = "RSA2" };
        fields["sign"] = AlipaySignature.Sign(AlipaySignature.Content(fields, withoutSignType: true), key); // signed as Alipay would (same test key)
        Assert.True(gateway.VerifyCallback(fields.Select(f => KeyValuePair.Create(f.Key, new StringValues(f.Value)))).Valid);

        var repeated = fields.Select(f => KeyValuePair.Create(f.Key, f.Key == "total_amount" ? new StringValues(["1.00", "9999.00"]) : new StringValues(f.Value)));
        Assert.False(gateway.VerifyCallback(repeated).Valid);
        var rsa1 = fields.Select(f => KeyValuePair.Create(f.Key, new StringValues(f.Key == "sign_type" ? "RSA" : f.Value)));
        Assert.False(gateway.VerifyCallback(rsa1).Valid);
    }

    private sealed class UnusedTransport : IAlipayTransport
    {
        public Task<string> PostAsync(string gatewayUrl, IReadOnlyDictionary<string, string> parameters, CancellationToken ct) =>
            throw new InvalidOperationException("no call expected");
    }
}
