using Bunit;
using Bunit.Diffing;
using Bunit.Extensions;
using Bunit.Rendering;
using Bunit.TestDoubles;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.RenderTree;
using Microsoft.AspNetCore.Components.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.JSInterop;

namespace BlazorShop.Tests.TestSupport;

/// <summary>bunit 1.9.8's TestContext ctor creates BunitJSInterop, whose runtime implements
/// IJSUnmarshalledRuntime (removed in .NET 9) => TypeLoadException. Build the context by hand.</summary>
public abstract class ShimTestContext : TestContextBase
{
    protected ShimTestContext()
    {
        Services.AddLogging();
        Services.AddSingleton<IJSRuntime, LooseJSRuntime>();
        Services.AddSingleton<FakeNavigationManager>();
        Services.AddSingleton<NavigationManager>(s => s.GetRequiredService<FakeNavigationManager>());
        Services.AddSingleton<INavigationInterception, NoopNavigationInterception>();
        Services.AddSingleton<TestContextBase>(this);
        Services.AddSingleton<WebTestRenderer>();
        Services.AddSingleton<Renderer>(s => s.GetRequiredService<WebTestRenderer>());
        Services.AddSingleton<ITestRenderer>(s => s.GetRequiredService<WebTestRenderer>());
        Services.AddSingleton<HtmlComparer>();
        Services.AddSingleton<BunitHtmlParser>();
        Services.AddSingleton<IRenderedComponentActivator, RenderedComponentActivator>();
        Services.AddMemoryCache();
    }

    public IRenderedComponent<T> RenderComponent<T>(Action<ComponentParameterCollectionBuilder<T>>? build = null) where T : IComponent
    {
        var b = new ComponentParameterCollectionBuilder<T>(build);
        return (IRenderedComponent<T>)this.RenderInsideRenderTree<T>(b.Build().ToRenderFragment<T>());
    }
}

sealed class LooseJSRuntime : IJSRuntime
{
    public ValueTask<TValue> InvokeAsync<TValue>(string identifier, object?[]? args) => ValueTask.FromResult(default(TValue)!);
    public ValueTask<TValue> InvokeAsync<TValue>(string identifier, CancellationToken cancellationToken, object?[]? args) => ValueTask.FromResult(default(TValue)!);
}

sealed class NoopNavigationInterception : INavigationInterception
{
    public Task EnableNavigationInterceptionAsync() => Task.CompletedTask;
}
