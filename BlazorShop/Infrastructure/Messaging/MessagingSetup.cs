using Microsoft.Extensions.Options;

namespace BlazorShop.Infrastructure.Messaging;

public static class MessagingSetup
{
    /// <summary>The queue, its dispatcher, and the senders chosen by <c>Messaging:Sms:Provider</c> / <c>Messaging:Email:Provider</c>.</summary>
    public static IServiceCollection AddShopMessaging(this IServiceCollection services, IConfiguration config)
    {
        services.AddOptions<MessagingOptions>().Bind(config.GetSection(MessagingOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<MessagingOptions>, MessagingOptionsValidator>();
        services.AddSingleton<MessageDispatchSignal>();
        services.AddSingleton<MessageQueue>();
        services.AddSingleton<MessageDispatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<MessageDispatcher>());

        // Read as plain strings here: a malformed setting is reported by the options validation at start, not thrown now.
        var sms = config["Messaging:Sms:Provider"];
        if (MessagingOptionsValidator.Is(sms, SmsOptions.Http))
        {
            services.AddHttpClient<ISmsSender, HttpSmsSender>((sp, http) =>
                http.Timeout = sp.GetRequiredService<IOptions<MessagingOptions>>().Value.Sms.Gateway.Timeout);
        }
        else
            services.AddSingleton<ISmsSender, OutboxSmsSender>();

        var email = config["Messaging:Email:Provider"];
        if (MessagingOptionsValidator.Is(email, EmailOptions.Smtp))
            services.AddSingleton<IEmailSender, SmtpEmailSender>();
        else
            services.AddSingleton<IEmailSender, OutboxEmailSender>();
        return services;
    }
}
