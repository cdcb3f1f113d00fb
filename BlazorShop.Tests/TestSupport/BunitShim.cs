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
        // Child components with a render mode (interactive islands) are created as the interactive render would;
        // tests can replace a child by a stub (StubComponent) through ComponentReplacements.
        Services.AddSingleton<WebTestRenderer>(s => new InteractiveTestRenderer(s.GetRequiredService<IRenderedComponentActivator>(),
            Services, s.GetRequiredService<Microsoft.Extensions.Logging.ILoggerFactory>(), ComponentReplacements));
        Services.AddSingleton<Renderer>(s => s.GetRequiredService<WebTestRenderer>());
        Services.AddSingleton<ITestRenderer>(s => s.GetRequiredService<WebTestRenderer>());
        Services.AddSingleton<HtmlComparer>();
        Services.AddSingleton<BunitHtmlParser>();
        Services.AddSingleton<IRenderedComponentActivator, RenderedComponentActivator>();
        Services.AddMemoryCache();
    }

    /// <summary>Child component types rendered as an empty <see cref="StubComponent"/> (islands with their own services).</summary>
    protected ReplacingComponentActivator ComponentReplacements { get; } = new();

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

/// <summary>Creates components, except the types a test replaced by a stub.</summary>
public sealed class ReplacingComponentActivator : IComponentActivator
{
    private readonly HashSet<Type> _stubbed = [];

    public void Stub<T>() where T : IComponent => _stubbed.Add(typeof(T));

    public IComponent CreateInstance(Type componentType) =>
        _stubbed.Contains(componentType) ? new StubComponent(componentType) : (IComponent)Activator.CreateInstance(componentType)!;
}

/// <summary>Stands in for a replaced component: renders <c>&lt;stub data-component="Name"&gt;</c> and ignores its parameters.</summary>
public sealed class StubComponent(Type replaced) : IComponent
{
    private RenderHandle _handle;

    public void Attach(RenderHandle renderHandle) => _handle = renderHandle;

    public Task SetParametersAsync(ParameterView parameters)
    {
        _handle.Render(b =>
        {
            b.OpenElement(0, "stub");
            b.AddAttribute(1, "data-component", replaced.Name);
            b.CloseElement();
        });
        return Task.CompletedTask;
    }
}

/// <summary>bUnit's renderer, plus what the server does for a child with a render mode: create it and render it here.</summary>
sealed class InteractiveTestRenderer(IRenderedComponentActivator activator, TestServiceProvider services,
    Microsoft.Extensions.Logging.ILoggerFactory loggerFactory, IComponentActivator componentActivator)
    : WebTestRenderer(activator, services, loggerFactory, componentActivator)
{
    protected override IComponent ResolveComponentForRenderMode(Type componentType, int? parentComponentId,
        IComponentActivator componentActivator, IComponentRenderMode renderMode) => componentActivator.CreateInstance(componentType);
}
