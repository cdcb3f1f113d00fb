using BlazorShop.Infrastructure.Configuration;
using Microsoft.Extensions.Options;

namespace BlazorShop.Infrastructure.Messaging;

public static class MessagingSetup
{
    /// <summary>The queue, its dispatcher, and the senders chosen by <c>Messaging:Sms:Provider</c> / <c>Messaging:Email:Provider</c>.</summary>
    public static IServiceCollection AddShopMessaging(this IServiceCollection services, IConfiguration config)
    {
        var sms = services.AddValidatedOptions<SmsOptions>(config, SmsOptions.Section);
        var email = services.AddValidatedOptions<EmailOptions>(config, EmailOptions.Section);
        services.AddValidatedOptions<MessageDispatchOptions>(config, MessageDispatchOptions.Section);
        services.AddSingleton<MessageDispatchSignal>();
        services.AddSingleton<MessageQueue>();
        services.AddSingleton<MessageDispatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<MessageDispatcher>());

        if (sms.Provider == SmsProvider.Http)
            services.AddHttpClient<ISmsSender, HttpSmsSender>((sp, http) => http.Timeout = sp.GetRequiredService<IOptions<SmsOptions>>().Value.Gateway.Timeout);
        else
            services.AddSingleton<ISmsSender, OutboxSmsSender>();

        if (email.Provider == EmailProvider.Smtp) services.AddSingleton<IEmailSender, SmtpEmailSender>();
        else services.AddSingleton<IEmailSender, OutboxEmailSender>();
        return services;
    }
}
