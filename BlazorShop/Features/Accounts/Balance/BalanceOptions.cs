using System.ComponentModel.DataAnnotations;

namespace BlazorShop.Features.Accounts.Balance;

/// <summary>Settings "Balance:…": limits of the recharge requests shoppers can file.</summary>
public sealed class BalanceOptions
{
    public const string Section = "Balance";

    /// <summary>Largest amount (yuan) one recharge request may ask for.</summary>
    [Range(typeof(decimal), "1", "1000000")]
    public decimal MaxRecharge { get; set; } = 50_000m;

    /// <summary>How many requests a shopper may have waiting for review at once.</summary>
    [Range(1, 100)]
    public int MaxPendingRecharges { get; set; } = 5;
}
