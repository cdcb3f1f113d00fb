namespace BlazorShop.Features.Payments.Simulator;

/// <summary>What the simulator's page shows.</summary>
public enum SimulatorPageState { Pay = 1, InvalidSignature = 2, InvalidRequest = 3, AlreadyPaid = 4, Closed = 5, Cancelled = 6 }
