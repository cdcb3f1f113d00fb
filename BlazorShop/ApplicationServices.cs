using BlazorShop.Domain;
using BlazorShop.Features.Accounts;
using BlazorShop.Features.Accounts.Notices;
using BlazorShop.Features.Admin;
using BlazorShop.Features.Cart;
using BlazorShop.Features.Catalog;
using BlazorShop.Features.Notices;
using BlazorShop.Features.Orders;
using BlazorShop.Features.Orders.Invoices;
using BlazorShop.Features.Payments;
using BlazorShop.Features.Search;
using BlazorShop.Features.Storefront;
using BlazorShop.Infrastructure.Blobs;
using BlazorShop.Infrastructure.Caching;
using BlazorShop.Infrastructure.Data;
using BlazorShop.Infrastructure.Events;
using BlazorShop.Infrastructure.Health;
using BlazorShop.Infrastructure.Hosting;
using BlazorShop.Infrastructure.Http;
using BlazorShop.Infrastructure.Localization;
using BlazorShop.Infrastructure.Messaging;
using BlazorShop.Infrastructure.Security;
using BlazorShop.Infrastructure.Seeding;
using Microsoft.AspNetCore.Identity;
using Radzen;

namespace BlazorShop;

/// <summary>
/// The composition root: every service the store registers, in one place (as eShop's WebApp does). Infrastructure
/// seams first, then each feature plugs in with its own <c>Add…</c>/<c>Map…</c> (Infrastructure never references a feature).
/// </summary>
public static class ApplicationServices
{
    public static IServiceCollection AddApplicationServices(this IServiceCollection services, IConfiguration config, IHostEnvironment env)
    {
        var dataDirectory = DataDirectory.Resolve(config, env);

        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddRadzenComponents();
        services.AddMemoryCache();
        // Chinese text goes out as UTF-8, not as &#x...; entities (3x smaller pages, readable source).
        services.AddWebEncoders(o => o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddHttpContextAccessor();
        services.AddShopHttpHardening(config);
        services.AddShopLocalization();

        services.AddShopDatabase(config, dataDirectory);
        services.AddShopDataProtection(config, dataDirectory);
        services.AddBlobStore(config, dataDirectory);
        services.AddEventBus(config);
        services.AddPageCache(config);
        services.AddShopMessaging(config);
        services.AddSingleton(TimeProvider.System);

        services.AddCascadingAuthenticationState();
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.AddAuthorization();
        services.AddIdentityCore<ShopUser>(o =>
            {
                o.Password.RequiredLength = 8;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequireUppercase = false;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.User.RequireUniqueEmail = false;
            })
            .AddRoles<ShopRole>()
            .AddEntityFrameworkStores<ShopDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<LocalizedIdentityErrors>();
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/login";
            o.LogoutPath = "/logout";
            o.Cookie.Name = "blazorshop.auth";
            // The handler builds an absolute URL from the request's Host header; send a path instead, so a
            // forged Host can never turn "please sign in" into a redirect to another site.
            o.Events.OnRedirectToLogin = context => RedirectToPath(context.Response, context.RedirectUri);
            // Signed in but not allowed (a shopper at /admin, Staff without the permission): 403, not the login page.
            o.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });

        services.AddCatalog(config);
        services.AddSearch(config);
        services.AddCart(config);
        services.AddAccounts(config);
        services.AddAccountCentre(config);
        services.AddOrders(config);
        services.AddNotices(config);
        services.AddInvoices(config);
        services.AddAdmin(config);
        services.AddPayments(config, dataDirectory);
        services.AddStorefront(config);

        services.AddShopSeeding(config);
        services.AddShopHealthChecks(config);
        return services;
    }

    private static Task RedirectToPath(HttpResponse response, string redirectUri)
    {
        response.Redirect(Uri.TryCreate(redirectUri, UriKind.Absolute, out var absolute) ? absolute.PathAndQuery : redirectUri);
        return Task.CompletedTask;
    }

    public static IEndpointRouteBuilder MapShopEndpoints(this IEndpointRouteBuilder app, IConfiguration config)
    {
        app.MapMedia();
        app.MapCultureEndpoint();
        app.MapAccountEndpoints();
        app.MapAccountCentreEndpoints();
        app.MapCartEndpoints();
        app.MapOrderEndpoints();
        app.MapInvoiceEndpoints();
        app.MapNoticeEndpoints();
        app.MapAdminEndpoints();
        app.MapPaymentEndpoints();
        app.MapShopHealthChecks();
        app.MapMemoryDiagnostics(config);
        return app;
    }
}
