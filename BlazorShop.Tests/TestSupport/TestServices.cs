namespace BlazorShop.Tests.TestSupport;

/// <summary>
/// Where the real services of the service-backed tests are. Set by .ci/run (and scripts/dev-services.sh env);
/// on a plain `dotnet test` without them those tests are skipped — unless BLAZORSHOP_REQUIRE_SERVICES=1 (CI),
/// where a missing service makes them fail instead.
/// </summary>
public static class TestServices
{
    public static string? Postgres => Get("BLAZORSHOP_TEST_POSTGRES");
    public static string? Redis => Get("BLAZORSHOP_TEST_REDIS");
    public static string? S3 => Get("BLAZORSHOP_TEST_S3");
    public static string? Chromium => Get("BLAZORSHOP_TEST_CHROMIUM") ?? (File.Exists("/usr/bin/chromium") ? "/usr/bin/chromium" : null);
    public static string? Nginx => Get("BLAZORSHOP_TEST_NGINX") ?? (File.Exists("/usr/sbin/nginx") ? "/usr/sbin/nginx" : null);
    /// <summary>A CJK TrueType font for PDF invoices (fonts-wqy-microhei in .ci/run), where the store looks for one.</summary>
    public static string? CjkFont => BlazorShop.Features.Orders.Invoices.InvoiceFont.KnownPaths.FirstOrDefault(File.Exists);
    /// <summary>The openssl command line, an independent signer for the Alipay signature tests (package openssl in .ci/run).</summary>
    public static string? Openssl => Get("BLAZORSHOP_TEST_OPENSSL") ?? (File.Exists("/usr/bin/openssl") ? "/usr/bin/openssl" : null);
    public static bool Required => Get("BLAZORSHOP_REQUIRE_SERVICES") is "1" or "true";

    private static string? Get(string name) => Environment.GetEnvironmentVariable(name) is { Length: > 0 } v ? v : null;

    public static string Require(string? value, string name) =>
        value ?? throw new InvalidOperationException($"{name} is required (BLAZORSHOP_REQUIRE_SERVICES is set) but its variable is empty");
}

public enum Service { Postgres, Redis, S3, Chromium, Nginx, CjkFont, Openssl }

/// <summary>A test that needs a real service: skipped when it is not configured, failed when CI requires it.</summary>
public sealed class ServiceFactAttribute : FactAttribute
{
    public ServiceFactAttribute(params Service[] services) => Skip = SkipReason(services);

    internal static string? SkipReason(Service[] services)
    {
        if (TestServices.Required) return null;
        var missing = services.Where(s => s switch
        {
            Service.Postgres => TestServices.Postgres is null,
            Service.Redis => TestServices.Redis is null,
            Service.S3 => TestServices.S3 is null,
            Service.Chromium => TestServices.Chromium is null,
            Service.Nginx => TestServices.Nginx is null,
            Service.CjkFont => TestServices.CjkFont is null,
            Service.Openssl => TestServices.Openssl is null,
            _ => true,
        }).ToList();
        return missing.Count == 0 ? null : $"needs {string.Join(", ", missing)} (see .ci/run or scripts/dev-services.sh)";
    }
}

public sealed class ServiceTheoryAttribute : TheoryAttribute
{
    public ServiceTheoryAttribute(params Service[] services) => Skip = ServiceFactAttribute.SkipReason(services);
}
