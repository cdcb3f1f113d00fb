namespace BlazorShop.Features.Admin;

/// <summary>A back-office service method was called by someone without the permission it needs.</summary>
public sealed class AdminAccessDeniedException(string policy) : UnauthorizedAccessException($"access denied: policy {policy}")
{
    public string Policy { get; } = policy;
}
