namespace BlazorShop.Features.Accounts.Addresses;

/// <summary>A save: the address id, or the field → resource key of each problem, or why it could not be saved.</summary>
public sealed record AddressResult(AddressOutcome Outcome, long? Id = null, IReadOnlyDictionary<string, string>? Errors = null)
{
    public bool Succeeded => Outcome == AddressOutcome.Saved;
    public IReadOnlyDictionary<string, string> FieldErrors => Errors ?? new Dictionary<string, string>();
}
