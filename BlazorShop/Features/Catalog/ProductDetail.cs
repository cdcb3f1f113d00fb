using BlazorShop.Shared;

namespace BlazorShop.Features.Catalog;

public sealed class ProductDetail
{
    public required SkuCardModel Sku { get; init; }
    public long SpuId { get; init; }
    public int CategoryId { get; init; }
    public string Brand { get; init; } = "";
    /// <summary>The product's (SPU's) name, for the specs table.</summary>
    public string SpuName { get; init; } = "";
    public IReadOnlyList<string> Images { get; init; } = [];
    public string Description { get; init; } = "";
    public string Packing { get; init; } = "";
    public string AfterSale { get; init; } = "";
    public string? BrandEn { get; init; }
    public string? SpuNameEn { get; init; }
    public string? DescriptionEn { get; init; }
    public string? PackingEn { get; init; }
    public string? AfterSaleEn { get; init; }

    /// <summary>The texts in the shopper's language (<see cref="CatalogText"/>).</summary>
    public string DisplayBrand => CatalogText.Pick(Brand, BrandEn);
    public string DisplaySpuName => CatalogText.Pick(SpuName, SpuNameEn);
    public string DisplayDescription => CatalogText.Pick(Description, DescriptionEn);
    public string DisplayPacking => CatalogText.Pick(Packing, PackingEn);
    public string DisplayAfterSale => CatalogText.Pick(AfterSale, AfterSaleEn);
    public IReadOnlyList<SpecView> Specs { get; init; } = [];
    public IReadOnlyList<VariantView> Variants { get; init; } = [];
    public Breadcrumb Breadcrumb { get; set; } = new([]);

    public IReadOnlyList<int> CurrentOptions => Variants.FirstOrDefault(v => v.SkuId == Sku.Id)?.OptionIds ?? [];

    /// <summary>
    /// The SKU reached by picking <paramref name="optionId"/> for specification number <paramref name="specIndex"/>
    /// while keeping the other choices; null when no launched SKU has that combination (shown unavailable).
    /// </summary>
    public long? SkuFor(int specIndex, int optionId)
    {
        var wanted = CurrentOptions.ToArray();
        if (specIndex >= wanted.Length) return null;
        wanted[specIndex] = optionId;
        return Variants.FirstOrDefault(v => v.IsLaunched && v.OptionIds.SequenceEqual(wanted))?.SkuId;
    }

    /// <summary>The picker as it is shown: per specification, each option with the SKU it leads to.</summary>
    public List<SpecRow> SpecRows() => Specs.Select((spec, index) => new SpecRow(spec.DisplayName, spec.Options
        .Select(o =>
        {
            var target = SkuFor(index, o.Id);
            var soldOut = target is { } t && Variants.FirstOrDefault(v => v.SkuId == t)?.Stock <= 0;
            return new SpecChoice(o.DisplayValue, target, CurrentOptions.ElementAtOrDefault(index) == o.Id, soldOut);
        }).ToList())).ToList();
}
