namespace BlazorShop.Features.Payments.Simulator;

/// <summary>Wakes the simulator's notifier when a trade was just paid (it also polls, for retries and other instances).</summary>
public sealed class SimulatorNotifySignal
{
    private readonly SemaphoreSlim _signal = new(0);

    public void Set()
    {
        if (_signal.CurrentCount == 0) _signal.Release();
    }

    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken ct) => _signal.WaitAsync(timeout, ct);
}
