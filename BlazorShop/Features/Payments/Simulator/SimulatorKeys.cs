using System.Security.Cryptography;
using BlazorShop.Infrastructure.Security;

namespace BlazorShop.Features.Payments.Simulator;

/// <summary>
/// The simulator's two key pairs — the app's (requests are signed with its private key, the simulator checks them
/// with its public key) and the simulated Alipay's (answers and callbacks) — generated at first start and kept in
/// the data folder (0600 PEM files), never in the repository. Instances sharing the data folder share the keys.
/// </summary>
public sealed class SimulatorKeys
{
    public const string AppId = "9021000000000001";
    public const string SellerId = "2088000000000001";
    public const string AppKeyFile = "payment-simulator-app-key.pem";
    public const string AlipayKeyFile = "payment-simulator-alipay-key.pem";

    public SimulatorKeys(string dataDirectory)
    {
        PrivateFiles.EnsureDirectory(dataDirectory);
        App = LoadOrCreate(Path.Combine(dataDirectory, AppKeyFile));
        Alipay = LoadOrCreate(Path.Combine(dataDirectory, AlipayKeyFile));
        AppPublic = PublicOf(App);
        AlipayPublic = PublicOf(Alipay);
    }

    /// <summary>The app's private key (signs requests to the simulator).</summary>
    public RSA App { get; }
    public RSA AppPublic { get; }
    /// <summary>The simulated Alipay's private key (signs answers, notifies and returns).</summary>
    public RSA Alipay { get; }
    public RSA AlipayPublic { get; }

    private static RSA PublicOf(RSA key)
    {
        var rsa = RSA.Create();
        rsa.ImportSubjectPublicKeyInfo(key.ExportSubjectPublicKeyInfo(), out _);
        return rsa;
    }

    private static RSA LoadOrCreate(string path)
    {
        if (!File.Exists(path))
        {
            using var generated = RSA.Create(2048);
            try
            {
                using var stream = PrivateFiles.Create(path);
                using var writer = new StreamWriter(stream);
                writer.Write(generated.ExportPkcs8PrivateKeyPem());
            }
            catch (IOException) when (File.Exists(path))
            {
                // Another instance on the same data folder wrote it first: use theirs.
            }
        }
        PrivateFiles.Restrict(path);
        var rsa = RSA.Create();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                rsa.ImportFromPem(File.ReadAllText(path));
                return rsa;
            }
            catch (ArgumentException) when (attempt < 20)
            {
                Thread.Sleep(50); // the other instance is still writing it
            }
        }
    }
}
