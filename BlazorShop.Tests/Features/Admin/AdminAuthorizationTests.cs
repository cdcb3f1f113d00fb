using System.Net;
using System.Reflection;
using System.Security.Claims;
using BlazorShop.Domain;
using BlazorShop.Features.Admin;
using BlazorShop.Tests.TestSupport;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorShop.Tests.Features.Admin;

/// <summary>
/// Every back-office page and download, and every back-office service method, refuses shoppers, Staff without the
/// permission it needs and anonymous visitors (who are sent to the login page); Admins and Staff with the permission get in.
/// </summary>
[Collection("admin")]
public class AdminAuthorizationTests(AdminApps apps)
{
    /// <summary>Each back-office URL and the permission it needs (null: any Admin or Staff; "admin": Admins only).</summary>
    public static readonly (string Url, string? Permission)[] Urls =
    [
        ("/admin", null),
        ("/admin/goods", Permissions.Catalog),
        ("/admin/goods/spus", Permissions.Catalog),
        ("/admin/goods/spu/1", Permissions.Catalog),
        ("/admin/goods/sku/1", Permissions.Catalog),
        ("/admin/goods/categories", Permissions.Catalog),
        ("/admin/goods/brands", Permissions.Catalog),
        ("/admin/goods/channels", Permissions.Catalog),
        ("/admin/export/skus.csv", Permissions.Catalog),
        ("/admin/orders", Permissions.Orders),
        ("/admin/orders/20260101000000000000001", Permissions.Orders),
        ("/admin/export/orders.csv", Permissions.Orders),
        ("/admin/users", Permissions.Users),
        ("/admin/recharges", Permissions.Recharges),
        ("/admin/reviews", Permissions.Reviews),
        ("/admin/content", Permissions.Content),
        ("/admin/audit", "admin"),
    ];

    [Fact]
    public void Every_back_office_page_is_in_the_list_and_has_a_policy()
    {
        var pages = typeof(AdminPolicies).Assembly.GetTypes()
            .Where(t => t.Namespace?.StartsWith("BlazorShop.Features.Admin", StringComparison.Ordinal) == true)
            .SelectMany(t => t.GetCustomAttributes<Microsoft.AspNetCore.Components.RouteAttribute>().Select(r => (Type: t, r.Template))).ToList();
        Assert.NotEmpty(pages);
        foreach (var (type, template) in pages)
        {
            var policy = type.GetCustomAttribute<Microsoft.AspNetCore.Authorization.AuthorizeAttribute>()?.Policy;
            Assert.False(string.IsNullOrEmpty(policy), $"{type.Name} has no authorization policy");
            var prefix = template.Split('{')[0].TrimEnd('/');
            Assert.Contains(Urls, u => u.Url == prefix || u.Url.StartsWith(prefix + "/", StringComparison.Ordinal) && template.Contains('{'));
        }
    }

    [Fact]
    public async Task Pages_and_downloads_let_in_exactly_the_people_with_the_permission()
    {
        var app = await apps.GetAsync();
        var admin = await ClientAsync(app, Roles.Admin);
        var shopper = await ClientAsync(app, null);
        var staffNone = await ClientAsync(app, Roles.Staff);
        var staffAll = await ClientAsync(app, Roles.Staff, Permissions.All);
        var staffWithout = new Dictionary<string, HttpClient>();
        foreach (var p in Permissions.All) staffWithout[p] = await ClientAsync(app, Roles.Staff, Permissions.All.Where(x => x != p).ToArray());
        var anonymous = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        foreach (var (url, permission) in Urls)
        {
            await ExpectAsync(admin, url, HttpStatusCode.OK);
            await ExpectAsync(shopper, url, HttpStatusCode.Forbidden);
            using (var response = await anonymous.GetAsync(url))
            {
                Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
                Assert.StartsWith("/login", response.Headers.Location!.PathAndQuery());
            }
            switch (permission)
            {
                case null:
                    await ExpectAsync(staffNone, url, HttpStatusCode.OK);
                    break;
                case "admin":
                    await ExpectAsync(staffAll, url, HttpStatusCode.Forbidden);
                    break;
                default:
                    await ExpectAsync(staffAll, url, HttpStatusCode.OK);
                    await ExpectAsync(staffWithout[permission], url, HttpStatusCode.Forbidden);
                    await ExpectAsync(staffNone, url, HttpStatusCode.Forbidden);
                    break;
            }
        }
    }

