using System.Linq.Expressions;
using BlazorShop.Domain;

namespace BlazorShop.Shared;

/// <summary>
/// What a product tile shows. Price, stock and sale state are mutable because open pages update them live
/// from <see cref="Live.SkuChanged"/> events.
/// </summary>
public sealed class SkuCardModel
{
    public long Id { get; init; }
    public string Name { get; init; } = "";
    public string Caption { get; init; } = "";
    public string? NameEn { get; init; }
    public string? CaptionEn { get; init; }
    public string? Image { get; init; }
    public decimal Price { get; set; }
    public decimal MarketPrice { get; init; }
    public int Stock { get; set; }
    public bool IsLaunched { get; set; }
    public int Sales { get; init; }
    public int CommentCount { get; init; }

    public static readonly Expression<Func<Sku, SkuCardModel>> Projection = s => new SkuCardModel
    {
        Id = s.Id, Name = s.Name, Caption = s.Caption, NameEn = s.NameEn, CaptionEn = s.CaptionEn, Image = s.DefaultImage, Price = s.Price, MarketPrice = s.MarketPrice,
        Stock = s.Stock, IsLaunched = s.IsLaunched, Sales = s.Sales, CommentCount = s.CommentCount,
    };

    /// <summary>The name and caption in the shopper's language (<see cref="CatalogText"/>).</summary>
    public string DisplayName => CatalogText.Pick(Name, NameEn);
    public string DisplayCaption => CatalogText.Pick(Caption, CaptionEn);

    /// <summary>Applies a live change; true if anything shown changed.</summary>
    public bool Apply(BlazorShop.Shared.Live.SkuChanged change)
    {
        if (change.SkuId != Id || (Price == change.Price && Stock == change.Stock && IsLaunched == change.IsLaunched)) return false;
        (Price, Stock, IsLaunched) = (change.Price, change.Stock, change.IsLaunched);
        return true;
    }
}
