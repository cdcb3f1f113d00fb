using BlazorShop.Infrastructure.Data;
using BlazorShop.Infrastructure.Events;
using BlazorShop.Shared;
using BlazorShop.Shared.Live;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BlazorShop.Features.Cart;

/// <summary>
/// The cart's rules over whichever <see cref="ICartStore"/> is configured: a SKU must exist, be on sale and in stock;
/// a count is 1..min(stock, <see cref="CartOptions.MaxCountPerLine"/>); at most <see cref="CartOptions.MaxLines"/>
/// lines. A refused change leaves the cart as it was. Every change publishes <see cref="CartChanged"/> so each open
/// tab and device of the shopper updates.
/// </summary>
public sealed class CartService(ICartStore store, IDbContextFactory<ShopDbContext> contexts, IEventBus bus, IOptions<CartOptions> options)
{
    private CartOptions Options => options.Value;
    public int MaxLines => Options.MaxLines;
    public int MaxCountPerLine => Options.MaxCountPerLine;

    private sealed record SkuState(long Id, int Stock, bool IsLaunched);

    private async Task<SkuState?> SkuAsync(long skuId, CancellationToken ct)
    {
        await using var db = contexts.CreateDbContext();
        return await db.Skus.AsNoTracking().Where(s => s.Id == skuId).Select(s => new SkuState(s.Id, s.Stock, s.IsLaunched)).FirstOrDefaultAsync(ct);
    }

    private int LimitOf(SkuState sku) => Math.Min(sku.Stock, Options.MaxCountPerLine);

    /// <summary>Adds <paramref name="count"/> of a SKU; the line is capped at min(stock, max) and selected.</summary>
    public async Task<CartResult> AddAsync(CartOwner cart, long skuId, int count, CancellationToken ct = default)
    {
        if (count < 1) return new(AddToCartOutcome.InvalidCount);
        var sku = await SkuAsync(skuId, ct);
        if (sku is null) return new(AddToCartOutcome.NotFound);
        if (!sku.IsLaunched || sku.Stock <= 0) return new(AddToCartOutcome.Unavailable);
        var limit = LimitOf(sku);
        if (count > limit) return new(AddToCartOutcome.InvalidCount, Limit: limit);
        var result = await store.AddAsync(cart, skuId, count, limit, Options.MaxLines, ct);
        if (result.TooManyLines) return new(AddToCartOutcome.TooManyLines, Limit: limit);
        await PublishAsync(cart, ct);
        return new(result.Capped ? AddToCartOutcome.CappedAtStock : AddToCartOutcome.Added, result.Count, limit);
    }

    /// <summary>Sets a line's count (1..min(stock, max)); anything else is refused and the line keeps its count.</summary>
    public async Task<CartResult> SetCountAsync(CartOwner cart, long skuId, int count, CancellationToken ct = default)
    {
        var sku = await SkuAsync(skuId, ct);
        if (sku is null) return new(AddToCartOutcome.NotFound);
        var limit = Math.Max(1, LimitOf(sku));
        if (count < 1 || count > limit) return new(AddToCartOutcome.InvalidCount, Limit: limit);
        if (!await store.SetCountAsync(cart, skuId, count, ct)) return new(AddToCartOutcome.NoSuchLine);
        await PublishAsync(cart, ct);
        return new(AddToCartOutcome.Updated, count, limit);
    }

    /// <summary>Selects or unselects one line; a line that is off sale or sold out can't be selected.</summary>
    public async Task<CartResult> SelectAsync(CartOwner cart, long skuId, bool selected, CancellationToken ct = default)
    {
        if (selected)
        {
            var sku = await SkuAsync(skuId, ct);
            if (sku is null) return new(AddToCartOutcome.NotFound);
            if (!sku.IsLaunched || sku.Stock <= 0) return new(AddToCartOutcome.Unavailable);
        }
        await store.SelectAsync(cart, [skuId], selected, ct);
        await PublishAsync(cart, ct);
        return new(AddToCartOutcome.Updated);
    }

