using System.Net;
using System.Text.RegularExpressions;

namespace BlazorShop.Tests.TestSupport;

/// <summary>Signs an HttpClient in through the real login form (antiforgery token and all), as a browser would.</summary>
public static partial class ShopperSignIn
{
    public static async Task SignInAsync(HttpClient http, string account, string password)
    {
        var form = await http.GetStringAsync("/login");
        var token = AntiforgeryToken().Match(form).Groups[1].Value;
        using var response = await http.PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["__RequestVerificationToken"] = token,
            ["Input.Account"] = account,
            ["Input.Password"] = password,
        }));
        var body = await response.Content.ReadAsStringAsync();
        // Signed in: redirected to the return page (followed or not, depending on the client); refused: the form again.
        if (response.StatusCode is not (HttpStatusCode.OK or HttpStatusCode.Redirect) || body.Contains("form-error")) throw new InvalidOperationException($"sign-in as {account} failed: {response.StatusCode}");
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
