using BlazorShop.Infrastructure.Configuration;
using StackExchange.Redis;

namespace BlazorShop.Infrastructure.Events;

public static class RedisSetup
{
    public static bool IsConfigured(IConfiguration config) => !string.IsNullOrWhiteSpace(config.GetConnectionString("Redis"));

    public static ConfigurationOptions Options(string connectionString)
    {
        var options = ConfigurationOptions.Parse(connectionString);
        // Start even when Redis is down; calls throw during the outage and the multiplexer reconnects.
        options.AbortOnConnectFail = false;
        options.ConnectTimeout = 5000;
        return options;
    }

    public static IServiceCollection AddEventBus(this IServiceCollection services, IConfiguration config)
    {
        services.AddValidatedOptions<EventDispatchOptions>(config, EventDispatchOptions.Section);
        var bus = services.AddValidatedOptions<EventBusOptions>(config, EventBusOptions.Section);
        services.AddOptions<EventBusOptions>().Validate(o => o.Provider != EventBusProvider.Redis || IsConfigured(config),
            "EventBus:Provider is Redis but ConnectionStrings:Redis is not set");
        if (IsConfigured(config))
            services.AddSingleton<IConnectionMultiplexer>(_ => ConnectionMultiplexer.Connect(Options(config.GetConnectionString("Redis")!)));

        if (bus.Provider == EventBusProvider.Redis && IsConfigured(config))
        {
            // Instances that share a channel hear each other; a separate deployment on the same Redis uses its own.
            var channel = bus.Channel is { Length: > 0 } c ? c : RedisEventBus.DefaultChannel;
            services.AddSingleton<IEventBus, RedisEventBus>(sp => new RedisEventBus(
                sp.GetRequiredService<IConnectionMultiplexer>(), sp.GetRequiredService<ILogger<RedisEventBus>>(), channel,
                sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<EventDispatchOptions>>()));
        }
        else
        {
            services.AddSingleton<IEventBus, InProcessEventBus>();
        }
        return services;
    }
}
