namespace BlazorShop.Features.Catalog;

/// <summary>
/// An edit of a SKU's sale data; null fields stay as they are. With <paramref name="ExpectedRowVersion"/> the save
/// succeeds only if nobody changed the SKU since it was read (else <see cref="Microsoft.EntityFrameworkCore.DbUpdateConcurrencyException"/>).
/// The English name and caption are optional: an empty or blank one clears it (English pages show the Chinese).
/// </summary>
public sealed record SkuEdit(decimal? Price = null, int? Stock = null, bool? IsLaunched = null, string? Name = null, string? Caption = null,
    decimal? MarketPrice = null, int? ExpectedRowVersion = null, string? NameEn = null, string? CaptionEn = null);
