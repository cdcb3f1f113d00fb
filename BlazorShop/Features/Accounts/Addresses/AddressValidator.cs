using System.Text.RegularExpressions;
using BlazorShop.Infrastructure.Http;

namespace BlazorShop.Features.Accounts.Addresses;

/// <summary>
/// The address rules: receiver (≤ 20), place (≤ 100) and a mainland mobile (11 digits, 1[3-9]…) required; province,
/// city and district required and really nested; title (≤ 20, defaults to the receiver), tel (area code, number,
/// extension) and e-mail optional but checked when given. Errors are resource keys per field name.
/// </summary>
public static partial class AddressValidator
{
    public const int MaxTitle = 20, MaxReceiver = 20, MaxPlace = 100, MaxTel = 20, MaxEmail = 100;

    public static async Task<(ValidAddress? Address, Dictionary<string, string> Errors)> ValidateAsync(AddressInput input, IAreaDirectory areas, CancellationToken ct = default)
    {
        var errors = new Dictionary<string, string>();
        var receiver = Clean(input.Receiver);
        var place = Clean(input.Place);
        var mobile = Clean(input.Mobile);
        var tel = Clean(input.Tel);
        var email = Clean(input.Email);
        var title = Clean(input.Title);

        if (receiver is null) errors[nameof(AddressInput.Receiver)] = "ReceiverRequired";
        else if (receiver.Length > MaxReceiver) errors[nameof(AddressInput.Receiver)] = "ReceiverTooLong";
        if (title is { Length: > MaxTitle }) errors[nameof(AddressInput.Title)] = "AddressTitleTooLong";
        if (place is null) errors[nameof(AddressInput.Place)] = "PlaceRequired";
        else if (place.Length > MaxPlace) errors[nameof(AddressInput.Place)] = "PlaceTooLong";
        if (mobile is null) errors[nameof(AddressInput.Mobile)] = "AddressMobileRequired";
        else if (!MobilePattern().IsMatch(mobile)) errors[nameof(AddressInput.Mobile)] = "AddressMobileInvalid";
        if (tel is not null && (tel.Length > MaxTel || !TelPattern().IsMatch(tel))) errors[nameof(AddressInput.Tel)] = "TelInvalid";
        if (email is not null && (email.Length > MaxEmail || !EmailPattern().IsMatch(email))) errors[nameof(AddressInput.Email)] = "AddressEmailInvalid";

        var province = QueryValue.Int(input.ProvinceId);
        var city = QueryValue.Int(input.CityId);
        var district = QueryValue.Int(input.DistrictId);
        var p = province is { } pid ? await areas.FindAsync(pid, ct) : null;
        var c = city is { } cid ? await areas.FindAsync(cid, ct) : null;
        var d = district is { } did ? await areas.FindAsync(did, ct) : null;
        if (p is null || p.ParentId is not null) errors[nameof(AddressInput.ProvinceId)] = "ProvinceRequired";
        else if (c is null || c.ParentId != p.Id) errors[nameof(AddressInput.CityId)] = "CityRequired";
        else if (d is null || d.ParentId != c.Id) errors[nameof(AddressInput.DistrictId)] = "DistrictRequired";

        if (errors.Count > 0) return (null, errors);
        return (new ValidAddress(title ?? receiver!, receiver!, p!.Id, c!.Id, d!.Id, place!, mobile!, tel, email), errors);
    }

    /// <summary>Checks a new title alone (renaming): null with the error key, or the cleaned title.</summary>
    public static (string? Title, string? ErrorKey) ValidateTitle(string? raw)
    {
        var title = Clean(raw);
        if (title is null) return (null, "AddressTitleRequired");
        if (title.Length > MaxTitle) return (null, "AddressTitleTooLong");
        return (title, null);
    }

    /// <summary>Trimmed, control characters removed, whitespace collapsed; empty is null. Long text is kept so it can be refused.</summary>
    private static string? Clean(string? raw) => QueryValue.Text(raw, 1000);

    [GeneratedRegex(@"^1[3-9][0-9]{9}$", RegexOptions.CultureInvariant)]
    private static partial Regex MobilePattern();

    // 010-12345678, 0571-1234567, 12345678, with an optional extension: 010-12345678-123
    [GeneratedRegex(@"^(0[0-9]{2,3}-?)?[0-9]{7,8}(-[0-9]{1,6})?$", RegexOptions.CultureInvariant)]
    private static partial Regex TelPattern();

    [GeneratedRegex(@"^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$", RegexOptions.CultureInvariant)]
    private static partial Regex EmailPattern();
}
