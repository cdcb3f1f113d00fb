using System.Security.Claims;
using System.Security.Cryptography;
using BlazorShop.Domain;
using BlazorShop.Infrastructure.Security;
using Microsoft.AspNetCore.Identity;

namespace BlazorShop.Infrastructure.Seeding;

/// <summary>
/// Roles (Admin; Staff with its permission claims) and two accounts: "admin" and the demo shopper "demo".
/// Passwords come from Seed:AdminPassword / Seed:ShopperPassword; if unset, one is generated when the account is
/// created and written once to {DataDirectory}/initial-passwords.txt, readable only by the app's user (0600). The
/// log names that file, never the password (log shippers keep everything forever).
/// </summary>
sealed class AccountSeeder(IServiceProvider services, IConfiguration config, ILogger logger, string dataDirectory)
{
    public const string PasswordFileName = "initial-passwords.txt";

    public async Task SeedAsync()
    {
        await using var scope = services.CreateAsyncScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<ShopRole>>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ShopUser>>();

        if (await roles.FindByNameAsync(Roles.Admin) is null)
            Check(await roles.CreateAsync(new ShopRole(Roles.Admin) { Description = "全部权限" }));
        if (await roles.FindByNameAsync(Roles.Staff) is null)
        {
            var staff = new ShopRole(Roles.Staff) { Description = "商品、订单、内容管理" };
            Check(await roles.CreateAsync(staff));
            foreach (var p in new[] { Permissions.Catalog, Permissions.Orders, Permissions.Content, Permissions.Reviews })
                Check(await roles.AddClaimAsync(staff, new Claim(Permissions.ClaimType, p)));
        }

        await EnsureUserAsync(users, "admin", null, "Seed:AdminPassword", Roles.Admin);
        await EnsureUserAsync(users, "demo", "13800138000", "Seed:ShopperPassword", null);
    }

    private async Task EnsureUserAsync(UserManager<ShopUser> users, string name, string? mobile, string passwordKey, string? role)
    {
        if (await users.FindByNameAsync(name) is not null) return;
        var password = config[passwordKey];
        var generated = string.IsNullOrEmpty(password);
        if (generated) password = GeneratePassword();
        var user = new ShopUser { UserName = name, Mobile = mobile, Email = $"{name}@blazorshop.local", EmailConfirmed = true };
        Check(await users.CreateAsync(user, password!));
        if (role is not null) Check(await users.AddToRoleAsync(user, role));
        if (generated)
        {
            var file = await WritePasswordAsync(name, password!);
            logger.LogWarning("Created account '{User}' with a generated password, written to {PasswordFile} (readable only by this user); " +
                "set {Key} before the first start to choose one", name, file, passwordKey);
        }
        else
            logger.LogInformation("Created account '{User}' with the password from {Key}", name, passwordKey);
    }

    private async Task<string> WritePasswordAsync(string user, string password)
    {
        PrivateFiles.EnsureDirectory(dataDirectory);
        var path = Path.Combine(dataDirectory, PasswordFileName);
        await using var file = PrivateFiles.Create(path, FileMode.Append);
        PrivateFiles.Restrict(path);
        await using var writer = new StreamWriter(file);
        await writer.WriteLineAsync($"{services.GetRequiredService<TimeProvider>().GetUtcNow():yyyy-MM-dd HH:mm:ss}Z  {user}  {password}");
        return path;
    }

    private static string GeneratePassword()
    {
        const string alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        return new string(Enumerable.Range(0, 16).Select(_ => alphabet[RandomNumberGenerator.GetInt32(alphabet.Length)]).ToArray()) + "7a";
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded) throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
    }
}
