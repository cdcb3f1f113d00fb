namespace BlazorShop.Features.Payments;

/// <summary>Ready: go to the gateway; NotFound: no such order of this shopper (404); NotPayable: not an unpaid Alipay order (any more).</summary>
public enum PayStartOutcome { Ready = 1, NotFound = 2, NotPayable = 3 }
