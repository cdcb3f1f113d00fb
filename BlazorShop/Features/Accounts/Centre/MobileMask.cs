namespace BlazorShop.Features.Accounts.Centre;

/// <summary>A mobile number as shown on screen: 138****8000 (the middle four hidden).</summary>
public static class MobileMask
{
    public static string? Mask(string? mobile) => mobile switch
    {
        null or "" => null,
        { Length: 11 } m => m[..3] + "****" + m[7..],
        { Length: > 4 } m => new string('*', m.Length - 4) + m[^4..],
        _ => "****",
    };
}
