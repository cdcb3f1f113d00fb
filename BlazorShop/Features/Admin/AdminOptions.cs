using System.ComponentModel.DataAnnotations;

namespace BlazorShop.Features.Admin;

/// <summary>Settings "Admin:…" of the back office.</summary>
public sealed class AdminOptions
{
    public const string Section = "Admin";

    /// <summary>A launched SKU with fewer units than this is "low stock" (grid filter, dashboard badge).</summary>
    [Range(1, 100_000)]
    public int LowStockThreshold { get; set; } = 10;

    /// <summary>Most rows a CSV export writes.</summary>
    [Range(1, 1_000_000)]
    public int MaxExportRows { get; set; } = 100_000;
}
