namespace BlazorShop.Features.Accounts.Addresses;

/// <summary>The address form as posted (text, validated by <see cref="AddressValidator"/>).</summary>
public sealed class AddressInput
{
    public string? Title { get; set; }
    public string? Receiver { get; set; }
    public string? ProvinceId { get; set; }
    public string? CityId { get; set; }
    public string? DistrictId { get; set; }
    public string? Place { get; set; }
    public string? Mobile { get; set; }
    public string? Tel { get; set; }
    public string? Email { get; set; }

    public static AddressInput From(AddressView a) => new()
    {
        Title = a.Title, Receiver = a.Receiver, ProvinceId = a.ProvinceId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        CityId = a.CityId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        DistrictId = a.DistrictId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Place = a.Place, Mobile = a.Mobile, Tel = a.Tel, Email = a.Email,
    };
}
