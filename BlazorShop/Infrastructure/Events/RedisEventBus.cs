using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace BlazorShop.Infrastructure.Events;

/// <summary>
/// Redis pub/sub: every instance publishes to one channel and every instance (itself included) hears it, so a page
/// open on instance A sees a stock change made on instance B. Messages are "{type name}\n{json}"; only event types
/// from this assembly are accepted, so a foreign message cannot make us instantiate arbitrary types. Publishing waits
/// for Redis to take the message, never for subscribers; delivery goes through the same dispatcher as in-process.
/// </summary>
public sealed class RedisEventBus : IEventBus, IDisposable
{
    public const string DefaultChannel = "blazorshop:events";

    private readonly ISubscriber _subscriber;
    private readonly string _channel;
    private readonly EventDispatcher _dispatcher;
    private readonly ILogger _logger;
    private readonly ConcurrentDictionary<string, Type?> _types = new();

    public RedisEventBus(IConnectionMultiplexer redis, ILogger<RedisEventBus> logger, string channel = DefaultChannel, IOptions<EventDispatchOptions>? options = null)
    {
        _logger = logger;
        _channel = channel;
        _dispatcher = new EventDispatcher(logger, options?.Value);
        _subscriber = redis.GetSubscriber();
        _subscriber.Subscribe(_channel, (_, message) => OnMessage(message));
    }

    public async Task PublishAsync<TEvent>(TEvent evt, CancellationToken ct = default) where TEvent : class
    {
        var payload = typeof(TEvent).FullName + "\n" + JsonSerializer.Serialize(evt);
        await _subscriber.PublishAsync(_channel, payload);
    }

    public IDisposable Subscribe<TEvent>(Func<TEvent, Task> handler) where TEvent : class => _dispatcher.Add(handler);

    public IDisposable Subscribe<TEvent>(IEnumerable<long> keys, Func<TEvent, Task> handler) where TEvent : class, IKeyedEvent =>
        _dispatcher.Add(keys, handler);

    private void OnMessage(RedisValue message)
    {
        try
        {
            var text = (string?)message ?? "";
            var newline = text.IndexOf('\n');
            if (newline <= 0) return;
            var type = _types.GetOrAdd(text[..newline], name => typeof(RedisEventBus).Assembly.GetType(name, throwOnError: false));
            if (type is null || !type.IsClass) return;
            var evt = JsonSerializer.Deserialize(text.AsSpan(newline + 1), type);
            if (evt is not null) _dispatcher.Dispatch(type, evt);
        }
        catch (Exception e)
        {
            _logger.LogWarning(e, "Dropped an undecodable event bus message");
        }
    }

    public void Dispose()
    {
        // Fire-and-forget: at shutdown nothing waits for Redis to confirm (a synchronous wait can time out there).
        _subscriber.Unsubscribe(_channel, flags: CommandFlags.FireAndForget);
        _dispatcher.Dispose();
    }
}
