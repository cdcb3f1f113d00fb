namespace BlazorShop.Features.Catalog;

/// <summary>An option of a specification: the SKU it leads to (null when no launched SKU has that combination).</summary>
public sealed record SpecChoice(string Value, long? TargetSku, bool Selected);
