namespace BlazorShop.Features.Orders;

public enum OrderActionOutcome
{
    Done,
    /// <summary>No such order of this user (someone else's or unknown): a 404.</summary>
    NotFound,
    /// <summary>The order's status does not allow the action (already paid, cancelled, …).</summary>
    NotAllowed,
    /// <summary>A review that breaks the rules (score, text length, a line not in the order or reviewed already).</summary>
    Invalid,
}
