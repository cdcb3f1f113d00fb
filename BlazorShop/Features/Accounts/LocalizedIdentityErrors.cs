using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace BlazorShop.Features.Accounts;

/// <summary>Identity's messages (password rules, taken names …) from the resource files, in the shopper's language.</summary>
public sealed class LocalizedIdentityErrors(IStringLocalizer<SharedResource> localizer) : IdentityErrorDescriber
{
    private IdentityError Error(string code, string key, params object[] args) => new() { Code = code, Description = localizer[key, args] };

    public override IdentityError DefaultError() => Error(nameof(DefaultError), "IdentityDefaultError");
    public override IdentityError ConcurrencyFailure() => Error(nameof(ConcurrencyFailure), "IdentityDefaultError");
    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch), "CurrentPasswordWrong");
    public override IdentityError InvalidToken() => Error(nameof(InvalidToken), "IdentityDefaultError");
    public override IdentityError LoginAlreadyAssociated() => Error(nameof(LoginAlreadyAssociated), "QqAlreadyBound");
    public override IdentityError InvalidUserName(string? userName) => Error(nameof(InvalidUserName), "UserNameRule");
    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName), "UserNameTaken");
    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort), "PasswordRule");
    public override IdentityError PasswordRequiresNonAlphanumeric() => Error(nameof(PasswordRequiresNonAlphanumeric), "PasswordNeedsSymbol");
    public override IdentityError PasswordRequiresDigit() => Error(nameof(PasswordRequiresDigit), "PasswordNeedsDigit");
    public override IdentityError PasswordRequiresLower() => Error(nameof(PasswordRequiresLower), "PasswordNeedsLower");
    public override IdentityError PasswordRequiresUpper() => Error(nameof(PasswordRequiresUpper), "PasswordNeedsUpper");
    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => Error(nameof(PasswordRequiresUniqueChars), "PasswordNeedsUnique", uniqueChars);
}
