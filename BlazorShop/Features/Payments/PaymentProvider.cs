namespace BlazorShop.Features.Payments;

/// <summary>Simulator: the built-in stand-in for Alipay (same wire protocol, served by the app). Alipay: the real gateway (or its sandbox).</summary>
public enum PaymentProvider { Simulator = 1, Alipay = 2 }
