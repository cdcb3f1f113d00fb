
namespace BlazorShop.Shared;

public enum StockState { InStock, Few, SoldOut, OffSale }
