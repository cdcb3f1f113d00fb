using System.Text.Json.Serialization;
using BlazorShop.Infrastructure.Events;

namespace BlazorShop.Shared.Live;

/// <summary>A shopper's message centre changed (a new notice, notices read), on any instance. Keyed by the user id.</summary>
public sealed record NoticesChanged(long UserId) : IKeyedEvent
{
    [JsonIgnore] public long Key => UserId;
}
