using BlazorShop.Infrastructure.Http;

namespace BlazorShop.Features.Accounts.Addresses;

/// <summary>The lists of the address form's three selects and what is chosen in each.</summary>
public sealed record AreaChoices(IReadOnlyList<AreaItem> Provinces, IReadOnlyList<AreaItem> Cities, IReadOnlyList<AreaItem> Districts,
    int? Province, int? City, int? District)
{
    public static readonly AreaChoices None = new([], [], [], null, null, null);

    /// <summary>The three lists as far as the chosen areas really nest (a stale city under another province is dropped).</summary>
    public static async Task<AreaChoices> LoadAsync(IAreaDirectory areas, AddressInput input)
    {
        var provinces = await areas.ChildrenAsync(null);
        int? province = QueryValue.Int(input.ProvinceId) is { } p && provinces.Any(a => a.Id == p) ? p : null;
        var cities = province is { } pid ? await areas.ChildrenAsync(pid) : [];
        int? city = QueryValue.Int(input.CityId) is { } c && cities.Any(a => a.Id == c) ? c : null;
        var districts = city is { } cid ? await areas.ChildrenAsync(cid) : [];
        int? district = QueryValue.Int(input.DistrictId) is { } d && districts.Any(a => a.Id == d) ? d : null;
        return new AreaChoices(provinces, cities, districts, province, city, district);
    }
}
