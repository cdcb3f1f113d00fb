namespace BlazorShop.Features.Accounts.Addresses;

/// <summary>The lists of the address form's three selects and what is chosen in each.</summary>
public sealed record AreaChoices(IReadOnlyList<AreaItem> Provinces, IReadOnlyList<AreaItem> Cities, IReadOnlyList<AreaItem> Districts,
    int? Province, int? City, int? District)
{
    public static readonly AreaChoices None = new([], [], [], null, null, null);
}
