namespace BlazorShop.Features.Payments.Simulator;

/// <summary>The simulator's page: a trade to pay, or why not.</summary>
public sealed record SimulatorPage(SimulatorPageState State, string? OutTradeNo = null, string? Subject = null, decimal Amount = 0);
