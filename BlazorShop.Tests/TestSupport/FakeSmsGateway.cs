using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BlazorShop.Tests.TestSupport;

/// <summary>An SMS gateway on a loopback port: records each POST (headers and JSON), answers 500 while told to fail.</summary>
public sealed class FakeSmsGateway : IAsyncDisposable
{
    public sealed record Received(string? Authorization, string? ContentType, JsonElement Body);

    private readonly WebApplication _app;
    private int _failuresLeft;
    public ConcurrentQueue<Received> Requests { get; } = new();
    public Uri Url { get; private set; } = default!;
    /// <summary>How long the gateway takes to answer (to show the shop does not wait for it).</summary>
    public TimeSpan Delay { get; set; }

    private FakeSmsGateway(WebApplication app) => _app = app;

    public void FailNext(int times) => Interlocked.Exchange(ref _failuresLeft, times);

    public static async Task<FakeSmsGateway> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var gateway = new FakeSmsGateway(builder.Build());
        gateway._app.MapPost("/sms/send", async (HttpRequest request) =>
        {
            using var body = await JsonDocument.ParseAsync(request.Body);
            var fail = Interlocked.Decrement(ref gateway._failuresLeft) >= 0;
            gateway.Requests.Enqueue(new Received(request.Headers.Authorization, request.ContentType, body.RootElement.Clone()));
            if (gateway.Delay > TimeSpan.Zero) await Task.Delay(gateway.Delay);
            return fail ? Results.StatusCode(500) : Results.Json(new { ok = true });
        });
        await gateway._app.StartAsync();
        var address = gateway._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        gateway.Url = new Uri(new Uri(address), "/sms/send");
        return gateway;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
