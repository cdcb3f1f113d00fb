using System.Globalization;
using System.Security.Claims;
using BlazorShop.Domain;
using BlazorShop.Infrastructure.Data;
using BlazorShop.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BlazorShop.Features.Admin.Dashboard;

/// <summary>The dashboard's figures. Sales count orders that are paid or on their way (not unpaid, not cancelled).</summary>
public sealed class AdminDashboardService(IDbContextFactory<ShopDbContext> contexts, AdminGuard guard, TimeProvider clock, IOptions<AdminOptions> options)
{
    public const int Days = 30;

    public async Task<DashboardData> GetAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        await guard.DemandAsync(user, AdminPolicies.Access);
        await using var db = contexts.CreateDbContext();
        var today = Display.ChinaToday(clock);
        var todayStartUtc = ChinaMidnightUtc(today);
        var firstDay = today.AddDays(-(Days - 1));
        var firstUtc = ChinaMidnightUtc(firstDay);

        var usersTotal = await db.Users.CountAsync(ct);
        var newToday = await db.Users.CountAsync(u => u.CreatedAt >= todayStartUtc, ct);
        var activeToday = await db.Users.CountAsync(u => u.LastLoginAt >= todayStartUtc, ct);
        var threshold = options.Value.LowStockThreshold;
        var lowStock = await db.Skus.CountAsync(s => s.IsLaunched && s.Stock < threshold, ct);

        var orders = await db.Orders.AsNoTracking().Where(o => o.CreatedAt >= firstUtc)
            .Select(o => new { o.CreatedAt, o.TotalAmount, o.Status }).ToListAsync(ct);
        var byDay = orders.GroupBy(o => DateOnly.FromDateTime(Display.ToChinaTime(o.CreatedAt)))
            .ToDictionary(g => g.Key, g => (Orders: g.Count(), Sales: g.Where(o => Counts(o.Status)).Sum(o => o.TotalAmount)));
        var days = Enumerable.Range(0, Days).Select(i => firstDay.AddDays(i))
            .Select(d => byDay.TryGetValue(d, out var f) ? new DayFigure(Label(d), f.Orders, f.Sales) : new DayFigure(Label(d), 0, 0)).ToList();
        var todayFigures = byDay.GetValueOrDefault(today);

        var topSkus = await db.Skus.AsNoTracking().OrderByDescending(s => s.Sales).ThenBy(s => s.Id).Take(10)
            .Select(s => new NamedCount("#" + s.Id + " " + s.Name, s.Sales)).ToListAsync(ct);
        var visits = await (from v in db.CategoryVisits.AsNoTracking()
                            join c in db.Categories on v.CategoryId equals c.Id
                            where v.Date == today
                            orderby v.Count descending
                            select new NamedCount(c.Name, v.Count)).Take(10).ToListAsync(ct);

        return new DashboardData(usersTotal, newToday, activeToday, todayFigures.Orders, todayFigures.Sales, lowStock, days,
            // Labels are the chart's categories: each starts with the SKU id so two SKUs with a similar name stay apart.
            topSkus.Select(s => s with { Name = s.Name.Length > 24 ? s.Name[..24] + "…" : s.Name }).ToList(), visits);
    }

    public static bool Counts(OrderStatus status) => status is not (OrderStatus.Unpaid or OrderStatus.Cancelled);

    private static string Label(DateOnly day) => day.ToString("MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The UTC instant a China calendar day starts (China time is UTC+8 all year, no daylight saving).</summary>
    private static DateTime ChinaMidnightUtc(DateOnly day) => DateTime.SpecifyKind(day.ToDateTime(TimeOnly.MinValue).AddHours(-8), DateTimeKind.Utc);
}
