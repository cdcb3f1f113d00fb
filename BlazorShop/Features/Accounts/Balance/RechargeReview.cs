namespace BlazorShop.Features.Accounts.Balance;

/// <summary>The result of approving or rejecting a recharge request in the back office.</summary>
public enum RechargeReview { Approved, Rejected, NotFound, AlreadyReviewed }
