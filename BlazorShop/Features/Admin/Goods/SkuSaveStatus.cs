namespace BlazorShop.Features.Admin.Goods;

public enum SkuSaveStatus { Saved, Invalid, Conflict, NotFound }
