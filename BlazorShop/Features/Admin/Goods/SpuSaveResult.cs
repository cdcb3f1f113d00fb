namespace BlazorShop.Features.Admin.Goods;

/// <summary>The SPU's id when saved; otherwise the errors (field → message), e.g. an unknown brand or a category not of level 3.</summary>
public sealed record SpuSaveResult(long? Id, IReadOnlyDictionary<string, string> Errors)
{
    public bool Saved => Id is not null;
}
