using BlazorShop.Domain;
using BlazorShop.Features.Accounts.Register;
using BlazorShop.Infrastructure.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace BlazorShop.Features.Accounts.Password;

/// <summary>
/// A new password for the account of a mobile number, proven by an SMS code (used up last, after every other
/// check). Identity's reset writes a new security stamp, so every session of the account ends; the lockout is
/// lifted (whoever proved the number owns the account).
/// </summary>
public sealed class PasswordReset(
    UserManager<ShopUser> users, Verification.SmsCodes codes, Registration registration, IDbContextFactory<ShopDbContext> dbFactory,
    IStringLocalizer<SharedResource> localizer, ILogger<PasswordReset> logger)
{
    public async Task<Dictionary<string, string>> ResetAsync(ForgotPasswordInput input, CancellationToken ct = default)
    {
        var mobile = input.Mobile.Trim();
        var errors = new Dictionary<string, string>();
        if (!AccountRules.IsMobile(mobile)) errors[nameof(input.Mobile)] = localizer["MobileRule"];
        if (!AccountRules.IsSmsCode(input.SmsCode.Trim())) errors[nameof(input.SmsCode)] = localizer["SmsCodeRule"];
        if (!AccountRules.IsPasswordLength(input.Password)) errors[nameof(input.Password)] = localizer["PasswordRule"];
        if (input.Password != input.ConfirmPassword) errors[nameof(input.ConfirmPassword)] = localizer["PasswordMismatch"];
        if (errors.Count > 0) return errors;

        var user = await users.Users.FirstOrDefaultAsync(u => u.Mobile == mobile, ct);
        if (user is not null && await registration.PasswordPolicyProblemAsync(input.Password, user) is { } policy)
            return new() { [nameof(input.Password)] = policy };
        // No account, no code was ever sent: the same answer as a wrong code.
        if (user is null || !await codes.UseAsync(SmsPurpose.ResetPassword, mobile, input.SmsCode, ct))
            return new() { [nameof(input.SmsCode)] = localizer["SmsCodeWrong"] };

        var result = await users.ResetPasswordAsync(user, await users.GeneratePasswordResetTokenAsync(user), input.Password);
        if (!result.Succeeded) return new() { [nameof(input.Password)] = string.Join(" ", result.Errors.Select(e => e.Description)) };
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
            await db.Users.Where(u => u.Id == user.Id).ExecuteUpdateAsync(s => s
                .SetProperty(u => u.LockoutEnd, (DateTimeOffset?)null).SetProperty(u => u.AccessFailedCount, 0), ct);
        logger.LogInformation("Password of user {UserId} reset by SMS code; every session ended", user.Id);
        return [];
    }
}
