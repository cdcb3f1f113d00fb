using System.Security.Cryptography;

namespace BlazorShop.Features.Payments.Alipay;

/// <summary>
/// RSA keys as Alipay's tools and documents hand them out: the app private key as PKCS#1 PEM (<c>BEGIN RSA PRIVATE
/// KEY</c>), PKCS#8 PEM (<c>BEGIN PRIVATE KEY</c>) or bare base64 of either; the Alipay public key as bare base64 of a
/// SubjectPublicKeyInfo (or PEM).
/// </summary>
public static class AlipayKeys
{
    public static RSA ImportPrivateKey(string text)
    {
        var rsa = RSA.Create();
        try
        {
            var trimmed = text.Trim();
            if (trimmed.Contains("-----BEGIN", StringComparison.Ordinal))
            {
                rsa.ImportFromPem(trimmed);
                return rsa;
            }
            var bytes = Convert.FromBase64String(string.Concat(trimmed.Where(c => !char.IsWhiteSpace(c))));
            try { rsa.ImportPkcs8PrivateKey(bytes, out _); }
            catch (CryptographicException) { rsa.ImportRSAPrivateKey(bytes, out _); }
            return rsa;
        }
        catch
        {
            rsa.Dispose();
            throw;
        }
    }

    public static RSA ImportPublicKey(string text)
    {
        var rsa = RSA.Create();
        try
        {
            var trimmed = text.Trim();
            if (trimmed.Contains("-----BEGIN", StringComparison.Ordinal))
            {
                rsa.ImportFromPem(trimmed);
                return rsa;
            }
            var bytes = Convert.FromBase64String(string.Concat(trimmed.Where(c => !char.IsWhiteSpace(c))));
            try { rsa.ImportSubjectPublicKeyInfo(bytes, out _); }
            catch (CryptographicException) { rsa.ImportRSAPublicKey(bytes, out _); }
            return rsa;
        }
        catch
        {
            rsa.Dispose();
            throw;
        }
    }

    /// <summary>Whether the text is a usable private key (start-up validation).</summary>
    public static bool IsPrivateKey(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return false;
        try { using var _ = ImportPrivateKey(text); return true; }
        catch (Exception e) when (e is CryptographicException or FormatException or ArgumentException) { return false; }
    }

    /// <summary>Whether the text is a usable public key (start-up validation).</summary>
    public static bool IsPublicKey(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return false;
        try { using var _ = ImportPublicKey(text); return true; }
        catch (Exception e) when (e is CryptographicException or FormatException or ArgumentException) { return false; }
    }
}
