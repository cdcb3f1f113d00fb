using System.Net.Http.Headers;
using Microsoft.Extensions.Options;

namespace BlazorShop.Infrastructure.Messaging;

/// <summary>
/// Production SMS: a JSON POST <c>{"mobile": "…", "text": "…"}</c> to the configured gateway
/// (<c>Messaging:Sms:Http:Url</c>) with <c>Authorization: Bearer {ApiKey}</c>; any 2xx is delivered, anything else
/// (or no answer within the timeout) is a failure the dispatcher retries.
/// </summary>
public sealed class HttpSmsSender(HttpClient http, IOptions<SmsOptions> options) : ISmsSender
{
    public async Task SendAsync(SmsMessage message, CancellationToken ct)
    {
        var gateway = options.Value.Gateway;
        using var request = new HttpRequestMessage(HttpMethod.Post, gateway.Url)
        {
            Content = JsonContent.Create(new GatewayRequest(message.Mobile, message.Text)),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", gateway.ApiKey);
        using var response = await http.SendAsync(request, ct);
        if (!response.IsSuccessStatusCode)
            throw new HttpRequestException($"SMS gateway answered {(int)response.StatusCode} {response.ReasonPhrase}", null, response.StatusCode);
    }

    private sealed record GatewayRequest(
        [property: System.Text.Json.Serialization.JsonPropertyName("mobile")] string Mobile,
        [property: System.Text.Json.Serialization.JsonPropertyName("text")] string Text);
}
