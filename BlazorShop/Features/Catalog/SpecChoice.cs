namespace BlazorShop.Features.Catalog;

/// <summary>
/// An option of a specification: the SKU it leads to (null when no launched SKU has that combination), and whether
/// that SKU is sold out (still a link: its page offers the back-in-stock notice).
/// </summary>
public sealed record SpecChoice(string Value, long? TargetSku, bool Selected, bool SoldOut = false);
