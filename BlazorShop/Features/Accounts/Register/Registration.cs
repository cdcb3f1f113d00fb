using BlazorShop.Domain;
using BlazorShop.Infrastructure.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace BlazorShop.Features.Accounts.Register;

/// <summary>
/// New accounts: the checks of each field (shape, then "already taken", then the password policy, messages in the
/// shopper's language, keyed by field name), the SMS code last (it is used up by the check), then the account.
/// Also answers the live "is this free?" checks and creates the accounts of first QQ logins.
/// </summary>
public sealed class Registration(
    UserManager<ShopUser> users, Verification.SmsCodes codes, IDbContextFactory<ShopDbContext> dbFactory,
    IStringLocalizer<SharedResource> localizer, ILogger<Registration> logger)
{
    public async Task<string?> UserNameProblemAsync(string? userName, CancellationToken ct = default)
    {
        if (!AccountRules.IsUserName(userName)) return localizer["UserNameRule"];
        return await users.FindByNameAsync(userName) is null ? null : localizer["UserNameTaken"].Value;
    }

    public async Task<string?> MobileProblemAsync(string? mobile, CancellationToken ct = default)
    {
        if (!AccountRules.IsMobile(mobile)) return localizer["MobileRule"];
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Users.AnyAsync(u => u.Mobile == mobile, ct) ? localizer["MobileTaken"].Value : null;
    }

    /// <summary>Username, password and its confirmation: what every new account needs (register, first QQ login).</summary>
    public async Task<Dictionary<string, string>> CheckNewAccountAsync(string? userName, string? password, string? confirm, CancellationToken ct = default)
    {
        var errors = new Dictionary<string, string>();
        if (await UserNameProblemAsync(userName?.Trim(), ct) is { } nameProblem) errors[nameof(RegisterInput.UserName)] = nameProblem;
        if (!AccountRules.IsPasswordLength(password)) errors[nameof(RegisterInput.Password)] = localizer["PasswordRule"];
        else if (await PasswordPolicyProblemAsync(password) is { } policy) errors[nameof(RegisterInput.Password)] = policy;
        if (password != confirm) errors[nameof(RegisterInput.ConfirmPassword)] = localizer["PasswordMismatch"];
        return errors;
    }

    /// <summary>The password rules of Identity (digit, lower case …), in the shopper's language; null when it passes.</summary>
    public async Task<string?> PasswordPolicyProblemAsync(string password, ShopUser? user = null)
    {
        user ??= new ShopUser();
        foreach (var validator in users.PasswordValidators)
        {
            var result = await validator.ValidateAsync(users, user, password);
            if (!result.Succeeded) return string.Join(" ", result.Errors.Select(e => e.Description));
        }
        return null;
    }

    public async Task<(ShopUser? User, Dictionary<string, string> Errors)> RegisterAsync(RegisterInput input, CancellationToken ct = default)
    {
        var userName = input.UserName.Trim();
        var mobile = input.Mobile.Trim();
        var errors = await CheckNewAccountAsync(userName, input.Password, input.ConfirmPassword, ct);
        if (await MobileProblemAsync(mobile, ct) is { } mobileProblem) errors[nameof(RegisterInput.Mobile)] = mobileProblem;
        if (!AccountRules.IsSmsCode(input.SmsCode.Trim())) errors[nameof(RegisterInput.SmsCode)] = localizer["SmsCodeRule"];
        if (!input.AcceptTerms) errors[nameof(RegisterInput.AcceptTerms)] = localizer["TermsRequired"];
        if (errors.Count > 0) return (null, errors);

        // Last, because it uses the code up.
        if (!await codes.UseAsync(SmsPurpose.Register, mobile, input.SmsCode, ct))
            return (null, new() { [nameof(RegisterInput.SmsCode)] = localizer["SmsCodeWrong"] });
        return await CreateAsync(userName, mobile, input.Password, ct);
    }

    /// <summary>Creates the account; a name or number taken meanwhile (a parallel registration) is a field message, not an error.</summary>
    public async Task<(ShopUser? User, Dictionary<string, string> Errors)> CreateAsync(string userName, string? mobile, string password, CancellationToken ct = default)
    {
        var user = new ShopUser { UserName = userName, Mobile = mobile }; // CreatedAt: the timestamp interceptor
        IdentityResult result;
        try
        {
            result = await users.CreateAsync(user, password);
        }
        catch (DbUpdateException)
        {
            // The unique index on Mobile (or the user name) refused it: someone registered it a moment ago.
            var raced = new Dictionary<string, string>();
            if (await UserNameProblemAsync(userName, ct) is { } n) raced[nameof(RegisterInput.UserName)] = n;
            if (mobile is not null && await MobileProblemAsync(mobile, ct) is { } m) raced[nameof(RegisterInput.Mobile)] = m;
            if (raced.Count == 0) raced[nameof(RegisterInput.UserName)] = localizer["RegisterFailed"];
            return (null, raced);
        }
        if (!result.Succeeded)
        {
            var field = result.Errors.Any(e => e.Code.StartsWith("Password", StringComparison.Ordinal)) ? nameof(RegisterInput.Password) : nameof(RegisterInput.UserName);
            return (null, new() { [field] = string.Join(" ", result.Errors.Select(e => e.Description)) });
        }
        logger.LogInformation("Account {UserId} registered{Mobile}", user.Id, mobile is null ? "" : " with a mobile number");
        return (user, []);
    }
}
