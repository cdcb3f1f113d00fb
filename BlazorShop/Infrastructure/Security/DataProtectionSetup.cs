using BlazorShop.Infrastructure.Configuration;
using BlazorShop.Infrastructure.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BlazorShop.Infrastructure.Security;

public static class DataProtectionSetup
{
    /// <summary>
    /// The key ring lives in the database (<see cref="DatabaseXmlRepository"/>) and is encrypted at rest with the
    /// <see cref="DataProtectionCertificate"/> (DataProtection:CertificatePath, generated on first start when the
    /// file does not exist; default {DataDirectory}/dataprotection-keys.pfx). Keys written before encryption was
    /// turned on stay readable and are retired by the normal 90-day rotation.
    /// </summary>
    public static IServiceCollection AddShopDataProtection(this IServiceCollection services, IConfiguration config, string dataDirectory)
    {
        var builder = services.AddDataProtection().SetApplicationName("BlazorShop");
        var path = DataProtectionCertificate.PathFor(config, dataDirectory);
        var password = services.AddValidatedOptions<KeyRingOptions>(config, KeyRingOptions.Section).CertificatePassword;
        DataProtectionCertificate? certificate = null;
        Exception? error = null;
        try { certificate = DataProtectionCertificate.LoadOrCreate(path, string.IsNullOrEmpty(password) ? null : password); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.Cryptography.CryptographicException)
        {
            // Reported by the start-up guard (it resolves DataProtectionCertificate), in one log line with exit code 1.
            error = e;
        }
        if (certificate is not null) builder.ProtectKeysWithCertificate(certificate.Certificate);
        services.AddSingleton(_ => certificate ?? throw error!);
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(sp => new ConfigureOptions<KeyManagementOptions>(
            o => o.XmlRepository = new DatabaseXmlRepository(sp.GetRequiredService<IDbContextFactory<ShopDbContext>>())));
        return services;
    }
}
