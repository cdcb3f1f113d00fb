namespace BlazorShop.Features.Admin.Goods;

/// <summary>The brand's id when saved; otherwise the errors (field → message).</summary>
public sealed record BrandSaveResult(int? Id, IReadOnlyDictionary<string, string> Errors)
{
    public bool Saved => Id is not null;
}
