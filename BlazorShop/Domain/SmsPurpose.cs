namespace BlazorShop.Domain;

/// <summary>What an SMS code may be used for: a code sent for one purpose never works for another.</summary>
public enum SmsPurpose
{
    Register = 1,
    ResetPassword = 2,
}
