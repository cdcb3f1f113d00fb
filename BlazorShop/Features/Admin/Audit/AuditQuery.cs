namespace BlazorShop.Features.Admin.Audit;

/// <summary>A page of the audit log, newest first; null filters match everything.</summary>
public sealed record AuditQuery(int Skip = 0, int Take = 50, string? Area = null, string? Text = null);
