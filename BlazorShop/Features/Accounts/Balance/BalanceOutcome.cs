namespace BlazorShop.Features.Accounts.Balance;

public enum BalanceOutcome { Done, Insufficient, InvalidAmount, UserNotFound }
