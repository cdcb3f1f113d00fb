using Microsoft.AspNetCore.Antiforgery;

namespace BlazorShop.Features.Accounts.Centre;

/// <summary>Plain form posts of the user centre: signed in and carrying a valid antiforgery token.</summary>
public static class FormPosts
{
    public static async Task<bool> IsValidAsync(HttpContext http) =>
        http.Request.HasFormContentType && await http.RequestServices.GetRequiredService<IAntiforgery>().IsRequestValidAsync(http);
}
