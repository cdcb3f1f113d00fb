namespace BlazorShop.Features.Accounts.Addresses;

/// <summary>An address that passed <see cref="AddressValidator"/>: trimmed, parsed, ready to store.</summary>
public sealed record ValidAddress(string Title, string Receiver, int ProvinceId, int CityId, int DistrictId, string Place, string Mobile, string? Tel, string? Email);
