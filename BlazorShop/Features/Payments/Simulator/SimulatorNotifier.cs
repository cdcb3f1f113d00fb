using BlazorShop.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BlazorShop.Features.Payments.Simulator;

/// <summary>
/// Sends the simulator's notifies: POSTs each paid trade's signed notify to its notify_url until the answer is the
/// exact body <c>success</c>, retrying on Alipay's schedule (<see cref="AlipaySimulator.RetrySchedule"/>, scaled by
/// <c>Payment:SimulatorRetryScale</c>). A trade is claimed with a conditional UPDATE, so instances don't send the same one at once.
/// When idle it sleeps until the next retry is due, a trade is paid here, or <c>Payment:ReconcileInterval</c> has passed
/// (for trades paid on another instance).
/// </summary>
public sealed class SimulatorNotifier(IDbContextFactory<ShopDbContext> contexts, AlipaySimulator simulator, SimulatorNotifySignal signal,
    IHttpClientFactory http, IOptions<PaymentOptions> options, TimeProvider clock, ILogger<SimulatorNotifier> log) : BackgroundService
{
    public const string ClientName = "PaymentSimulator";
    private static readonly TimeSpan Poll = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var next = await SendDueAsync(stoppingToken);
                var wait = options.Value.ReconcileInterval;
                if (next is { } due)
                {
                    var untilDue = due - clock.GetUtcNow().UtcDateTime;
                    wait = untilDue < TimeSpan.FromMilliseconds(10) ? TimeSpan.FromMilliseconds(10) : untilDue < wait ? untilDue : wait;
                }
                await signal.WaitAsync(wait, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                log.LogWarning(e, "Simulator: sending notifies failed; trying again");
                await Task.Delay(Poll, clock, stoppingToken);
            }
        }
    }

    /// <summary>One pass: every trade whose notify is due gets one attempt. Returns when the next pending one is due.</summary>
    public async Task<DateTime?> SendDueAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(ct);
        var pending = await db.SimulatorTrades.AsNoTracking()
            .Where(t => !t.NotifyDelivered && t.NextNotifyAt != null && t.TradeNo != null && t.NotifyUrl != null)
            .OrderBy(t => t.NextNotifyAt).Take(50).ToListAsync(ct);
        var due = pending.Where(t => t.NextNotifyAt <= now).ToList();
        if (due.Count == 0) return pending.FirstOrDefault()?.NextNotifyAt;
        foreach (var trade in due)
        {
            var claimed = await db.SimulatorTrades.Where(t => t.OutTradeNo == trade.OutTradeNo && t.NextNotifyAt == trade.NextNotifyAt && !t.NotifyDelivered)
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.NextNotifyAt, now + Lease), ct);
            if (claimed != 1) continue;
            var delivered = await SendAsync(trade.NotifyUrl!, simulator.Notify(trade), ct);
            var attempts = trade.NotifyAttempts + 1;
            var next = delivered ? null : simulator.NextAttempt(clock.GetUtcNow().UtcDateTime, attempts);
            await db.SimulatorTrades.Where(t => t.OutTradeNo == trade.OutTradeNo)
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.NotifyDelivered, delivered).SetProperty(t => t.NotifyAttempts, attempts)
                    .SetProperty(t => t.NextNotifyAt, next), ct);
            if (!delivered)
                log.LogWarning("Simulator: notify {Attempt} of {OutTradeNo} not accepted; {Next}", attempts, trade.OutTradeNo,
                    next is null ? "giving up" : "retrying at " + next.Value.ToString("O"));
        }
        return clock.GetUtcNow().UtcDateTime; // look again at once: more may be due
    }

    private async Task<bool> SendAsync(string url, Dictionary<string, string> fields, CancellationToken ct)
    {
        try
        {
            using var client = http.CreateClient(ClientName);
            using var content = new FormUrlEncodedContent(fields);
            using var response = await client.PostAsync(url, content, ct);
            return response.IsSuccessStatusCode && await response.Content.ReadAsStringAsync(ct) == "success";
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or InvalidOperationException && !ct.IsCancellationRequested)
        {
            log.LogWarning("Simulator: notify to {Url} failed: {Error}", url, e.Message);
            return false;
        }
    }
}
