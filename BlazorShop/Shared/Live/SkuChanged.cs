using System.Text.Json.Serialization;
using BlazorShop.Infrastructure.Events;

namespace BlazorShop.Shared.Live;

/// <summary>A SKU's stock, price or sale state changed (an order, an admin edit). Pages subscribe by SKU id.</summary>
public sealed record SkuChanged(long SkuId, decimal Price, int Stock, bool IsLaunched) : IKeyedEvent
{
    [JsonIgnore] public long Key => SkuId;
}
