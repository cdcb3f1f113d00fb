using BlazorShop.Features.Payments;
using BlazorShop.Features.Payments.Alipay;
using BlazorShop.Tests.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Primitives;

namespace BlazorShop.Tests.Features.Payments;

/// <summary>
/// RSA2 signing as Alipay checks it: the string to sign laid out exactly as ALIPAY.md's worked example, and a fixed test
/// vector — a key pair generated for these tests only (openssl genrsa 2048) and the signature openssl computed over the
/// worked example (openssl dgst -sha256 -sign), which PKCS#1 v1.5 makes deterministic.
/// </summary>
public class AlipaySignatureTests
{
    public const string WorkedExample =
        "app_id=9021000123456789&biz_content={\"out_trade_no\":\"20240520143000001\",\"product_code\":\"FAST_INSTANT_TRADE_PAY\"," +
        "\"total_amount\":\"88.88\",\"subject\":\"测试订单 A+B\",\"timeout_express\":\"15m\"}&charset=utf-8&format=JSON" +
        "&method=alipay.trade.page.pay&notify_url=https://shop.example.com/alipay/notify&return_url=https://shop.example.com/alipay/return" +
        "&sign_type=RSA2&timestamp=2024-05-20 14:30:00&version=1.0";

    public const string Pkcs8Pem =
        "-----BEGIN PRIVATE KEY-----\n" +
        "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQCYHMxW4iflbu/4\n" +
        "jRWel7M26wnlaMYmsEwt/IaA2jDffYVpxIZTp/clLRSlRsMCfztiuXCN9HbWEEXP\n" +
        "pivYfLHJIdze8LT22uiGrxHArY5ve9kMo8YPoxHWQ9euN3yUYWWo7K5sIlFWecp8\n" +
        "2r4SUVntDhCZfoX43W/HLMBZq27aXFx9kgyOJhz3WWK4nWrz5BtO8c4ykNAp1STL\n" +
        "9Qtgh4teF0N9EqmWe11AQtnNe+/14x1IRyNDtl5/vLUpUmFfUfdAaDb4nFt6L74S\n" +
        "AwvcEhIIZ9kTL4nlw58m+IQ1L7cYDQszdDDxZxDS5CDQF4ufYf9bUDUOd/xFtdhx\n" +
        "FPu5oIMRAgMBAAECggEAFlqzF/ij+taHGyymtvgdzQ4VFfsEFdb2VxLDtId8Q7fn\n" +
        "ZaANSpmGW1cI7/IaghEvKcbNWPtKhJJ/I/FMg8Ptf7zDgBr5SUbqAbMURY/r/QvD\n" +
        "HdWqq40gN7AgL/j1DLxUi5L+3iLb97ytypP992SvtcQJofkjWKu4O9niibsFLz9F\n" +
        "/YicJ6CGtzSbrEeg0gAmXaSsYNBNR7JX4YCK6Bc0Yj1DDnt+Qj1nebcpy1vXI1nf\n" +
        "jXmGFeug3gdb36fvpjfbN41V7Zskls1WQ+9SsBp2JtD3hT1vnBbXALkf+ZgW523M\n" +
        "3s/rIAyCG4kzLXMouL5WqjEyuwO1nTxr5U3x/wRdjQKBgQDQRxtc4x8lPQqRKPvL\n" +
        "olfmQLhoVZFgN6fA7J7pV31zUbg4crzNwZ3D10Ty3keVEBce3pxrIDI5KBRK7Iwk\n" +
        "/TqBAKajPn+sfjoHNLq5JbUV058C4O2NQFTpWl2QXiAZej7Y0pOzy9ylK2GokUIF\n" +
        "6zv8LCZEaVDytqwi3JOuBTpjrQKBgQC69zhbfumkA5t46aFd/pJpHkcPPSqnc7gQ\n" +
        "NXiwhyVdqBScYXhtKmBSQjAQsPNCqHnlnhZoOh3uUT1JTC0L4IAA2ofrKfdOgaPV\n" +
        "F5IGzSo+WaJ+F0ey8FYuTidMClvk4/3VcB6dbdkzLVAD0ghYeTmw2fb+nS4XSD2j\n" +
        "AgNK2StpdQKBgGTD8jYXYCspBCLEvEWB7prkdxNrSqFNa+jH0f48qOIRCFqvEC9P\n" +
        "3B8y2BXUerdgiH8T3oNpmULT5DV3ijofFZ3yDazvAOAYVcTEuw32c0zzDHxdDDEJ\n" +
        "jcs0QA4nq8oHvb4y6ujS2ZZDjcT7OgEZFPVk+sKgXVyACnn3U6+eseglAoGBAJov\n" +
        "zTNve4D+VJYnniNlERtNk+6WU/nard34KvrxyTfuqGi63VSx0NOlr/vj4gmD5Vse\n" +
        "v33fB9YE+1TaVH/p+cY6ckLWzhPZR+IxWQTw57iZtS7lRgTkvT3cx/2mwVgHScte\n" +
        "dnEAKVJSOR2ddbJ47sHRTyd1OpCKzAIFY++zH2ENAoGAb/AOHCi5xPTxD2Zvevgf\n" +
        "40nL2T+zevXoKcAb+Om9CAVPhSP+POF3/t+nEfR9++6V5sg3ALaIo/Y7/bwnxOqB\n" +
        "uxtGL8rkYbTsHfiY485HC/QXNAU96iniHVZNkAAY9Z48Qs87gCRSMzSEY/OsnAyQ\n" +
        "uvXuDOFEUTx4TcQa8tvHDLQ=\n" +
        "-----END PRIVATE KEY-----\n";

