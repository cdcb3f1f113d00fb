namespace BlazorShop.Features.Accounts.Addresses;

/// <summary>An address as pages and the checkout read it (area names included, for display and order snapshots).</summary>
public sealed record AddressView(long Id, string Title, string Receiver, int ProvinceId, string Province, int CityId, string City,
    int DistrictId, string District, string Place, string Mobile, string? Tel, string? Email, bool IsDefault)
{
    public string FullPlace => $"{Province} {City} {District} {Place}";
}
