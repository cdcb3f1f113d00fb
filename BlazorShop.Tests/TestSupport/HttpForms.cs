using System.Net;
using System.Text.RegularExpressions;

namespace BlazorShop.Tests.TestSupport;

/// <summary>Plain-HTTP sign-in and form posts for WebApplicationFactory clients (they keep cookies).</summary>
public static partial class HttpForms
{
    /// <summary>The hidden inputs of the first form whose action matches (or of the page), name → value.</summary>
    public static Dictionary<string, string> HiddenInputs(string html, string? action = null)
    {
        if (action is not null)
        {
            var form = Regex.Match(html, $"<form[^>]*action=\"{Regex.Escape(action)}\"[\\s\\S]*?</form>");
            if (form.Success) html = form.Value;
        }
        var fields = new Dictionary<string, string>();
        foreach (Match input in HiddenInput().Matches(html))
        {
            var name = Regex.Match(input.Value, "name=\"([^\"]*)\"").Groups[1].Value;
            var value = Regex.Match(input.Value, "value=\"([^\"]*)\"").Groups[1].Value;
            if (name.Length > 0) fields.TryAdd(name, WebUtility.HtmlDecode(value));
        }
        return fields;
    }

    /// <summary>Posts the login form as a browser would (antiforgery token from the page); the answer as it came.</summary>
    public static async Task<HttpResponseMessage> PostLoginAsync(HttpClient client, string account, string password, bool remember = false, string path = "/login")
    {
        var fields = HiddenInputs(await client.GetStringAsync(path));
        fields["Input.Account"] = account;
        fields["Input.Password"] = password;
        if (remember) fields["Input.Remember"] = "true";
        return await client.PostAsync(path, new FormUrlEncodedContent(fields));
    }

    /// <summary>Signs in through the login form; the client's cookie container then holds the auth cookie.</summary>
    public static async Task SignInAsync(HttpClient client, string account, string password)
    {
        var response = await PostLoginAsync(client, account, password);
        if (response.StatusCode is not (HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther or HttpStatusCode.OK))
            throw new InvalidOperationException($"sign-in answered {(int)response.StatusCode}");
        if (response.StatusCode == HttpStatusCode.OK && (await response.Content.ReadAsStringAsync()).Contains("form-error"))
            throw new InvalidOperationException("sign-in failed");
    }

    [GeneratedRegex("<input[^>]*type=\"hidden\"[^>]*>")]
    private static partial Regex HiddenInput();
}
