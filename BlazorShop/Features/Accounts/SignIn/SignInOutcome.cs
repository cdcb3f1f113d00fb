namespace BlazorShop.Features.Accounts.SignIn;

public enum SignInOutcome { Success, Failed, LockedOut }
