namespace BlazorShop.Features.Admin.Dashboard;

/// <summary>
/// The dashboard's figures (today = the China calendar day) and its chart series: orders and sales per day over 30 days,
/// the 10 best-selling SKUs, and category visits today.
/// </summary>
public sealed record DashboardData(
    int UsersTotal, int NewUsersToday, int ActiveUsersToday, int OrdersToday, decimal SalesToday, int LowStock,
    IReadOnlyList<DayFigure> Days, IReadOnlyList<NamedCount> TopSkus, IReadOnlyList<NamedCount> CategoryVisitsToday);
