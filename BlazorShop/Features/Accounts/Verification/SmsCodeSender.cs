using BlazorShop.Domain;
using BlazorShop.Infrastructure.Data;
using BlazorShop.Infrastructure.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace BlazorShop.Features.Accounts.Verification;

/// <summary>
/// The one way a code is sent (the JSON endpoint and the no-script form both come here): a well-formed number, then
/// the image captcha (used up whatever the outcome), then — for registering — a number nobody uses yet, then one
/// code per number per minute and a limit per client address (both counted in the database, so they hold on every
/// instance), then the code is stored and the text queued. A reset code is only delivered to a number that has an
/// account, but the answer is the same either way (it does not tell who is a customer).
/// </summary>
public sealed class SmsCodeSender(
    CaptchaStore captchas, SmsCodes codes, RateCounters counters, MessageQueue queue, IDbContextFactory<ShopDbContext> dbFactory,
    IStringLocalizer<SharedResource> localizer, IOptions<VerificationOptions> options, ILogger<SmsCodeSender> logger)
{
    public async Task<SmsSendResult> SendAsync(SmsPurpose purpose, string? mobile, string? captchaId, string? captchaAnswer,
        string clientAddress, CancellationToken ct = default)
    {
        mobile = mobile?.Trim();
        if (!AccountRules.IsMobile(mobile)) return new(SmsSendStatus.InvalidMobile);
        if (!await captchas.CheckAsync(captchaId, captchaAnswer, ct)) return new(SmsSendStatus.CaptchaWrong);

        bool hasAccount;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
            hasAccount = await db.Users.AnyAsync(u => u.Mobile == mobile, ct);
        if (purpose == SmsPurpose.Register && hasAccount) return new(SmsSendStatus.MobileTaken);

        var settings = options.Value;
        if (await counters.TryHitAsync($"sms:mobile:{mobile}", 1, settings.PerMobileInterval, ct) is { } wait)
            return new(SmsSendStatus.TooSoon, wait);
        if (await counters.TryHitAsync($"sms:client:{clientAddress}", settings.PerClientLimit, settings.PerClientWindow, ct) is { } clientWait)
        {
            logger.LogWarning("SMS code refused: client {Client} reached {Limit} codes per {Window}", clientAddress, settings.PerClientLimit, settings.PerClientWindow);
            return new(SmsSendStatus.ClientLimit, clientWait);
        }

        if (purpose == SmsPurpose.Register || hasAccount)
        {
            var code = await codes.CreateAsync(purpose, mobile, ct);
            var minutes = (int)Math.Ceiling(settings.CodeLifetime.TotalMinutes);
            await queue.EnqueueSmsAsync(mobile, localizer["SmsCodeText", code, minutes], ct);
        }
        logger.LogInformation("SMS code for {Purpose} requested for {Mobile} by {Client}", purpose, MessageDispatcher.Mask(mobile), clientAddress);
        return new(SmsSendStatus.Sent);
    }

    /// <summary>The message to show for a result, in the shopper's language.</summary>
    public string Describe(SmsSendResult result) => result.Status switch
    {
        SmsSendStatus.Sent => localizer["SmsSent", (int)Math.Ceiling(options.Value.CodeLifetime.TotalMinutes)],
        SmsSendStatus.InvalidMobile => localizer["MobileRule"],
        SmsSendStatus.CaptchaWrong => localizer["CaptchaWrong"],
        SmsSendStatus.MobileTaken => localizer["MobileTaken"],
        SmsSendStatus.TooSoon => localizer["SmsTooSoon", Seconds(result.RetryAfter)],
        _ => localizer["SmsClientLimit"],
    };

    /// <summary>The form field a refusal belongs next to.</summary>
    public static string FieldOf(SmsSendStatus status) => status switch
    {
        SmsSendStatus.InvalidMobile or SmsSendStatus.MobileTaken => nameof(Components.ISmsCodeForm.Mobile),
        SmsSendStatus.CaptchaWrong => nameof(Components.ISmsCodeForm.Captcha),
        _ => nameof(Components.ISmsCodeForm.SmsCode),
    };

    public static int Seconds(TimeSpan? wait) => Math.Max(1, (int)Math.Ceiling((wait ?? TimeSpan.Zero).TotalSeconds));
}
