using BlazorShop.Infrastructure.Configuration;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;

namespace BlazorShop.Infrastructure.Caching;

/// <summary>
/// Output caching for public pages. A feature declares a named policy per page with the query parameters that page
/// reads (<see cref="AddPublicPagePolicy"/>), marks the page <c>[OutputCache(PolicyName = …)]</c>, tags what it shows
/// while rendering (<see cref="Tag"/>) and evicts by tag when that changes.
/// </summary>
public static class PageCache
{
    /// <summary>Every cached page carries this tag.</summary>
    public const string AllPages = "pages";

    public static IServiceCollection AddPageCache(this IServiceCollection services, IConfiguration config)
    {
        services.AddValidatedOptions<PageCacheOptions>(config, PageCacheOptions.Section);
        services.AddOutputCache();
        return services;
    }

    public static IServiceCollection AddPublicPagePolicy(this IServiceCollection services, string name, params string[] queryKeys) =>
        services.Configure<OutputCacheOptions>(o => o.AddPolicy(name, new PublicPagePolicy(queryKeys)));

    /// <summary>Adds a tag to the page being rendered, if it is being cached (no-op otherwise).</summary>
    public static void Tag(HttpContext? http, string tag) => http?.Features.Get<IOutputCacheFeature>()?.Context.Tags.Add(tag);

    public static Task EvictAsync(this IOutputCacheStore store, string tag) => store.EvictByTagAsync(tag, CancellationToken.None).AsTask();

    internal static PageCacheOptions Options(HttpContext http) => http.RequestServices.GetRequiredService<IOptions<PageCacheOptions>>().Value;
}
