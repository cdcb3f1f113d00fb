namespace BlazorShop.Features.Admin.Goods;

/// <summary>One image of a SKU in the back office: its blob key, place in the gallery and whether it is the default.</summary>
public sealed record SkuImageRow(long Id, string Image, int Sequence, bool IsDefault);
