using System.Security.Claims;
using BlazorShop.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorShop.Tests.TestSupport;

/// <summary>
/// Running apps for the back-office tests, one per database provider, shared by the collection "admin". The seeded
/// Staff role's own permission claims are taken away, so each staff member made here holds exactly the permissions
/// the test gives them (as their own claims).
/// </summary>
public sealed class AdminApps : IAsyncLifetime
{
    private readonly Dictionary<string, Task<ShopAppFactory>> _apps = [];
    private readonly List<PostgresDatabase> _databases = [];
    private readonly SemaphoreSlim _gate = new(1, 1);

    public static TheoryData<string> Providers => CatalogApps.Providers;

    public async Task<ShopAppFactory> GetAsync(string provider = "Sqlite")
    {
        await _gate.WaitAsync();
        try
        {
            if (!_apps.TryGetValue(provider, out var app)) _apps[provider] = app = StartAsync(provider);
            return await app;
        }
        finally { _gate.Release(); }
    }

    private async Task<ShopAppFactory> StartAsync(string provider)
    {
        var factory = new ShopAppFactory();
        if (provider == "Postgres")
        {
            var database = await PostgresDatabase.CreateAsync();
            _databases.Add(database);
            factory.Settings["Database:Provider"] = "Postgres";
            factory.Settings["ConnectionStrings:Shop"] = database.ConnectionString;
        }
        factory.StartServer();
        await using var scope = factory.Services.CreateAsyncScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<ShopRole>>();
        var staff = (await roles.FindByNameAsync(Roles.Staff))!;
        foreach (var claim in await roles.GetClaimsAsync(staff)) await roles.RemoveClaimAsync(staff, claim);
        return factory;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var app in _apps.Values) await (await app).DisposeAsync();
        foreach (var database in _databases) await database.DisposeAsync();
    }
}

[CollectionDefinition("admin")]
public sealed class AdminCollection : ICollectionFixture<AdminApps>;

/// <summary>Back-office people: real accounts (for HTTP and browser tests) and principals (for service tests).</summary>
public static class AdminPeople
{
    /// <summary>A new account in the Admin role, or Staff with the given permissions, or a shopper (neither).</summary>
    public static async Task<TestShopper> CreateAsync(ShopAppFactory app, string? role, params string[] permissions)
    {
        var person = await TestShoppers.CreateAsync(app, role?.ToLowerInvariant() ?? "shopper");
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ShopUser>>();
        var user = (await users.FindByIdAsync(person.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)))!;
        if (role is not null) await users.AddToRoleAsync(user, role);
        if (permissions.Length > 0) await users.AddClaimsAsync(user, permissions.Select(p => new Claim(Permissions.ClaimType, p)));
        return person;
    }

    public static ClaimsPrincipal Admin(long id = 1) => Principal(id, "admin", [Roles.Admin], []);

    public static ClaimsPrincipal Staff(long id, params string[] permissions) => Principal(id, "staff" + id, [Roles.Staff], permissions);

    /// <summary>Staff holding every permission but <paramref name="missing"/>.</summary>
    public static ClaimsPrincipal StaffWithout(long id, string missing) => Staff(id, Permissions.All.Where(p => p != missing).ToArray());

    public static ClaimsPrincipal Shopper(long id) => Principal(id, "shopper" + id, [], []);

    public static ClaimsPrincipal Anonymous() => new(new ClaimsIdentity());

    private static ClaimsPrincipal Principal(long id, string name, string[] roles, string[] permissions)
    {
        var claims = new List<Claim> { new(ClaimTypes.NameIdentifier, id.ToString(System.Globalization.CultureInfo.InvariantCulture)), new(ClaimTypes.Name, name) };
        claims.AddRange(roles.Select(r => new Claim(ClaimTypes.Role, r)));
        claims.AddRange(permissions.Select(p => new Claim(Permissions.ClaimType, p)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, "Test", ClaimTypes.Name, ClaimTypes.Role));
    }
}
