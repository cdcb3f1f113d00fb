using BlazorShop.Features.Catalog;
using BlazorShop.Infrastructure.Events;
using BlazorShop.Shared.Live;
using Bunit.TestDoubles;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BlazorShop.Tests.TestSupport;

/// <summary>
/// Renders whole pages with test doubles and no database: the page data comes from <see cref="FakeCatalogPages"/>,
/// live updates from a real in-process event bus, text from the real resource files (zh-CN unless the test changes
/// the culture).
/// </summary>
public abstract class PageTestContext : ShimTestContext
{
    protected FakeCatalogPages Pages { get; } = new();
    protected InProcessEventBus Bus { get; }
    protected FakeCartQuickAdd CartAdds { get; } = new();
    protected FakeNavigationManager Nav => Services.GetRequiredService<FakeNavigationManager>();

    protected PageTestContext()
    {
        Services.AddLocalization(o => o.ResourcesPath = "Resources");
        Services.AddSingleton<ICatalogPages>(Pages);
        Services.AddSingleton(TimeProvider.System);
        Bus = new InProcessEventBus(new Microsoft.Extensions.Logging.Abstractions.NullLogger<InProcessEventBus>(), Options.Create(new EventDispatchOptions()));
        Services.AddSingleton<IEventBus>(Bus);
        Services.AddSingleton<RecentSkuChanges>();
        Services.AddSingleton<BlazorShop.Shared.ICartQuickAdd>(CartAdds);
    }

    /// <summary>Replaces a child component (an island with its own services) by an empty stub.</summary>
    protected void Stub<TComponent>() where TComponent : IComponent => ComponentReplacements.Stub<TComponent>();
}
