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
        services.AddOptions<EventDispatchOptions>().Bind(config.GetSection(EventDispatchOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        if (IsConfigured(config))
            services.AddSingleton<IConnectionMultiplexer>(_ => ConnectionMultiplexer.Connect(Options(config.GetConnectionString("Redis")!)));

        if (string.Equals(config["EventBus:Provider"], "Redis", StringComparison.OrdinalIgnoreCase))
        {
            if (!IsConfigured(config)) throw new InvalidOperationException("EventBus:Provider is Redis but ConnectionStrings:Redis is not set.");
            // Instances that share a channel hear each other; a separate deployment on the same Redis uses its own.
            var channel = config["EventBus:Channel"] is { Length: > 0 } c ? c : RedisEventBus.DefaultChannel;
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
