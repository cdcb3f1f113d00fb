namespace BlazorShop.Infrastructure.Seeding;

/// <summary>Start-up data (section <c>Seed</c>).</summary>
public sealed class SeedOptions
{
    public const string Section = "Seed";

    /// <summary>Import China's areas and the demo catalog on first start (idempotent).</summary>
    public bool DemoData { get; set; } = true;

    /// <summary>With the demo data: the demo shopper's order history and the catalog's reviews, written on a first start
    /// (when the shop has no orders yet).</summary>
    public bool DemoOrders { get; set; } = true;

    /// <summary>The <c>wwwroot-assets</c> folder; empty means "look next to the app and the content root".</summary>
    public string AssetsPath { get; set; } = "";

    /// <summary>Password of <c>admin</c> when the account is created; empty means generated and written once to a 0600 file.</summary>
    public string AdminPassword { get; set; } = "";

    /// <summary>Password of the demo shopper <c>demo</c>, the same way.</summary>
    public string ShopperPassword { get; set; } = "";
}
