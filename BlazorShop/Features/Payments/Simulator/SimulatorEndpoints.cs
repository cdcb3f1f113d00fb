using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Primitives;

namespace BlazorShop.Features.Payments.Simulator;

/// <summary>
/// The simulator's routes, as the gateway's: <c>gateway.do</c> takes the browser's page-pay request (GET or POST, the
/// pay page answers) and server-to-server calls (signed JSON answers); <c>pay</c> is the pay page's buttons.
/// </summary>
public static class SimulatorEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapMethods(AlipaySimulator.GatewayPath, [HttpMethods.Get, HttpMethods.Post], async (HttpContext http, AlipaySimulator simulator) =>
        {
            var p = await ParametersAsync(http.Request);
            if (p is null) return Page(new SimulatorPage(SimulatorPageState.InvalidRequest), StatusCodes.Status400BadRequest);
            if (p.GetValueOrDefault("method") == Alipay.AlipayGateway.PagePayMethod || !p.ContainsKey("method"))
            {
                var page = await simulator.OpenAsync(p, http.RequestAborted);
                return Page(page, page.State is SimulatorPageState.InvalidSignature or SimulatorPageState.InvalidRequest ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK);
            }
            return Results.Text(await simulator.HandleApiAsync(p, http.RequestAborted), "application/json", System.Text.Encoding.UTF8);
        }).DisableAntiforgery().AllowAnonymous();

        app.MapPost(AlipaySimulator.PayPath, async (HttpContext http, AlipaySimulator simulator) =>
        {
            var form = await http.Request.ReadFormAsync(http.RequestAborted);
            var outTradeNo = form["out_trade_no"].ToString();
            if (form["choice"] != "pay") return Page(new SimulatorPage(SimulatorPageState.Cancelled, outTradeNo), StatusCodes.Status200OK);
            return await simulator.PayAsync(outTradeNo, http.RequestAborted) is { } returnUrl
                ? Results.Redirect(returnUrl)
                : Page(new SimulatorPage(SimulatorPageState.Closed, outTradeNo), StatusCodes.Status409Conflict);
        }).DisableAntiforgery().AllowAnonymous();
    }

    private static IResult Page(SimulatorPage page, int status) =>
        new RazorComponentResult<SimulatorPayPage>(new { Page = page }) { StatusCode = status };

    /// <summary>Query and form together, each key once (a repeated key is refused, as the signature couldn't say which).</summary>
    private static async Task<Dictionary<string, string>?> ParametersAsync(HttpRequest request)
    {
        var all = new List<KeyValuePair<string, StringValues>>(request.Query);
        if (request.HasFormContentType) all.AddRange(await request.ReadFormAsync());
        var p = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, values) in all)
        {
            if (values.Count != 1) return null;
            if (p.TryGetValue(key, out var existing))
            {
                if (existing != values[0]) return null; // charset=utf-8 in both the action URL and the form is fine
                continue;
            }
            p[key] = values[0] ?? "";
        }
        return p;
    }
}
