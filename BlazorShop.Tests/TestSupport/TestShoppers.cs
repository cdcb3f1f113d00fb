using System.Security.Cryptography;
using System.Text.RegularExpressions;
using BlazorShop.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorShop.Tests.TestSupport;

/// <summary>A shopper account made for one test.</summary>
public sealed record TestShopper(long Id, string UserName, string Password, string Mobile);

/// <summary>Creates shoppers in a running app and signs HTTP clients in as them (through the real login form).</summary>
public static partial class TestShoppers
{
    public static async Task<TestShopper> CreateAsync(ShopAppFactory app, string prefix = "shopper")
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ShopUser>>();
        var name = prefix + Guid.NewGuid().ToString("N")[..8];
        var mobile = "139" + RandomNumberGenerator.GetInt32(10_000_000, 99_999_999);
        var password = "Pw" + Guid.NewGuid().ToString("N")[..12];
        var user = new ShopUser { UserName = name, Mobile = mobile };
        var result = await users.CreateAsync(user, password);
        if (!result.Succeeded) throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        return new TestShopper(user.Id, name, password, mobile);
    }

    /// <summary>A client that does not follow redirects, signed in as the shopper.</summary>
    public static async Task<HttpClient> ClientAsync(ShopAppFactory app, TestShopper shopper)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await HttpForms.SignInAsync(client, shopper.UserName, shopper.Password);
        return client;
    }

    /// <summary>The antiforgery token of a page's first form.</summary>
    public static async Task<string> TokenAsync(HttpClient client, string page)
    {
        var html = await client.GetStringAsync(page);
        return Token().Match(html).Groups[1].Value;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}

public static class UriPaths
{
    /// <summary>Path and query of a redirect, whether the app wrote it absolute (Blazor's NavigateTo) or relative.</summary>
    public static string PathAndQuery(this Uri location) =>
        location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;
}
