using BlazorShop.Features.Accounts.Addresses;
using BlazorShop.Features.Accounts.Avatar;
using BlazorShop.Features.Accounts.Balance;
using BlazorShop.Features.Accounts.Centre;

namespace BlazorShop.Features.Accounts;

/// <summary>The user centre: profile, avatar, balance and address book (services and plain-HTTP endpoints).</summary>
public static class AccountCentreServices
{
    public static IServiceCollection AddAccountCentre(this IServiceCollection services, IConfiguration config)
    {
        services.AddOptions<BalanceOptions>().Bind(config.GetSection(BalanceOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IProfileQueries, ProfileQueries>();
        services.AddSingleton<AvatarService>();
        services.AddSingleton<IBalanceService, BalanceLedger>();
        services.AddSingleton<IAreaDirectory, AreaCache>();
        services.AddSingleton<IAddressBook, AddressBook>();
        return services;
    }

    public static IEndpointRouteBuilder MapAccountCentreEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapAvatarEndpoints();
        app.MapAreaEndpoints();
        app.MapAddressEndpoints();
        return app;
    }
}
