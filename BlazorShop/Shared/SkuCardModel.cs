using System.Linq.Expressions;
using System.Text.Json.Serialization;
using BlazorShop.Domain;

namespace BlazorShop.Shared;

/// <summary>
/// What a product tile shows. Price, stock and sale state are mutable because open pages update them live
/// from <see cref="Live.SkuChanged"/> events.
/// </summary>
public sealed class SkuCardModel
{
    public long Id { get; init; }
    [JsonIgnore] public string Name { get; init; } = "";
    [JsonIgnore] public string Caption { get; init; } = "";
    [JsonIgnore] public string? NameEn { get; init; }
    [JsonIgnore] public string? CaptionEn { get; init; }
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

    /// <summary>
    /// The name and caption in the shopper's language (<see cref="CatalogText"/>). An island gets its cards as
    /// parameters (JSON in the page, read back when the circuit starts, whose first message is size-limited): only
    /// these travel, as "name" and "caption", and come back as the card's only name and caption.
    /// </summary>
    [JsonPropertyName("name")]
    public string DisplayName { get => CatalogText.Pick(Name, NameEn); init => (Name, NameEn) = (value, null); }

    [JsonPropertyName("caption")]
    public string DisplayCaption { get => CatalogText.Pick(Caption, CaptionEn); init => (Caption, CaptionEn) = (value, null); }

    /// <summary>Applies a live change; true if anything shown changed.</summary>
    public bool Apply(BlazorShop.Shared.Live.SkuChanged change)
    {
        if (change.SkuId != Id || (Price == change.Price && Stock == change.Stock && IsLaunched == change.IsLaunched)) return false;
        (Price, Stock, IsLaunched) = (change.Price, change.Stock, change.IsLaunched);
        return true;
    }
}
