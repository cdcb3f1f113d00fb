using System.Diagnostics;
using System.Security.Cryptography;

namespace BlazorShop.Tests.TestSupport;

/// <summary>
/// An RSA key pair made when the tests start, in the formats an operator pastes from Alipay's key tool (PKCS#8 and
/// PKCS#1 PEM, and the bare base64 inside them) — no key is kept in the repository. <see cref="OpensslSignAsync"/>
/// signs with the same key through openssl, an implementation independent of .NET's.
/// </summary>
public static class AlipayTestKeys
{
    private static readonly RSA Key = RSA.Create(2048);

    public static string Pkcs8Pem { get; } = Key.ExportPkcs8PrivateKeyPem();
    public static string Pkcs1Pem { get; } = Key.ExportRSAPrivateKeyPem();
    public static string PublicKeyBase64 { get; } = Convert.ToBase64String(Key.ExportSubjectPublicKeyInfo());

    /// <summary>The base64 body of a PEM, without its header, footer and line breaks.</summary>
    public static string Bare(string pem) => string.Concat(pem.Split('\n').Where(l => !l.StartsWith("-----", StringComparison.Ordinal)));

    /// <summary>SHA256withRSA (PKCS#1 v1.5) over <paramref name="content"/>'s UTF-8, by <c>openssl dgst -sha256 -sign</c>, base64.</summary>
    public static async Task<string> OpensslSignAsync(string content)
    {
        var dir = Directory.CreateTempSubdirectory("bs-alipay-");
        try
        {
            var keyFile = Path.Combine(dir.FullName, "key.pem");
            await File.WriteAllTextAsync(keyFile, Pkcs8Pem);
            if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(keyFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            var dataFile = Path.Combine(dir.FullName, "content.txt");
            await File.WriteAllBytesAsync(dataFile, System.Text.Encoding.UTF8.GetBytes(content));
            var start = new ProcessStartInfo(TestServices.Require(TestServices.Openssl, "openssl"), ["dgst", "-sha256", "-sign", keyFile, "-binary", dataFile])
            {
                RedirectStandardOutput = true, RedirectStandardError = true,
            };
            using var openssl = Process.Start(start)!;
            using var signature = new MemoryStream();
            await openssl.StandardOutput.BaseStream.CopyToAsync(signature);
            var error = await openssl.StandardError.ReadToEndAsync();
            await openssl.WaitForExitAsync();
            if (openssl.ExitCode != 0) throw new InvalidOperationException($"openssl failed: {error}");
            return Convert.ToBase64String(signature.ToArray());
        }
        finally { dir.Delete(recursive: true); }
    }
}
