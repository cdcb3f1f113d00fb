using System.ComponentModel.DataAnnotations;

namespace BlazorShop.Features.Orders;

/// <summary>Orders (section <c>Orders</c>): freight, how long an unpaid order waits, the expiry sweep, paging, the placing gate.</summary>
public sealed class OrderOptions
{
    public const string Section = "Orders";

    /// <summary>Flat freight per order in yuan.</summary>
    [Range(typeof(decimal), "0", "1000")]
    public decimal Freight { get; set; } = 10m;

    /// <summary>An unpaid (online payment) order is cancelled, and its stock returned, after this long.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00")]
    public TimeSpan UnpaidExpiry { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How often the expiry sweep looks for overdue unpaid orders.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan ExpirySweepInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Orders per page in the order history.</summary>
    [Range(1, 50)]
    public int PageSize { get; set; } = 5;

    /// <summary>Lines an order holds at most.</summary>
    [Range(1, 1000)]
    public int MaxLines { get; set; } = 100;

    /// <summary>Placing transactions that take the same SKU let into the database at once by one instance; the rest
    /// wait in the app (see <see cref="PlacingGate"/>).</summary>
    [Range(1, 1000)]
    public int PlacingPerSku { get; set; } = 16;
}
