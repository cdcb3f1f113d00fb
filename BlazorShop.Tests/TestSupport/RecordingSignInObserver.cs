using System.Collections.Concurrent;
using BlazorShop.Infrastructure.Security;
using Microsoft.AspNetCore.Http;

namespace BlazorShop.Tests.TestSupport;

/// <summary>An <see cref="ISignInObserver"/> that notes each call and what the response looked like at that moment.</summary>
public sealed class RecordingSignInObserver : ISignInObserver
{
    public sealed record Call(long UserId, bool ResponseStarted, bool AuthCookieSet, string Path);

    private readonly ConcurrentQueue<Call> _calls = new();
    public IReadOnlyList<Call> Calls => _calls.ToList();

    public Task OnSignedInAsync(HttpContext http, long userId, CancellationToken ct)
    {
        var cookieSet = http.Response.Headers.SetCookie.Any(c => c is not null && c.StartsWith("blazorshop.auth=", StringComparison.Ordinal) && !c.StartsWith("blazorshop.auth=;", StringComparison.Ordinal));
        _calls.Enqueue(new Call(userId, http.Response.HasStarted, cookieSet, http.Request.Path));
        return Task.CompletedTask;
    }
}
