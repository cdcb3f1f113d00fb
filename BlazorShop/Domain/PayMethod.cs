namespace BlazorShop.Domain;

public enum PayMethod { CashOnDelivery = 1, Alipay = 2, Balance = 3 }
