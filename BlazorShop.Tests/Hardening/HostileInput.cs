namespace BlazorShop.Tests.Hardening;

/// <summary>
/// The data the hostile-request tests run on. Add a page's route and query parameters to <see cref="Pages"/>
/// when you add a page: <c>HostileRequestFuzzTests.Every_page_and_query_parameter_is_in_the_table</c> fails until
/// you do.
/// </summary>
public static class HostileInput
{
    /// <summary>Malformed values, as they appear in a query string (already percent-encoded where needed).</summary>
    public static readonly string[] MalformedValues =
    [
        "abc",                                   // not a number
        "",                                      // empty
        "-1", "0",                               // below range
        "2147483648",                            // int.MaxValue + 1
        "99999999999999999999999999",            // beyond long
        "1e309", "-1e309", "NaN", "Infinity",    // floats, overflow to infinity
        "%EF%BC%95",                             // full-width digit ５
        "%D9%A3",                                // Arabic-Indic digit ٣
        "0x1F", "1.5", "+1", "1,000",            // other number spellings
        "%00",                                   // NUL
        "%0D%0AX-Injected:%201",                 // CR LF (header injection attempt)
        "%E0%A4%A",                              // truncated UTF-8 sequence
        "%C0%AF",                                // overlong UTF-8 '/'
        "%ZZ", "%",                              // broken percent-encoding
        "%3Cscript%3Ealert(1)%3C%2Fscript%3E",   // markup
        "'%20OR%201=1--",                        // SQL
        "..%2F..%2Fetc%2Fpasswd",                // path traversal
        "%E2%80%AE%E2%80%8B",                    // RTL override, zero-width space
        "%F0%9F%99%82",                          // emoji (astral plane)
        "%5C%5Cevil.example", "%2F%2Fevil.example", "https:%2F%2Fevil.example", "%2F%09%2Fevil.example",
        new string('9', 3000),                   // very long
    ];

    /// <summary>Malformed route segments for routes with an id.</summary>
    public static readonly string[] MalformedSegments =
        ["abc", "-1", "0", "99999999999999999999", "1e309", "%EF%BC%95", "..%2F..", "1.5", "%E0%A4%A", new string('9', 500)];
    // (A NUL in the path is refused by Kestrel with 400 before the app runs; the test server cannot send one:
    // HostileProtocolTests sends it over a socket.)

    /// <summary>A page (its route template, a concrete URL to request, and the query parameters it reads).</summary>
    public sealed record Page(string Template, string Url, string[] Parameters);

    /// <summary>{category} and {sku} are replaced by a real category (with several pages of goods) and SKU.</summary>
    public static readonly Page[] Pages =
    [
        new("/", "/", []),
        new("/list/{CategoryId:int}", "/list/{category}", ["page", "size", "sort"]),
        new("/goods/{SkuId:long}", "/goods/{sku}", ["cart"]),
        new("/search", "/search?q=%E5%86%B0%E7%AE%B1", ["q", "sort", "page", "size", "cat", "brand", "price"]),
        new("/cart", "/cart", ["notice"]),
        new("/about", "/about", []),
        new("/login", "/login", ["ReturnUrl", "notice"]),
        new("/register", "/register", ["ReturnUrl"]),
        new("/forgot-password", "/forgot-password", ["ReturnUrl"]),
        new("/account/email", "/account/email", []),
        new("/account/email/confirm", "/account/email/confirm", ["token"]),
        new("/account/password", "/account/password", []),
        new("/login/qq/bind", "/login/qq/bind", ["ReturnUrl"]),
        new("/dev/outbox", "/dev/outbox", []),
        new("/account", "/account", []),
        new("/account/avatar", "/account/avatar", ["status"]),
        new("/account/balance", "/account/balance", ["page"]),
        new("/account/recharges/{Id:long}", "/account/recharges/1", []),
        new("/account/addresses", "/account/addresses", ["status"]),
        new("/account/addresses/new", "/account/addresses/new", []),
        new("/account/addresses/{Id:long}/edit", "/account/addresses/1/edit", []),
        new("/account/history", "/account/history", []),
        new("/account/messages", "/account/messages", ["page"]),
        new("/goods/{SkuId:long}/reviews", "/goods/{sku}/reviews", ["score", "page"]),
        new("/checkout", "/checkout", ["sku", "count"]),
        new("/orders", "/orders", ["status", "page"]),
        new("/orders/{Id}", "/orders/20260101000000000000001", ["status"]),
        new("/orders/{Id}/review", "/orders/20260101000000000000001/review", []),
        new("/orders/{Id}/invoice", "/orders/20260101000000000000001/invoice", []),
        new("/admin", "/admin", []),
        new("/admin/audit", "/admin/audit", []),
        new("/admin/goods", "/admin/goods", ["low"]),
        new("/admin/goods/spus", "/admin/goods/spus", []),
        new("/admin/goods/spu/{Id:long}", "/admin/goods/spu/1", []),
        new("/admin/goods/sku/{Id:long}", "/admin/goods/sku/1", []),
        new("/admin/goods/categories", "/admin/goods/categories", []),
        new("/admin/goods/brands", "/admin/goods/brands", []),
        new("/admin/goods/channels", "/admin/goods/channels", []),
        new("/admin/orders", "/admin/orders", []),
        new("/admin/orders/{Id}", "/admin/orders/20260101000000000000001", []),
        new("/admin/users", "/admin/users", []),
        new("/admin/recharges", "/admin/recharges", []),
        new("/admin/reviews", "/admin/reviews", []),
        new("/admin/content", "/admin/content", []),
        new("/admin/export/skus.csv", "/admin/export/skus.csv", ["q", "cat", "brand", "launched", "low"]),
        new("/admin/export/orders.csv", "/admin/export/orders.csv", ["status", "from", "to", "user", "id"]),
        new("/pay/{OrderId}", "/pay/20260101000000000000001", []),
        // The return page reads the gateway's parameters as a whole (their signature decides): fuzz the ones it uses.
        new("/pay/return", "/pay/return", ["out_trade_no", "total_amount", "sign", "sign_type", "app_id"]),
        new("/not-found", "/not-found", []),
        new("/culture/set", "/culture/set?culture=en", ["culture", "redirectUri"]),
        new("/health/ready", "/health/ready", []),
        new("/health/live", "/health/live", []),
    ];

    /// <summary>Routes not fuzzed: the error page itself (it shows the error text by design).</summary>
    public static readonly string[] NotFuzzed = ["/Error"];

    /// <summary>Parameters no page reads: pages must ignore them (tried on every page).</summary>
    public static readonly string[] StrayParameters = ["page", "id", "returnUrl"];
}
