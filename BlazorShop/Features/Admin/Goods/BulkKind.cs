namespace BlazorShop.Features.Admin.Goods;

public enum BulkKind { Launch, Withdraw, PricePercent, PriceAmount, SetStock }
