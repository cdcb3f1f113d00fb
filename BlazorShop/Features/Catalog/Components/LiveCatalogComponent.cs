using BlazorShop.Features.Live;
using BlazorShop.Infrastructure.Events;
using Microsoft.AspNetCore.Components;

namespace BlazorShop.Features.Catalog.Components;

/// <summary>
/// Base of catalog pages: the SKU cards it shows follow <see cref="SkuChanged"/> events live (price, stock,
/// sale state). Subscribes after the first interactive render — never during prerendering — and unsubscribes
/// with the component. Also exposes <see cref="Interactive"/> for the data-interactive marker.
/// </summary>
public abstract class LiveCatalogComponent : ComponentBase, IDisposable
{
    [Inject] private IEventBus Bus { get; set; } = default!;

    private IDisposable? _subscription;
    private IReadOnlyList<SkuCardModel>[] _tracked = [];

    protected bool Interactive { get; private set; }

    /// <summary>The cards currently on screen (call again whenever the page loads new ones).</summary>
    protected void Track(params IReadOnlyList<SkuCardModel>?[] lists) => _tracked = lists.OfType<IReadOnlyList<SkuCardModel>>().ToArray();

    protected override void OnAfterRender(bool firstRender)
    {
        if (!firstRender) return;
        _subscription = Bus.Subscribe<SkuChanged>(OnSkuChangedAsync);
        Interactive = true;
        StateHasChanged();
    }

    private Task OnSkuChangedAsync(SkuChanged change) => InvokeAsync(() =>
    {
        var changed = false;
        foreach (var list in _tracked)
            foreach (var card in list)
                changed |= card.Apply(change);
        if (changed || OnSkuChanged(change)) StateHasChanged();
    });

    /// <summary>For pages that show more than cards (the product page); true to re-render.</summary>
    protected virtual bool OnSkuChanged(SkuChanged change) => false;

    public virtual void Dispose()
    {
        _subscription?.Dispose();
        GC.SuppressFinalize(this);
    }
}
