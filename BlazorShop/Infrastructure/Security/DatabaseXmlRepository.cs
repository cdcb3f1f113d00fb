using System.Xml.Linq;
using BlazorShop.Domain;
using BlazorShop.Infrastructure.Data;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.EntityFrameworkCore;

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
