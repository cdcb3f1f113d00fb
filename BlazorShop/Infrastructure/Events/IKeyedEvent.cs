namespace BlazorShop.Infrastructure.Events;

/// <summary>An event about one thing (a SKU, a user): subscribers can ask for the keys they show.</summary>
public interface IKeyedEvent
{
    long Key { get; }
}
