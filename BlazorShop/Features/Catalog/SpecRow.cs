namespace BlazorShop.Features.Catalog;

/// <summary>One specification of the product page's picker, ready to render (serializable: islands take it as a parameter).</summary>
public sealed record SpecRow(string Name, List<SpecChoice> Options);
