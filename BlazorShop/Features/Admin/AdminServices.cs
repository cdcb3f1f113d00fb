using BlazorShop.Features.Admin.Audit;
using BlazorShop.Features.Admin.Goods;
using BlazorShop.Infrastructure.Configuration;
using Microsoft.AspNetCore.Authorization;

namespace BlazorShop.Features.Admin;

public static class AdminServices
{
    public static IServiceCollection AddAdmin(this IServiceCollection services, IConfiguration config)
    {
        services.AddValidatedOptions<AdminOptions>(config, AdminOptions.Section);
        services.AddAuthorization(AdminPolicies.Add);
        services.AddSingleton<IAuthorizationHandler, PermissionHandler>();
        services.AddSingleton<AdminGuard>();
        services.AddSingleton<AuditLog>();
        services.AddSingleton<CatalogLookups>();
        services.AddSingleton<AdminSkuService>();
        services.AddSingleton<AdminSpuService>();
        services.AddSingleton<AdminSkuImageService>();
        services.AddSingleton<AdminCategoryService>();
        services.AddSingleton<AdminBrandService>();
        services.AddSingleton<AdminChannelService>();
        services.AddSingleton<Users.AdminUserService>();
        services.AddSingleton<Users.AdminRechargeService>();
        services.AddSingleton<Users.AdminReviewService>();
        services.AddSingleton<Content.AdminContentService>();
        services.AddSingleton<AdminImages>();
        services.AddSingleton<Dashboard.AdminDashboardService>();
        services.AddSingleton<Orders.AdminOrderService>();
        return services;
    }
}
