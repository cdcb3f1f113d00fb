using System.ComponentModel.DataAnnotations;

namespace BlazorShop.Features.Notices;

/// <summary>The message centre and back-in-stock alerts (section <c>Notices</c>).</summary>
public sealed class NoticeOptions
{
    public const string Section = "Notices";

    /// <summary>How many back-in-stock alerts a shopper may have waiting at once.</summary>
    [Range(1, 1000)]
    public int MaxStockAlerts { get; set; } = 50;

    /// <summary>Notices per page of the message centre.</summary>
    [Range(5, 100)]
    public int PageSize { get; set; } = 10;
}