    /// <summary>Selects every available line, or unselects all.</summary>
    public async Task SelectAllAsync(CartOwner cart, bool selected, CancellationToken ct = default)
    {
        var lines = await store.GetAsync(cart, ct);
        if (lines.Count == 0) return;
        var ids = lines.Select(l => l.SkuId).ToList();
        if (selected)
        {
            await using var db = contexts.CreateDbContext();
            ids = await db.Skus.AsNoTracking().Where(s => ids.Contains(s.Id) && s.IsLaunched && s.Stock > 0).Select(s => s.Id).ToListAsync(ct);
        }
        await store.SelectAsync(cart, ids, selected, ct);
        await PublishAsync(cart, ct);
    }

    public async Task RemoveAsync(CartOwner cart, IReadOnlyCollection<long> skuIds, CancellationToken ct = default)
    {
        await store.RemoveAsync(cart, skuIds, ct);
        await PublishAsync(cart, ct);
    }

    /// <summary>Deletes a whole cart (a guest's, after it was merged or abandoned).</summary>
    public async Task DeleteGuestAsync(CartOwner guest, CancellationToken ct = default)
    {
        if (!guest.IsGuest) throw new ArgumentException("only guest carts are deleted whole", nameof(guest));
        await store.DeleteAsync(guest, ct);
        await PublishAsync(guest, ct);
    }

    /// <summary>The total number of items (the header's badge).</summary>
    public async Task<int> GetCountAsync(CartOwner? cart, CancellationToken ct = default) =>
        cart is { } c ? (await store.GetAsync(c, ct)).Sum(l => l.Count) : 0;

    /// <summary>The cart with each SKU's current name, image, specs, price and stock.</summary>
    public async Task<CartView> GetViewAsync(CartOwner? cart, CancellationToken ct = default)
    {
        var view = new CartView { MaxLines = Options.MaxLines, MaxCountPerLine = Options.MaxCountPerLine };
        if (cart is not { } owner) return view;
        var lines = await store.GetAsync(owner, ct);
        if (lines.Count == 0) return view;
        var ids = lines.Select(l => l.SkuId).ToList();
        await using var db = contexts.CreateDbContext();
        var skus = await db.Skus.AsNoTracking().Where(s => ids.Contains(s.Id))
            .Select(s => new
            {
                s.Id, s.Name, s.NameEn, s.DefaultImage, s.Price, s.Stock, s.IsLaunched,
                Specs = s.Specifications.OrderBy(x => x.SpecificationId).Select(x => new { x.Option!.Value, x.Option.ValueEn }).ToList(),
            })
            .ToDictionaryAsync(s => s.Id, ct);
        foreach (var line in lines)
        {
            // A SKU deleted from the catalog simply drops out of the cart.
            if (!skus.TryGetValue(line.SkuId, out var s)) continue;
            view.Lines.Add(new CartLineView
            {
                SkuId = s.Id, Name = CatalogText.Pick(s.Name, s.NameEn), Image = s.DefaultImage,
                Specs = CatalogText.SpecLine(s.Specs.Select(o => (o.Value, o.ValueEn))), Price = s.Price,
                Stock = s.Stock, IsLaunched = s.IsLaunched, Count = line.Count, Selected = line.Selected,
            });
        }
        return view;
    }

    /// <summary>Signing in: the guest cart goes into the user's (guest count and selection win) and is deleted.</summary>
    public async Task<int> MergeAsync(CartOwner guest, CartOwner user, CancellationToken ct = default)
    {
        var moved = await store.MergeAsync(guest, user, Options.MaxLines, ct);
        await PublishAsync(guest, ct);
        await PublishAsync(user, ct);
        return moved;
    }

    private Task PublishAsync(CartOwner cart, CancellationToken ct) => bus.PublishAsync(new CartChanged(cart.Key), ct);
}
