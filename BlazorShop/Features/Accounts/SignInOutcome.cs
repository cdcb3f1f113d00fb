namespace BlazorShop.Features.Accounts;

public enum SignInOutcome { Success, Failed, LockedOut }
