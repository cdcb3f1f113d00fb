using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace BlazorShop.Infrastructure.Security;

/// <summary>
/// The certificate that encrypts the Data Protection key ring at rest. DataProtection:CertificatePath names a .pfx
/// (DataProtection:CertificatePassword its password); when the file does not exist it is generated there on first
/// start (self-signed RSA, 0600), by default in the data directory. With the key ring in the database, whoever
/// holds a database copy (a backup, a replica, the SQLite file) can no longer forge cookies: they also need this
/// file. Instances sharing a database must share this certificate (docker-compose mounts one volume for it;
/// whichever instance starts first creates it, the write is atomic).
/// </summary>
public sealed class DataProtectionCertificate
{
    public const string FileName = "dataprotection-keys.pfx";

    public X509Certificate2 Certificate { get; }
    public string Path { get; }
    public bool Generated { get; }

    private DataProtectionCertificate(X509Certificate2 certificate, string path, bool generated) =>
        (Certificate, Path, Generated) = (certificate, path, generated);

    public static string PathFor(IConfiguration config, string dataDirectory) =>
        config[$"{KeyRingOptions.Section}:{nameof(KeyRingOptions.CertificatePath)}"] is { Length: > 0 } configured
            ? System.IO.Path.GetFullPath(configured)
            : System.IO.Path.Combine(dataDirectory, FileName);

    public static DataProtectionCertificate LoadOrCreate(string path, string? password, TimeProvider? clock = null)
    {
        if (File.Exists(path)) return new(Load(path, password), path, false);

        var directory = System.IO.Path.GetDirectoryName(path)!;
        PrivateFiles.EnsureDirectory(directory);
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=BlazorShop Data Protection key encryption", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyEncipherment | X509KeyUsageFlags.DataEncipherment, critical: true));
        using var created = request.CreateSelfSigned((clock ?? TimeProvider.System).GetUtcNow().AddDays(-1), (clock ?? TimeProvider.System).GetUtcNow().AddYears(100));
        var bytes = created.Export(X509ContentType.Pfx, password);

        // Temp file + rename without overwrite: a second instance starting at the same moment keeps the first one's.
        var temp = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        using (var file = PrivateFiles.Create(temp)) file.Write(bytes);
        var generated = true;
        try { File.Move(temp, path, overwrite: false); }
        catch (IOException) when (File.Exists(path))
        {
            File.Delete(temp);
            generated = false;
        }
        return new(Load(path, password), path, generated);
    }

    private static X509Certificate2 Load(string path, string? password)
    {
        var certificate = X509CertificateLoader.LoadPkcs12FromFile(path, password, X509KeyStorageFlags.EphemeralKeySet);
        if (!certificate.HasPrivateKey)
            throw new CryptographicException($"{path} has no private key: the key ring could not be decrypted with it");
        return certificate;
    }
}
