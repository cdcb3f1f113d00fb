namespace BlazorShop.Domain;

public enum RechargeStatus { Pending = 1, Approved = 2, Rejected = 3 }
