namespace BlazorShop.Domain;

/// <summary>One back-office change: who (user id and name at the time), what (area, action, target, details), when (UTC).</summary>
public class AuditEntry
{
    public long Id { get; set; }
    public DateTime At { get; set; }
    public long? ActorId { get; set; }
    public string ActorName { get; set; } = "";
    /// <summary>goods, orders, users, finance, content (see Features/Admin/Audit/AuditAreas).</summary>
    public required string Area { get; set; }
    public required string Action { get; set; }
    /// <summary>What was changed, e.g. "sku:12" or "order:20261122…".</summary>
    public string Target { get; set; } = "";
    /// <summary>The change in short, e.g. "price 10.00 → 9.00".</summary>
    public string Details { get; set; } = "";
}
