namespace BlazorShop.Features.Accounts.Addresses;

public enum AddressOutcome { Saved, Invalid, LimitReached, NotFound }
