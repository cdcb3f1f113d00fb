using System.Text;

namespace BlazorShop.Features.Payments;

/// <summary>
/// The signed page-pay request: an auto-submitting POST form to <see cref="Action"/> (<c>gateway?charset=utf-8</c>),
/// or the same fields as a GET URL (<see cref="GetUrl"/>). Values are raw here; HTML- or URL-encoded only when sent.
/// </summary>
public sealed record PagePayForm(string GatewayUrl, IReadOnlyList<KeyValuePair<string, string>> Fields)
{
    public string Action => GatewayUrl + "?charset=utf-8";

    public string GetUrl
    {
        get
        {
            var url = new StringBuilder(GatewayUrl).Append('?');
            var first = true;
            foreach (var (key, value) in Fields)
            {
                if (!first) url.Append('&');
                first = false;
                url.Append(Uri.EscapeDataString(key)).Append('=').Append(Uri.EscapeDataString(value));
            }
            return url.ToString();
        }
    }
}
