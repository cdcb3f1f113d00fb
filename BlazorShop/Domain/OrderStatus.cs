namespace BlazorShop.Domain;

public enum OrderStatus { Unpaid = 1, ToShip = 2, ToReceive = 3, ToReview = 4, Finished = 5, Cancelled = 6 }
