namespace BlazorShop.Features.Payments.Alipay;

/// <summary>Carries a signed server-to-server request to the gateway and brings its answer back, as text.</summary>
public interface IAlipayTransport
{
    Task<string> PostAsync(string gatewayUrl, IReadOnlyDictionary<string, string> parameters, CancellationToken ct);
}
