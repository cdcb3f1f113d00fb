namespace BlazorShop.Features.Payments.Alipay;

/// <summary>The real gateway: a form POST to <c>gateway?charset=utf-8</c> (client <see cref="ClientName"/>, timeout <c>Payment:Alipay:Timeout</c>).</summary>
public sealed class HttpAlipayTransport(IHttpClientFactory clients) : IAlipayTransport
{
    public const string ClientName = "Alipay";

    public async Task<string> PostAsync(string gatewayUrl, IReadOnlyDictionary<string, string> parameters, CancellationToken ct)
    {
        using var http = clients.CreateClient(ClientName);
        using var content = new FormUrlEncodedContent(parameters);
        using var response = await http.PostAsync(gatewayUrl + "?charset=utf-8", content, ct);
        response.EnsureSuccessStatusCode();
        var bytes = await response.Content.ReadAsByteArrayAsync(ct);
        return System.Text.Encoding.UTF8.GetString(bytes);
    }
}
