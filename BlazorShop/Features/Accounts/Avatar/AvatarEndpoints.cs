using BlazorShop.Infrastructure.Security;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.Features;

namespace BlazorShop.Features.Accounts.Avatar;

/// <summary>
/// POST /account/avatar/upload: a plain multipart form (antiforgery checked, body bounded), then back to the avatar
/// page with its outcome. GET /avatars/{userId}/{name}: the image, to its owner only (anyone else: 404), cacheable
/// privately for long because every upload gets a new random key.
/// </summary>
public static class AvatarEndpoints
{
    public const string UploadPath = "/account/avatar/upload";
    public const string FileField = "avatar";
    /// <summary>The whole request: the file plus the token and multipart framing.</summary>
    public const long MaxRequestBytes = AvatarService.MaxBytes + 64 * 1024;

    public static IEndpointRouteBuilder MapAvatarEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost(UploadPath, UploadAsync).RequireAuthorization().DisableAntiforgery(); // validated below, after the bounded read
        app.MapGet("/avatars/{userId:long}/{name}", ServeAsync);
        return app;
    }

    private static string Back(AvatarUploadOutcome outcome) => "/account/avatar?status=" + outcome.ToString().ToLowerInvariant();

    private static async Task<IResult> UploadAsync(HttpContext http, AvatarService avatars, IAntiforgery antiforgery)
    {
        if (http.User.UserId() is not { } userId) return Results.Unauthorized();
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size) size.MaxRequestBodySize = MaxRequestBytes;
        if (http.Request.ContentLength > MaxRequestBytes)
        {
            // Refused before reading the body; the connection closes so the rest of it is not waited for.
            http.Response.Headers.Connection = "close";
            return Results.Redirect(Back(AvatarUploadOutcome.TooLarge));
        }
        if (!http.Request.HasFormContentType) return Results.BadRequest();

        IFormCollection form;
        try
        {
            form = await http.Request.ReadFormAsync(new FormOptions
            {
                MultipartBodyLengthLimit = MaxRequestBytes,
                ValueCountLimit = 16,
                MultipartHeadersCountLimit = 8,
            }, http.RequestAborted);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return Results.Redirect(Back(AvatarUploadOutcome.TooLarge));
        }
        catch (InvalidDataException)
        {
            return Results.BadRequest();
        }

        try { await antiforgery.ValidateRequestAsync(http); }
        catch (AntiforgeryValidationException) { return Results.BadRequest(); }

        var file = form.Files.GetFile(FileField);
        if (file is null) return Results.Redirect(Back(AvatarUploadOutcome.NoFile));
        if (file.Length > AvatarService.MaxBytes) return Results.Redirect(Back(AvatarUploadOutcome.TooLarge));
        await using var stream = file.OpenReadStream();
        var outcome = await avatars.UploadAsync(userId, stream, http.RequestAborted);
        return Results.Redirect(Back(outcome));
    }

    private static async Task<IResult> ServeAsync(long userId, string name, HttpContext http, AvatarService avatars)
    {
        if (http.User.UserId() is not { } current || current != userId) return Results.NotFound();
        var blob = await avatars.OpenAsync(current, $"{AvatarService.OwnerPrefix(userId)}{name}", http.RequestAborted);
        if (blob is null) return Results.NotFound();
        // Private: only the owner's browser may keep it; immutable: a new avatar has a new key.
        http.Response.Headers.CacheControl = "private, max-age=31536000, immutable";
        http.Response.Headers.Vary = "Cookie";
        http.Response.Headers.XContentTypeOptions = "nosniff";
        http.Response.Headers.ContentSecurityPolicy = "default-src 'none'; sandbox";
        if (blob.ETag is { } etag)
        {
            if (http.Request.Headers.IfNoneMatch == etag)
            {
                await blob.DisposeAsync();
                return Results.StatusCode(StatusCodes.Status304NotModified);
            }
            http.Response.Headers.ETag = etag;
        }
        return Results.Stream(blob.Content, ContentTypeOf(name));
    }

    /// <summary>By the extension this app chose from the content (never what the uploader said).</summary>
    private static string ContentTypeOf(string name) => Path.GetExtension(name) switch
    {
        ".png" => "image/png",
        ".jpg" => "image/jpeg",
        ".gif" => "image/gif",
        ".webp" => "image/webp",
        _ => "application/octet-stream",
    };
}