    public const string Pkcs1Pem =
        "-----BEGIN RSA PRIVATE KEY-----\n" +
        "MIIEowIBAAKCAQEAmBzMVuIn5W7v+I0VnpezNusJ5WjGJrBMLfyGgNow332FacSG\n" +
        "U6f3JS0UpUbDAn87YrlwjfR21hBFz6Yr2HyxySHc3vC09trohq8RwK2Ob3vZDKPG\n" +
        "D6MR1kPXrjd8lGFlqOyubCJRVnnKfNq+ElFZ7Q4QmX6F+N1vxyzAWatu2lxcfZIM\n" +
        "jiYc91liuJ1q8+QbTvHOMpDQKdUky/ULYIeLXhdDfRKplntdQELZzXvv9eMdSEcj\n" +
        "Q7Zef7y1KVJhX1H3QGg2+Jxbei++EgML3BISCGfZEy+J5cOfJviENS+3GA0LM3Qw\n" +
        "8WcQ0uQg0BeLn2H/W1A1Dnf8RbXYcRT7uaCDEQIDAQABAoIBABZasxf4o/rWhxss\n" +
        "prb4Hc0OFRX7BBXW9lcSw7SHfEO352WgDUqZhltXCO/yGoIRLynGzVj7SoSSfyPx\n" +
        "TIPD7X+8w4Aa+UlG6gGzFEWP6/0Lwx3VqquNIDewIC/49Qy8VIuS/t4i2/e8rcqT\n" +
        "/fdkr7XECaH5I1iruDvZ4om7BS8/Rf2InCeghrc0m6xHoNIAJl2krGDQTUeyV+GA\n" +
        "iugXNGI9Qw57fkI9Z3m3Kctb1yNZ3415hhXroN4HW9+n76Y32zeNVe2bJJbNVkPv\n" +
        "UrAadibQ94U9b5wW1wC5H/mYFudtzN7P6yAMghuJMy1zKLi+VqoxMrsDtZ08a+VN\n" +
        "8f8EXY0CgYEA0EcbXOMfJT0KkSj7y6JX5kC4aFWRYDenwOye6Vd9c1G4OHK8zcGd\n" +
        "w9dE8t5HlRAXHt6cayAyOSgUSuyMJP06gQCmoz5/rH46BzS6uSW1FdOfAuDtjUBU\n" +
        "6VpdkF4gGXo+2NKTs8vcpSthqJFCBes7/CwmRGlQ8rasItyTrgU6Y60CgYEAuvc4\n" +
        "W37ppAObeOmhXf6SaR5HDz0qp3O4EDV4sIclXagUnGF4bSpgUkIwELDzQqh55Z4W\n" +
        "aDod7lE9SUwtC+CAANqH6yn3ToGj1ReSBs0qPlmifhdHsvBWLk4nTApb5OP91XAe\n" +
        "nW3ZMy1QA9IIWHk5sNn2/p0uF0g9owIDStkraXUCgYBkw/I2F2ArKQQixLxFge6a\n" +
        "5HcTa0qhTWvox9H+PKjiEQharxAvT9wfMtgV1Hq3YIh/E96DaZlC0+Q1d4o6HxWd\n" +
        "8g2s7wDgGFXExLsN9nNM8wx8XQwxCY3LNEAOJ6vKB72+Muro0tmWQ43E+zoBGRT1\n" +
        "ZPrCoF1cgAp591OvnrHoJQKBgQCaL80zb3uA/lSWJ54jZREbTZPullP52q3d+Cr6\n" +
        "8ck37qhout1UsdDTpa/74+IJg+VbHr993wfWBPtU2lR/6fnGOnJC1s4T2UfiMVkE\n" +
        "8Oe4mbUu5UYE5L093Mf9psFYB0nLXnZxAClSUjkdnXWyeO7B0U8ndTqQiswCBWPv\n" +
        "sx9hDQKBgG/wDhwoucT08Q9mb3r4H+NJy9k/s3r16CnAG/jpvQgFT4Uj/jzhd/7f\n" +
        "pxH0ffvulebINwC2iKP2O/28J8TqgbsbRi/K5GG07B34mOPORwv0FzQFPeop4h1W\n" +
        "TZAAGPWePELPO4AkUjM0hGPzrJwMkLr17gzhRFE8eE3EGvLbxwy0\n" +
        "-----END RSA PRIVATE KEY-----\n";

