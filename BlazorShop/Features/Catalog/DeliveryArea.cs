namespace BlazorShop.Features.Catalog;

/// <summary>Where goods go: a province (it sets the estimate) and the words shown ("广东省 广州市 天河区").</summary>
public sealed record DeliveryArea(int ProvinceId, string Label);
