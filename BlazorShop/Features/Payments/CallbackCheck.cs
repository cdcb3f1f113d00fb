namespace BlazorShop.Features.Payments;

/// <summary>Notify or return parameters: whether the gateway's signature holds, and the fields (decoded once).</summary>
public sealed record CallbackCheck(bool Valid, IReadOnlyDictionary<string, string> Fields)
{
    public string? this[string key] => Fields.TryGetValue(key, out var v) ? v : null;
}
