namespace BlazorShop.Features.Payments;

/// <summary>Found: the gateway knows the trade (see its status); NotExist: it doesn't (yet); Failed: no trustworthy answer.</summary>
public enum TradeQueryOutcome { Found = 1, NotExist = 2, Failed = 3 }