    [Fact]
    public async Task A_forbidden_page_says_so_and_the_menu_shows_only_what_the_person_may_open()
    {
        var app = await apps.GetAsync();
        var shopper = await ClientAsync(app, null);
        using var refused = await shopper.GetAsync("/admin/goods");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("没有权限", await refused.Content.ReadAsStringAsync());

        var staff = await ClientAsync(app, Roles.Staff, Permissions.Orders);
        var html = await staff.GetStringAsync("/admin");
        Assert.Contains("href=\"/admin/orders\"", html);
        Assert.DoesNotContain("href=\"/admin/goods\"", html);
        Assert.DoesNotContain("href=\"/admin/users\"", html);
        Assert.DoesNotContain("href=\"/admin/audit\"", html);
    }

    /// <summary>Each back-office service method with a principal, and the policy it must enforce.</summary>
    private static readonly Dictionary<string, string> MethodPolicies = new()
    {
        ["AuditLog.QueryAsync"] = AdminPolicies.AdminOnly,
        ["CatalogLookups.CategoriesAsync"] = AdminPolicies.Access,
        ["CatalogLookups.BrandsAsync"] = AdminPolicies.Access,
        ["AdminSkuService.QueryAsync"] = AdminPolicies.Goods,
        ["AdminSkuService.ExportAsync"] = AdminPolicies.Goods,
        ["AdminSkuService.SaveAsync"] = AdminPolicies.Goods,
        ["AdminSkuService.PreviewAsync"] = AdminPolicies.Goods,
        ["AdminSkuService.ApplyAsync"] = AdminPolicies.Goods,
        ["AdminSkuService.LowStockCountAsync"] = AdminPolicies.Access,
        ["AdminSpuService.ListAsync"] = AdminPolicies.Goods,
        ["AdminSpuService.GetAsync"] = AdminPolicies.Goods,
        ["AdminSpuService.SaveAsync"] = AdminPolicies.Goods,
        ["AdminSpuService.AddSpecificationAsync"] = AdminPolicies.Goods,
        ["AdminSpuService.AddOptionAsync"] = AdminPolicies.Goods,
        ["AdminSpuService.RemoveOptionAsync"] = AdminPolicies.Goods,
        ["AdminSpuService.SetEnglishAsync"] = AdminPolicies.Goods,
        ["AdminSpuService.GenerateSkusAsync"] = AdminPolicies.Goods,
        ["AdminSkuImageService.GetAsync"] = AdminPolicies.Goods,
        ["AdminSkuImageService.UploadAsync"] = AdminPolicies.Goods,
        ["AdminSkuImageService.ReorderAsync"] = AdminPolicies.Goods,
        ["AdminSkuImageService.MoveAsync"] = AdminPolicies.Goods,
        ["AdminSkuImageService.SetDefaultAsync"] = AdminPolicies.Goods,
        ["AdminSkuImageService.DeleteAsync"] = AdminPolicies.Goods,
        ["AdminCategoryService.TreeAsync"] = AdminPolicies.Goods,
        ["AdminCategoryService.AddAsync"] = AdminPolicies.Goods,
        ["AdminCategoryService.RenameAsync"] = AdminPolicies.Goods,
        ["AdminCategoryService.SetEnglishNameAsync"] = AdminPolicies.Goods,
        ["AdminCategoryService.ShiftAsync"] = AdminPolicies.Goods,
        ["AdminCategoryService.MoveAsync"] = AdminPolicies.Goods,
        ["AdminCategoryService.DeleteAsync"] = AdminPolicies.Goods,
        ["AdminBrandService.ListAsync"] = AdminPolicies.Goods,
        ["AdminBrandService.SaveAsync"] = AdminPolicies.Goods,
        ["AdminBrandService.SetLogoAsync"] = AdminPolicies.Goods,
        ["AdminBrandService.DeleteAsync"] = AdminPolicies.Goods,
        ["AdminChannelService.GroupsAsync"] = AdminPolicies.Goods,
        ["AdminChannelService.SaveGroupAsync"] = AdminPolicies.Goods,
        ["AdminChannelService.ShiftGroupAsync"] = AdminPolicies.Goods,
        ["AdminChannelService.DeleteGroupAsync"] = AdminPolicies.Goods,
        ["AdminChannelService.AddChannelAsync"] = AdminPolicies.Goods,
        ["AdminChannelService.UpdateChannelAsync"] = AdminPolicies.Goods,
        ["AdminChannelService.ShiftChannelAsync"] = AdminPolicies.Goods,
        ["AdminChannelService.RemoveChannelAsync"] = AdminPolicies.Goods,
        ["AdminUserService.SearchAsync"] = AdminPolicies.Users,
        ["AdminUserService.SetLockedAsync"] = AdminPolicies.Users,
        ["AdminUserService.SetStaffAsync"] = AdminPolicies.AdminOnly,
        ["AdminUserService.SetAdminAsync"] = AdminPolicies.AdminOnly,
        ["AdminRechargeService.ListAsync"] = AdminPolicies.Finance,
        ["AdminRechargeService.ApproveAsync"] = AdminPolicies.Finance,
        ["AdminRechargeService.RejectAsync"] = AdminPolicies.Finance,
        ["AdminReviewService.ListAsync"] = AdminPolicies.Reviews,
        ["AdminReviewService.SetHiddenAsync"] = AdminPolicies.Reviews,
        ["AdminContentService.SlotsAsync"] = AdminPolicies.Content,
        ["AdminContentService.ItemsAsync"] = AdminPolicies.Content,
        ["AdminContentService.SaveAsync"] = AdminPolicies.Content,
        ["AdminContentService.DeleteAsync"] = AdminPolicies.Content,
        ["AdminContentService.SetImageAsync"] = AdminPolicies.Content,
        ["AdminDashboardService.GetAsync"] = AdminPolicies.Access,
        ["AdminOrderService.QueryAsync"] = AdminPolicies.Orders,
        ["AdminOrderService.ExportAsync"] = AdminPolicies.Orders,
        ["AdminOrderService.GetAsync"] = AdminPolicies.Orders,
        ["AdminOrderService.ShipAsync"] = AdminPolicies.Orders,
        ["AdminOrderService.CancelAsync"] = AdminPolicies.Orders,
    };

