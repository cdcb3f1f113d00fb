namespace BlazorShop.Features.Cart;

/// <summary>What a store did with an add: the line's count afterwards (0 when refused) and whether it was capped.</summary>
public readonly record struct CartAddResult(int Count, bool Capped, bool TooManyLines);
