namespace BlazorShop.Features.Admin.Goods;

/// <summary>A channel of a group: the level-1 category it shows, its link and its place in the group.</summary>
public sealed record ChannelRow(int Id, int CategoryId, string CategoryName, string Url, int Sequence);
