namespace BlazorShop.Infrastructure.Health;

/// <summary>Operator diagnostics (section <c>Diagnostics</c>).</summary>
public sealed class DiagnosticsOptions
{
    public const string Section = "Diagnostics";

    /// <summary><c>GET /diagnostics/memory</c> (loopback only): the live managed heap after a full GC.</summary>
    public bool Memory { get; set; }
}
