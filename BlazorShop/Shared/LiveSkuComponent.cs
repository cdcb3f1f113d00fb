using BlazorShop.Infrastructure.Events;
using BlazorShop.Shared.Live;
using Microsoft.AspNetCore.Components;

namespace BlazorShop.Shared;

/// <summary>
/// Base of the interactive islands that show SKU price and stock (card grids, the product page's buy box). The data
/// arrives as parameters from the static page that rendered it (no second query). After the first interactive
/// render the island subscribes to <see cref="SkuChanged"/> for exactly the SKUs it shows, applies any change it
/// missed while the browser was connecting (<see cref="RecentSkuChanges"/>), and sets <see cref="Interactive"/>
/// for the <c>data-interactive</c> marker. Never subscribes while prerendering; unsubscribes with the component.
/// </summary>
public abstract class LiveSkuComponent : ComponentBase, IDisposable
{
    [Inject] private IEventBus Bus { get; set; } = default!;
    [Inject] private RecentSkuChanges Recent { get; set; } = default!;

    private IDisposable? _subscription;
    private long[] _subscribed = [];

    protected bool Interactive { get; private set; }

    /// <summary>The SKUs on screen.</summary>
    protected abstract IEnumerable<long> ShownSkus();

    /// <summary>Applies a change to what is shown; true if anything visible changed.</summary>
    protected abstract bool Apply(SkuChanged change);

    protected override void OnParametersSet()
    {
        // Enhanced navigation can hand an existing island new SKUs (another variant): follow them.
        if (Interactive) Follow();
    }

    protected override void OnAfterRender(bool firstRender)
    {
        if (!firstRender) return;
        Interactive = true;
        Follow();
        StateHasChanged();
    }

    private void Follow()
    {
        var ids = ShownSkus().Distinct().Order().ToArray();
        if (_subscription is not null && ids.SequenceEqual(_subscribed)) return;
        _subscription?.Dispose();
        _subscribed = ids;
        // Subscribe first, then catch up: a change published in between arrives through the subscription.
        _subscription = Bus.Subscribe<SkuChanged>(ids, OnChangedAsync);
        foreach (var id in ids)
            if (Recent.TryGet(id, out var missed)) Apply(missed);
    }

    private Task OnChangedAsync(SkuChanged change) => InvokeAsync(() =>
    {
        if (Apply(change)) StateHasChanged();
    });

    public virtual void Dispose()
    {
        _subscription?.Dispose();
        GC.SuppressFinalize(this);
    }
}
