namespace BlazorShop.Features.Admin.Audit;

public sealed record AuditRow(long Id, DateTime At, string ActorName, string Area, string Action, string Target, string Details);
