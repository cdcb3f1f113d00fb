using System.ComponentModel.DataAnnotations;

namespace BlazorShop.Features.Payments;

/// <summary>Online payment (section <c>Payment</c>): which gateway, where it calls us back, and the checks for missed notifies.</summary>
public sealed class PaymentOptions : IValidatableObject
{
    public const string Section = "Payment";

    public PaymentProvider Provider { get; set; } = PaymentProvider.Simulator;

    /// <summary>The shop's public origin (e.g. https://shop.example.com) for notify_url and return_url; default: the
    /// origin of the request that opened the pay page.</summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>The return page asks the gateway itself when no notify settled the order this long after the shopper came back.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan ConfirmAfter { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How often the reconciliation looks for unpaid orders to ask the gateway about.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan ReconcileInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The first check of an order sent to the gateway (later checks back off, doubling up to an hour).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan FirstCheckAfter { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>The simulator's notify retry schedule (4m, 10m, 10m, 1h, 2h, 6h, 15h, as Alipay's) times this factor; tests compress it.</summary>
    [Range(0.00001, 1.0)]
    public double SimulatorRetryScale { get; set; } = 1.0;

    /// <summary>Where the simulator keeps its two generated key pairs (default: the data folder). Instances that share a
    /// database must share this folder, or each would sign with keys the others don't know.</summary>
    public string? SimulatorKeyDirectory { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrWhiteSpace(PublicBaseUrl)
            && !(Uri.TryCreate(PublicBaseUrl, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.PathAndQuery == "/"))
            yield return new ValidationResult("Payment:PublicBaseUrl must be an absolute http(s) origin such as https://shop.example.com", [nameof(PublicBaseUrl)]);
    }
}
