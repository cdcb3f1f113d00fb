using BlazorShop.Features.Payments.Alipay;
using BlazorShop.Features.Payments.Simulator;
using BlazorShop.Infrastructure.Configuration;
using Microsoft.Extensions.Options;

namespace BlazorShop.Features.Payments;

public static class PaymentServices
{
    /// <summary>The payment gateway (<c>Payment:Provider</c>: the built-in simulator or Alipay), notify handling,
    /// settlement, the shopper's pay and return pages, reconciliation and refunds.</summary>
    public static IServiceCollection AddPayments(this IServiceCollection services, IConfiguration config, string dataDirectory)
    {
        var payment = services.AddValidatedOptions<PaymentOptions>(config, PaymentOptions.Section);
        services.AddValidatedOptions<AlipayOptions>(config, AlipayOptions.Section);
        services.AddSingleton<IValidateOptions<AlipayOptions>, AlipayOptionsValidator>();

        if (payment.Provider == PaymentProvider.Alipay)
        {
            services.AddHttpClient(HttpAlipayTransport.ClientName, (sp, client) =>
                client.Timeout = sp.GetRequiredService<IOptions<AlipayOptions>>().Value.Timeout);
            services.AddSingleton<IPaymentGateway>(sp =>
            {
                var o = sp.GetRequiredService<IOptions<AlipayOptions>>().Value;
                var settings = new AlipaySettings(o.GatewayUrl, o.AppId!, AlipayKeys.ImportPrivateKey(o.AppPrivateKey!),
                    AlipayKeys.ImportPublicKey(o.AlipayPublicKey!), string.IsNullOrWhiteSpace(o.SellerId) ? null : o.SellerId);
                return new AlipayGateway(nameof(PaymentProvider.Alipay), settings, new HttpAlipayTransport(sp.GetRequiredService<IHttpClientFactory>()),
                    sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<AlipayGateway>>());
            });
        }
        else
        {
            services.AddSingleton(sp => new SimulatorKeys(sp.GetRequiredService<IOptions<PaymentOptions>>().Value.SimulatorKeyDirectory is { Length: > 0 } keys
                ? Path.GetFullPath(keys, dataDirectory)
                : dataDirectory));
            services.AddSingleton<SimulatorNotifySignal>();
            services.AddSingleton<AlipaySimulator>();
            services.AddHttpClient(SimulatorNotifier.ClientName, client => client.Timeout = TimeSpan.FromSeconds(15));
            services.AddHostedService<SimulatorNotifier>();
            services.AddSingleton<IPaymentGateway>(sp =>
            {
                var keys = sp.GetRequiredService<SimulatorKeys>();
                var settings = new AlipaySettings(AlipaySimulator.GatewayPath, SimulatorKeys.AppId, keys.App, keys.AlipayPublic, SimulatorKeys.SellerId);
                return new AlipayGateway(nameof(PaymentProvider.Simulator), settings, new SimulatorTransport(sp.GetRequiredService<AlipaySimulator>()),
                    sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<AlipayGateway>>());
            });
        }

        services.AddSingleton<PaymentSettlement>();
        services.AddSingleton<PaymentNotifyHandler>();
        services.AddSingleton<IPayments, PaymentService>();
        services.AddSingleton<IRefunds, RefundService>();
        services.AddSingleton<PaymentReconciler>();
        services.AddHostedService<ReconciliationService>();
        return services;
    }

    public static IEndpointRouteBuilder MapPaymentEndpoints(this IEndpointRouteBuilder app)
    {
        PaymentEndpoints.MapNotify(app);
        if (app.ServiceProvider.GetRequiredService<IOptions<PaymentOptions>>().Value.Provider == PaymentProvider.Simulator)
        {
            SimulatorEndpoints.Map(app);
            if (app.ServiceProvider.GetRequiredService<IHostEnvironment>().IsProduction())
                app.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(PaymentServices))
                    .LogWarning("Payment:Provider is Simulator: anyone can pay with the built-in simulator. Set Payment:Provider=Alipay for real payments");
        }
        return app;
    }
}
