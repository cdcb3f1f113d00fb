using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Components;

namespace BlazorShop.Infrastructure.Http;

/// <summary>
/// Security headers on every response (an endpoint that sets its own, like /media's sandbox CSP, keeps it).
/// The CSP allows scripts from our origin only, plus the hash of the one inline script the framework writes:
/// the import map that <c>&lt;ImportMap /&gt;</c> renders from the static-asset manifest (same JSON on every page of
/// a build, so its hash is computed once per asset collection). The app has no inline scripts of its own.
/// Styles allow 'unsafe-inline' because Blazor and Radzen set style attributes.
/// </summary>
public sealed class SecurityHeaders
{
    public const string PermissionsPolicy =
        "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()";
    public const string ReferrerPolicy = "strict-origin-when-cross-origin";

    private readonly ConditionalWeakTable<ResourceAssetCollection, string> _policies = new();
    private static readonly string PolicyWithoutImportMap = Policy(null);

    public void Apply(HttpContext context)
    {
        context.Response.OnStarting(static state =>
        {
            var (self, http) = ((SecurityHeaders, HttpContext))state;
            var headers = http.Response.Headers;
            headers.Remove("Server");
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = ReferrerPolicy;
            headers["Permissions-Policy"] = PermissionsPolicy;
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            // Blazor's own "frame-ancestors 'self'" on interactive pages is replaced by the whole policy
            // (which says frame-ancestors 'none'); a policy an endpoint chose (/media's sandbox) is kept.
            var existing = headers.ContentSecurityPolicy.ToString();
            if (existing.Length == 0 || existing.StartsWith("frame-ancestors", StringComparison.Ordinal))
                headers.ContentSecurityPolicy = self.PolicyFor(http);
            return Task.CompletedTask;
        }, (this, context));
    }

    public string PolicyFor(HttpContext http) =>
        http.GetEndpoint()?.Metadata.GetMetadata<ResourceAssetCollection>() is { } assets
            ? _policies.GetValue(assets, a => Policy(ImportMapHash(a)))
            : PolicyWithoutImportMap;

    /// <summary>'sha256-…' of the import map JSON exactly as &lt;ImportMap /&gt; writes it into the page.</summary>
    public static string ImportMapHash(ResourceAssetCollection assets)
    {
        var json = ImportMapDefinition.FromResourceCollection(assets).ToString();
        return "'sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(json))) + "'";
    }

    private static string Policy(string? importMapHash) =>
        "default-src 'self'; " +
        $"script-src 'self'{(importMapHash is null ? "" : " " + importMapHash)}; " +
        "style-src 'self' 'unsafe-inline'; " +
        "img-src 'self' data: blob:; " +
        "font-src 'self' data:; " +
        "connect-src 'self'; " +
        "object-src 'none'; " +
        "base-uri 'self'; " +
        "form-action 'self'; " +
        "frame-ancestors 'none'";
}
