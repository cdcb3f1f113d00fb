using BlazorShop.Infrastructure.Configuration;

namespace BlazorShop.Features.Notices;

public static class NoticeServices
{
    /// <summary>The message centre and back-in-stock alerts ("到货通知").</summary>
    public static IServiceCollection AddNotices(this IServiceCollection services, IConfiguration config)
    {
        services.AddValidatedOptions<NoticeOptions>(config, NoticeOptions.Section);
        services.AddSingleton<StockAlerts>();
        services.AddSingleton<NoticeCentre>();
        services.AddHostedService<BackInStockNotifier>();
        return services;
    }
}
