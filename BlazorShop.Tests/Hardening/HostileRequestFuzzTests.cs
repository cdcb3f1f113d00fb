using System.Net;
using System.Reflection;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;

namespace BlazorShop.Tests.Hardening;

/// <summary>
/// Every page × every query parameter × every malformed value (<see cref="HostileInput"/>), sent with a hostile
/// Host header: never a 5xx, never the error page, never the Host echoed into the HTML, nothing logged at Warning.
/// </summary>
public class HostileRequestFuzzTests(HostileAppFixture app) : IClassFixture<HostileAppFixture>
{
    private const string EvilHost = "evil.example";

    public static TheoryData<string, string> PageParameters
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var page in HostileInput.Pages)
                foreach (var parameter in page.Parameters.Concat(HostileInput.StrayParameters).Distinct())
                    data.Add(page.Url, parameter);
            return data;
        }
    }

    [Theory, MemberData(nameof(PageParameters))]
    public async Task Malformed_query_values_get_a_clear_answer(string url, string parameter)
    {
        var client = Client();
        app.Factory.Logs.Clear();
        var failures = new List<string>();
        foreach (var value in HostileInput.MalformedValues)
        {
            var target = app.Resolve(url) + (url.Contains('?') ? "&" : "?") + parameter + "=" + value;
            await CheckAsync(client, target, failures);
        }
        // The same parameter twice (?page=2&page=abc).
        await CheckAsync(client, app.Resolve(url) + (url.Contains('?') ? "&" : "?") + $"{parameter}=2&{parameter}=abc", failures);
        Assert.Empty(failures);
        Assert.Empty(app.Factory.Logs.Entries.Where(e => e.Level >= LogLevel.Warning).Select(e => $"{e.Category}: {e.Message}"));
    }

    public static TheoryData<string> IdRoutes => new() { "/list/", "/goods/" };

    [Theory, MemberData(nameof(IdRoutes))]
    public async Task Malformed_route_ids_are_not_found(string prefix)
    {
        var client = Client();
        var failures = new List<string>();
        foreach (var segment in HostileInput.MalformedSegments)
        {
            var response = await CheckAsync(client, prefix + segment, failures);
            if (response is not (HttpStatusCode.NotFound or HttpStatusCode.BadRequest))
                failures.Add($"{prefix}{segment[..Math.Min(segment.Length, 40)]} → {(int)response}, expected 404");
        }
        Assert.Empty(failures);
    }

    [Fact]
    public async Task The_list_page_pager_and_sort_links_are_relative_whatever_the_Host()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, $"/list/{app.CategoryId}?page=1");
        request.Headers.Host = EvilHost;
        var response = await Client().SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("class=\"pager\"", html);
        Assert.Contains($"href=\"/list/{app.CategoryId}?page=2\"", html);
        Assert.DoesNotContain(EvilHost, html);
        Assert.DoesNotContain("http://", html.Replace("http://www.w3.org", ""));
    }

    /// <summary>The table grows with the app: every routable page and every query parameter it reads is in it.</summary>
    [Fact]
    public void Every_page_and_query_parameter_is_in_the_table()
    {
        var pages = typeof(Program).Assembly.GetTypes()
            .Where(t => typeof(IComponent).IsAssignableFrom(t))
            .SelectMany(t => t.GetCustomAttributes<RouteAttribute>().Select(r => (Type: t, r.Template)))
            .Where(p => !HostileInput.NotFuzzed.Contains(p.Template))
            .ToList();
        Assert.NotEmpty(pages);
        foreach (var (type, template) in pages)
        {
            var entry = HostileInput.Pages.FirstOrDefault(p => string.Equals(p.Template, template, StringComparison.OrdinalIgnoreCase));
            Assert.True(entry is not null, $"{type.Name} ({template}) is missing from HostileInput.Pages");
            var queryParameters = type.GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
                .Select(p => (Property: p, Attribute: p.GetCustomAttribute<SupplyParameterFromQueryAttribute>()))
                .Where(p => p.Attribute is not null)
                .Select(p => p.Attribute!.Name ?? p.Property.Name);
            foreach (var name in queryParameters)
                Assert.True(entry!.Parameters.Contains(name, StringComparer.OrdinalIgnoreCase), $"{template}: query parameter '{name}' is missing from HostileInput.Pages");
            // Pages take query values as strings and parse them with QueryValue: a typed [SupplyParameterFromQuery]
            // (int?, long? …) turns "abc" into an error page.
            var typed = type.GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
                .Where(p => p.GetCustomAttribute<SupplyParameterFromQueryAttribute>() is not null && p.PropertyType != typeof(string))
                .Select(p => p.Name).ToList();
            Assert.True(typed.Count == 0, $"{type.Name}: [SupplyParameterFromQuery] {string.Join(", ", typed)} must be string (parse with QueryValue)");
        }
    }

    private HttpClient Client()
    {
        var client = app.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Host = EvilHost;
        return client;
    }

    private static async Task<HttpStatusCode> CheckAsync(HttpClient client, string target, List<string> failures)
    {
        var shown = target.Length > 90 ? target[..90] + "…" : target;
        HttpResponseMessage response;
        try { response = await client.GetAsync(target); }
        catch (Exception e)
        {
            failures.Add($"{shown}: {e.GetType().Name} {e.Message}");
            return 0;
        }
        var body = await response.Content.ReadAsStringAsync();
        if ((int)response.StatusCode >= 500) failures.Add($"{shown} → {(int)response.StatusCode}");
        if (body.Contains("出错了")) failures.Add($"{shown} → the error page ({(int)response.StatusCode})");
        if (body.Contains(EvilHost, StringComparison.OrdinalIgnoreCase) && !target.Contains("evil.example"))
            failures.Add($"{shown} → echoes the Host header");
        if (response.Headers.Location is { } location && (location.IsAbsoluteUri || location.OriginalString.StartsWith("//")))
            failures.Add($"{shown} → redirects off-site to {location}");
        return response.StatusCode;
    }
}
