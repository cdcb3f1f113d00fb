using BlazorShop.Features.Payments.Alipay;

namespace BlazorShop.Features.Payments.Simulator;

/// <summary>
/// Server-to-server calls to the simulator go to it in-process (the app needs no URL of its own for that): the same
/// signed parameters in, the same signed JSON text out, as over HTTP.
/// </summary>
public sealed class SimulatorTransport(AlipaySimulator simulator) : IAlipayTransport
{
    public Task<string> PostAsync(string gatewayUrl, IReadOnlyDictionary<string, string> parameters, CancellationToken ct) =>
        simulator.HandleApiAsync(parameters, ct);
}
