using BlazorShop.Domain;
using BlazorShop.Shared;
using BlazorShop.Infrastructure.Data;
using BlazorShop.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BlazorShop.Features.Catalog;

/// <summary>The product page's delivery line: freight, the estimated date in China time, and where to.</summary>
public sealed class DeliveryEstimator(
    IOptions<DeliveryOptions> delivery, IFreight freight, TimeProvider clock,
    IDbContextFactory<ShopDbContext> contexts)
{
    /// <summary>Orders before this hour (China time) ship the same day.</summary>
    public int CutoffHour => delivery.Value.CutoffHour;

    public DeliveryQuote Quote(int? provinceId)
    {
        var o = delivery.Value;
        var now = Display.ToChinaTime(clock.GetUtcNow().UtcDateTime);
        var today = DateOnly.FromDateTime(now);
        var shipsToday = now.Hour < o.CutoffHour;
        var ships = shipsToday ? today : today.AddDays(1);
        var days = provinceId is { } p && o.RemoteProvinces.Contains(p) ? o.RemoteDays : o.Days;
        return new DeliveryQuote(freight.FlatFreight, ships, ships.AddDays(days), shipsToday);
    }

    private IReadOnlyList<DeliveryArea> _provinces = [];

    /// <summary>
    /// The provinces a shopper can choose: loaded once after the areas are imported (<see cref="DeliveryAreasSeedStep"/>)
    /// and kept (they never change while the shop runs); loaded again only while still empty.
    /// </summary>
    public async Task<IReadOnlyList<DeliveryArea>> ProvincesAsync(CancellationToken ct = default)
    {
        if (_provinces.Count > 0) return _provinces;
        await using var db = contexts.CreateDbContext();
        return _provinces = await db.Set<Area>().AsNoTracking().Where(a => a.ParentId == null).OrderBy(a => a.Id)
            .Select(a => new DeliveryArea(a.Id, a.Name)).ToListAsync(ct);
    }

    /// <summary>The shopper's default address (or their newest one), as an area; null when they have none.</summary>
    public async Task<DeliveryArea?> DefaultAreaAsync(long userId, CancellationToken ct = default)
    {
        await using var db = contexts.CreateDbContext();
        return await db.Set<Address>().AsNoTracking().Where(a => a.UserId == userId && !a.IsDeleted)
            .OrderByDescending(a => a.IsDefault).ThenByDescending(a => a.Id)
            .Select(a => new DeliveryArea(a.ProvinceId, a.Province!.Name + " " + a.City!.Name + " " + a.District!.Name))
            .FirstOrDefaultAsync(ct);
    }
}
