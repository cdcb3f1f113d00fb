namespace BlazorShop.Features.Cart;

/// <summary>What a cart change did: the outcome, the line's count afterwards and its limit (min(stock, max)) when known.</summary>
public readonly record struct CartResult(AddToCartOutcome Outcome, int Count = 0, int Limit = 0)
{
    public bool Changed => Outcome is AddToCartOutcome.Added or AddToCartOutcome.CappedAtStock or AddToCartOutcome.Updated;
}
