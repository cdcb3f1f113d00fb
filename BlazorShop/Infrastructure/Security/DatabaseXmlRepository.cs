using System.Xml.Linq;
using BlazorShop.Domain;
using Microsoft.AspNetCore.DataProtection;
using BlazorShop.Infrastructure.Data;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BlazorShop.Infrastructure.Security;

/// <summary>
/// Keeps the Data Protection key ring in the database, so auth cookies, antiforgery tokens and the guest cart
/// survive restarts and every app instance can read what another wrote. (The EF Core package for this does not
/// restore here; this is the same thing in a page of code.)
/// </summary>
public sealed class DatabaseXmlRepository(IDbContextFactory<ShopDbContext> contexts) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var db = contexts.CreateDbContext();
        return db.DataProtectionKeys.AsNoTracking().Select(k => k.Xml).ToList()
            .Where(x => !string.IsNullOrEmpty(x)).Select(x => XElement.Parse(x!)).ToList();
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        using var db = contexts.CreateDbContext();
        db.DataProtectionKeys.Add(new DataProtectionKey { FriendlyName = friendlyName, Xml = element.ToString(SaveOptions.DisableFormatting) });
        db.SaveChanges();
    }
}

public static class DataProtectionSetup
{
    /// <param name="config">
    /// DataProtection:CertificatePath (a .pfx) and DataProtection:CertificatePassword, when set, encrypt the keys at
    /// rest with that certificate (every instance needs the same certificate); otherwise they are stored as plain XML
    /// in the database and protected only by the database's own access control.
    /// </param>
    public static IServiceCollection AddShopDataProtection(this IServiceCollection services, IConfiguration config)
    {
        var builder = services.AddDataProtection().SetApplicationName("BlazorShop");
        if (config["DataProtection:CertificatePath"] is { Length: > 0 } path)
            builder.ProtectKeysWithCertificate(System.Security.Cryptography.X509Certificates.X509CertificateLoader
                .LoadPkcs12FromFile(path, config["DataProtection:CertificatePassword"]));
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(sp => new ConfigureOptions<KeyManagementOptions>(
            o => o.XmlRepository = new DatabaseXmlRepository(sp.GetRequiredService<IDbContextFactory<ShopDbContext>>())));
        return services;
    }
}
