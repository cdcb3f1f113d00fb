using System.Collections.Concurrent;
using System.Text.Json;
using StackExchange.Redis;

namespace BlazorShop.Infrastructure.Events;

/// <summary>
/// Redis pub/sub: every instance publishes to one channel and every instance (itself included) hears it, so a page
/// open on instance A sees a stock change made on instance B. Messages are "{type name}\n{json}"; only event types
/// from this assembly are accepted, so a foreign message cannot make us instantiate arbitrary types.
/// </summary>
public sealed class RedisEventBus : IEventBus, IDisposable
{
    public const string DefaultChannel = "blazorshop:events";

    private readonly ISubscriber _subscriber;
    private readonly string _channel;
    private readonly SubscriberRegistry _subscribers;
    private readonly ILogger _logger;
    private readonly ConcurrentDictionary<string, Type?> _types = new();

    public RedisEventBus(IConnectionMultiplexer redis, ILogger<RedisEventBus> logger, string channel = DefaultChannel)
    {
        _logger = logger;
        _channel = channel;
        _subscribers = new SubscriberRegistry(logger);
        _subscriber = redis.GetSubscriber();
        _subscriber.Subscribe(_channel, (channel, message) => { _ = OnMessageAsync(message); });
    }

    public async Task PublishAsync<TEvent>(TEvent evt, CancellationToken ct = default) where TEvent : class
    {
        var payload = typeof(TEvent).FullName + "\n" + JsonSerializer.Serialize(evt);
        await _subscriber.PublishAsync(_channel, payload);
    }

    public IDisposable Subscribe<TEvent>(Func<TEvent, Task> handler) where TEvent : class => _subscribers.Add(handler);

    private async Task OnMessageAsync(RedisValue message)
    {
        try
        {
            var text = (string?)message ?? "";
            var newline = text.IndexOf('\n');
            if (newline <= 0) return;
            var type = _types.GetOrAdd(text[..newline], name => typeof(RedisEventBus).Assembly.GetType(name, throwOnError: false));
            if (type is null || !type.IsClass) return;
            var evt = JsonSerializer.Deserialize(text.AsSpan(newline + 1), type);
            if (evt is not null) await _subscribers.DeliverAsync(type, evt);
        }
        catch (Exception e)
        {
            _logger.LogWarning(e, "Dropped an undecodable event bus message");
        }
    }

    public void Dispose() => _subscriber.Unsubscribe(_channel);
}
