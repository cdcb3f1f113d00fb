using System.Security.Cryptography;
using System.Text;

namespace BlazorShop.Features.Payments.Alipay;

/// <summary>
/// "RSA2": SHA256withRSA, PKCS#1 v1.5 padding, Base64 without line breaks, over the string to sign — every parameter
/// except <c>sign</c> (and, on what Alipay sends us, except <c>sign_type</c> too), empty values dropped, keys sorted
/// ordinally, <c>key=value</c> joined with <c>&amp;</c>, values RAW (never URL-encoded).
/// </summary>
public static class AlipaySignature
{
    /// <summary>The string to sign. <paramref name="withoutSignType"/>: for notify and return parameters.</summary>
    public static string Content(IEnumerable<KeyValuePair<string, string?>> parameters, bool withoutSignType)
    {
        var sorted = parameters
            .Where(p => p.Key != "sign" && !(withoutSignType && p.Key == "sign_type") && !string.IsNullOrEmpty(p.Value))
            .OrderBy(p => p.Key, StringComparer.Ordinal);
        var text = new StringBuilder();
        foreach (var (key, value) in sorted)
        {
            if (text.Length > 0) text.Append('&');
            text.Append(key).Append('=').Append(value);
        }
        return text.ToString();
    }

    public static string Sign(string content, RSA privateKey) =>
        Convert.ToBase64String(privateKey.SignData(Encoding.UTF8.GetBytes(content), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1));

    public static bool Verify(string content, string? signature, RSA publicKey)
    {
        if (string.IsNullOrEmpty(signature)) return false;
        var bytes = new byte[signature.Length];
        if (!Convert.TryFromBase64String(signature, bytes, out var length)) return false;
        try
        {
            return publicKey.VerifyData(Encoding.UTF8.GetBytes(content), bytes.AsSpan(0, length), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        }
        catch (CryptographicException)
        {
            return false;
        }
    }
}