    private static IEnumerable<MethodInfo> GuardedMethods() => typeof(AdminPolicies).Assembly.GetTypes()
        .Where(t => t.Namespace?.StartsWith("BlazorShop.Features.Admin", StringComparison.Ordinal) == true && t.IsClass && !t.IsAbstract)
        .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
        .Where(m => m.GetParameters().FirstOrDefault()?.ParameterType == typeof(ClaimsPrincipal) && typeof(Task).IsAssignableFrom(m.ReturnType))
        .Where(m => m.DeclaringType != typeof(AdminGuard) && m.Name != "WriteAsync");

    [Fact]
    public void Every_service_method_taking_a_principal_has_its_policy_listed()
    {
        var methods = GuardedMethods().Select(m => m.DeclaringType!.Name + "." + m.Name).ToHashSet();
        Assert.Empty(methods.Except(MethodPolicies.Keys));
        Assert.Empty(MethodPolicies.Keys.Except(methods));
    }

    [Fact]
    public async Task Every_service_method_refuses_shoppers_anonymous_and_staff_without_the_permission()
    {
        var app = await apps.GetAsync();
        foreach (var method in GuardedMethods())
        {
            var name = method.DeclaringType!.Name + "." + method.Name;
            var policy = MethodPolicies[name];
            var service = app.Services.GetRequiredService(method.DeclaringType!);
            var refused = new List<ClaimsPrincipal> { AdminPeople.Shopper(900_001), AdminPeople.Anonymous() };
            if (policy == AdminPolicies.AdminOnly) refused.Add(AdminPeople.Staff(900_002, Permissions.All));
            else if (policy != AdminPolicies.Access) refused.Add(AdminPeople.StaffWithout(900_003, policy["admin:".Length..]));
            foreach (var principal in refused)
            {
                var call = (Task)method.Invoke(service, Arguments(method, principal))!;
                var e = await Assert.ThrowsAsync<AdminAccessDeniedException>(() => call);
                Assert.Equal(policy, e.Policy);
            }
        }
    }

    private static object?[] Arguments(MethodInfo method, ClaimsPrincipal principal) => method.GetParameters().Select(p =>
        p.ParameterType == typeof(ClaimsPrincipal) ? principal
        : p.ParameterType == typeof(Stream) ? Stream.Null
        : p.ParameterType == typeof(string) ? "1"
        : p.ParameterType.IsValueType ? Activator.CreateInstance(p.ParameterType)
        : null).ToArray();

    private static async Task<HttpClient> ClientAsync(ShopAppFactory app, string? role, params string[] permissions) =>
        await TestShoppers.ClientAsync(app, await AdminPeople.CreateAsync(app, role, permissions));

    private static async Task ExpectAsync(HttpClient client, string url, HttpStatusCode expected)
    {
        using var response = await client.GetAsync(url);
        Assert.True(expected == response.StatusCode, $"{url}: expected {expected}, got {response.StatusCode}");
    }
}
