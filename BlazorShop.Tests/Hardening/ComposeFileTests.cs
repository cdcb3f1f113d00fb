using System.Text.RegularExpressions;

namespace BlazorShop.Tests.Hardening;

/// <summary>docker-compose.yml: passwords required (no defaults), only nginx publishes a port, two instances behind it.</summary>
public class ComposeFileTests
{
    private static string Compose()
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "BlazorShop.sln"))) root = Path.GetDirectoryName(root) ?? throw new DirectoryNotFoundException("repo root");
        return File.ReadAllText(Path.Combine(root, "docker-compose.yml"));
    }

    [Fact]
    public void Every_password_is_required_and_none_has_a_default()
    {
        var compose = Compose();
        Assert.DoesNotContain("change-me", compose);
        foreach (var variable in new[] { "POSTGRES_PASSWORD", "MINIO_ROOT_PASSWORD", "ADMIN_PASSWORD" })
        {
            var uses = Regex.Matches(compose, $@"\$\{{{variable}([^}}]*)\}}").Select(m => m.Groups[1].Value).ToList();
            Assert.NotEmpty(uses);
            Assert.All(uses, u => Assert.StartsWith(":?", u));
        }
    }

    [Fact]
    public void Only_nginx_publishes_a_port_and_it_fronts_two_instances()
    {
        var compose = Compose();
        var services = Regex.Matches(compose, @"(?m)^  ([a-z0-9-]+):\s*$").Select(m => m.Groups[1].Value).ToList();
        Assert.Contains("nginx", services);
        Assert.Contains("app1", services);
        Assert.Contains("app2", services);
        // "ports:" appears once, in the nginx service.
        var ports = Regex.Matches(compose, @"(?m)^\s+ports:").Count;
        Assert.Equal(1, ports);
        var nginx = compose[compose.IndexOf("  nginx:", StringComparison.Ordinal)..compose.IndexOf("  app1:", StringComparison.Ordinal)];
        Assert.Contains("ports:", nginx);
        Assert.Contains("SHOP_UPSTREAM_1: app1:8080", nginx);
        Assert.Contains("SHOP_UPSTREAM_2: app2:8080", nginx);
        Assert.Contains("ReverseProxy__KnownNetworks__0", compose);
        Assert.Contains("DataProtection__CertificatePath", compose);
    }
}
