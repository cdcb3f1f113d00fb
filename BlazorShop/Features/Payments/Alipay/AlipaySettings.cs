using System.Security.Cryptography;

namespace BlazorShop.Features.Payments.Alipay;

/// <summary>One gateway's coordinates and keys: the real Alipay (from configuration) or the simulator (generated).</summary>
public sealed record AlipaySettings(string GatewayUrl, string AppId, RSA AppPrivateKey, RSA AlipayPublicKey, string? SellerId);
