using System.Text.Json.Serialization;
using BlazorShop.Infrastructure.Events;

namespace BlazorShop.Shared.Live;

/// <summary>A user's cart changed (count or selection), on any instance. Cart badges subscribe by user id.</summary>
public sealed record CartChanged(long UserId) : IKeyedEvent
{
    [JsonIgnore] public long Key => UserId;
}