    public const string PublicKeyBase64 = "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAmBzMVuIn5W7v+I0VnpezNusJ5WjGJrBMLfyGgNow332FacSGU6f3JS0UpUbDAn87YrlwjfR21hBFz6Yr2HyxySHc3vC09trohq8RwK2Ob3vZDKPGD6MR1kPXrjd8lGFlqOyubCJRVnnKfNq+ElFZ7Q4QmX6F+N1vxyzAWatu2lxcfZIMjiYc91liuJ1q8+QbTvHOMpDQKdUky/ULYIeLXhdDfRKplntdQELZzXvv9eMdSEcjQ7Zef7y1KVJhX1H3QGg2+Jxbei++EgML3BISCGfZEy+J5cOfJviENS+3GA0LM3Qw8WcQ0uQg0BeLn2H/W1A1Dnf8RbXYcRT7uaCDEQIDAQAB";

    public const string PinnedSignature = "MqnpsVjF++YQLUq6SkTNiwVUphcKD990HQUq8IiBUKwsDr36hGADcyXFP46DnIfcgV5sdhalICWXN7+9mQWHdi36DCxXvCGTT2yRYIw0xmodcThY+ZAbGQGUP8yR5hRYul46+0k8wTpoLc831SU9RgVHnakkPU9tkIcnrLWQKlFnjw+yU1aQC49Y5ejLtD2zkpIpBTW0/+dZsnnCO2jGUCNF6KD01hEdn/8n4iqLAIYzuSNuDIwEth5lGivYWEc5yXI2CFrRrW/ypI+8VdB/I+q9rCxtkmPVqL0C00xYi1qqMeEWD1iXxEj6BN8Wd6k1IqrotHRf2fgwp3DF4UohYw==";

    private static string Bare(string pem) => string.Concat(pem.Split('\n').Where(l => !l.StartsWith("-----", StringComparison.Ordinal)));

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

    [Theory]
    [InlineData("pkcs8")]
    [InlineData("pkcs1")]
    [InlineData("bare-pkcs8")]
    [InlineData("bare-pkcs1")]
    public void Every_key_format_signs_the_worked_example_with_the_pinned_signature(string format)
    {
        var text = format switch
        {
            "pkcs8" => Pkcs8Pem,
            "pkcs1" => Pkcs1Pem,
            "bare-pkcs8" => Bare(Pkcs8Pem),
            _ => Bare(Pkcs1Pem),
        };
        using var key = AlipayKeys.ImportPrivateKey(text);
        Assert.Equal(PinnedSignature, AlipaySignature.Sign(WorkedExample, key));
        Assert.DoesNotContain('\n', PinnedSignature);
    }

    [Fact]
    public void The_pinned_signature_verifies_with_the_public_key_and_nothing_else_does()
    {
        using var key = AlipayKeys.ImportPublicKey(PublicKeyBase64);
        Assert.True(AlipaySignature.Verify(WorkedExample, PinnedSignature, key));
        Assert.False(AlipaySignature.Verify(WorkedExample.Replace("88.88", "0.01"), PinnedSignature, key));
        Assert.False(AlipaySignature.Verify(WorkedExample, "not base64!", key));
        Assert.False(AlipaySignature.Verify(WorkedExample, "", key));
        using var other = System.Security.Cryptography.RSA.Create(2048);
        Assert.False(AlipaySignature.Verify(WorkedExample, AlipaySignature.Sign(WorkedExample, other), key));
    }

    [Fact]
    public void Keys_that_are_not_keys_are_refused_at_start()
    {
        Assert.True(AlipayKeys.IsPrivateKey(Bare(Pkcs1Pem)));
        Assert.True(AlipayKeys.IsPublicKey(PublicKeyBase64));
        Assert.False(AlipayKeys.IsPrivateKey("MIIEvQIBADANBgkqhkiG9w0BAQEFAASC"));
        Assert.False(AlipayKeys.IsPrivateKey(""));
        Assert.False(AlipayKeys.IsPublicKey("not a key"));
    }

    [Fact]
    public void A_page_pay_request_is_signed_over_exactly_what_is_sent_with_a_Beijing_timestamp()
    {
        using var appKey = AlipayKeys.ImportPrivateKey(Pkcs8Pem);
        using var publicKey = AlipayKeys.ImportPublicKey(PublicKeyBase64);
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
        using var key = AlipayKeys.ImportPrivateKey(Pkcs8Pem);
        using var publicKey = AlipayKeys.ImportPublicKey(PublicKeyBase64);
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
