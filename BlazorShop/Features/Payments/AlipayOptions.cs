using System.ComponentModel.DataAnnotations;
using BlazorShop.Features.Payments.Alipay;

namespace BlazorShop.Features.Payments;

/// <summary>
/// The real Alipay gateway (section <c>Payment:Alipay</c>), used when <c>Payment:Provider</c> is <c>Alipay</c>; checked
/// at start then. Keys come from user secrets or the environment, never from the repository.
/// </summary>
public sealed class AlipayOptions
{
    public const string Section = "Payment:Alipay";
    public const string ProductionGateway = "https://openapi.alipay.com/gateway.do";
    public const string SandboxGateway = "https://openapi-sandbox.dl.alipaydev.com/gateway.do";

    public string GatewayUrl { get; set; } = ProductionGateway;
    public string? AppId { get; set; }
    /// <summary>PKCS#1 or PKCS#8 PEM, or bare base64 as Alipay's key tool writes it.</summary>
    public string? AppPrivateKey { get; set; }
    /// <summary>Alipay's public key (bare base64 SubjectPublicKeyInfo, or PEM).</summary>
    public string? AlipayPublicKey { get; set; }
    /// <summary>When set, a notify must name this seller (the merchant's 2088… id).</summary>
    public string? SellerId { get; set; }

    [Range(typeof(TimeSpan), "00:00:01", "00:01:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>What is missing or wrong for the real gateway (empty when usable).</summary>
    public IEnumerable<string> Problems()
    {
        if (!(Uri.TryCreate(GatewayUrl, UriKind.Absolute, out var uri) && uri.Scheme == "https"))
            yield return "Payment:Alipay:GatewayUrl must be an https URL";
        if (string.IsNullOrWhiteSpace(AppId) || !AppId.All(char.IsAsciiDigit)) yield return "Payment:Alipay:AppId must be the app's numeric id";
        if (!AlipayKeys.IsPrivateKey(AppPrivateKey)) yield return "Payment:Alipay:AppPrivateKey is missing or not an RSA private key";
        if (!AlipayKeys.IsPublicKey(AlipayPublicKey)) yield return "Payment:Alipay:AlipayPublicKey is missing or not an RSA public key";
    }
}
