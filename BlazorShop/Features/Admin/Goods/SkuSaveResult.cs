namespace BlazorShop.Features.Admin.Goods;

/// <summary>
/// The outcome of an inline edit: saved (<see cref="Row"/> as saved), invalid (<see cref="Errors"/>: field → message),
/// conflict (someone else saved first: <see cref="Row"/> is their version, nothing was overwritten), not found.
/// </summary>
public sealed record SkuSaveResult(SkuSaveStatus Status, SkuGridRow? Row = null, IReadOnlyDictionary<string, string>? Errors = null);
