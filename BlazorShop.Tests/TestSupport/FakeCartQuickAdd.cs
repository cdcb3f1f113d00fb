using BlazorShop.Shared;
using Microsoft.AspNetCore.Components.Authorization;

namespace BlazorShop.Tests.TestSupport;

/// <summary>Tiles' "add to cart" without a cart: records the SKUs and answers with a fixed message.</summary>
public sealed class FakeCartQuickAdd : ICartQuickAdd
{
    public List<long> Added { get; } = [];

    public Task<string> AddOneAsync(Task<AuthenticationState>? auth, long skuId)
    {
        lock (Added) Added.Add(skuId);
        return Task.FromResult("added");
    }
}
