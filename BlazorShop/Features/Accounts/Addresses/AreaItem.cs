namespace BlazorShop.Features.Accounts.Addresses;

/// <summary>One administrative division: province (no parent), city or district.</summary>
public sealed record AreaItem(int Id, string Name, int? ParentId);
