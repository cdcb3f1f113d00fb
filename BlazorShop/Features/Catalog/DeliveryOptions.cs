using System.ComponentModel.DataAnnotations;

namespace BlazorShop.Features.Catalog;

/// <summary>
/// Settings "Delivery:…": the estimated delivery date on product pages. Orders placed (China time) before the cut-off
/// hour ship that day, later ones the next; they arrive after <see cref="Days"/> days, or <see cref="RemoteDays"/>
/// in the remote provinces. The freight itself is the orders' (<c>Orders:Freight</c>, read through <c>IFreight</c>), so the page and the
/// checkout never disagree.
/// </summary>
public sealed class DeliveryOptions
{
    public const string Section = "Delivery";

    /// <summary>Orders before this hour (China time, 0–23) ship the same day.</summary>
    [Range(0, 23)]
    public int CutoffHour { get; set; } = 16;

    /// <summary>Days from shipping to delivery.</summary>
    [Range(0, 30)]
    public int Days { get; set; } = 2;

    /// <summary>Days from shipping to delivery in the remote provinces.</summary>
    [Range(0, 60)]
    public int RemoteDays { get; set; } = 5;

    /// <summary>Province codes (2 digits, as in the area table) that take <see cref="RemoteDays"/>: Inner Mongolia, Tibet, Qinghai, Xinjiang.</summary>
    public List<int> RemoteProvinces { get; set; } = [15, 54, 63, 65];
}
