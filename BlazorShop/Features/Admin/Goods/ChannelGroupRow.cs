namespace BlazorShop.Features.Admin.Goods;

/// <summary>A home-page channel group (a line of the category menu) with its channels in order.</summary>
public sealed record ChannelGroupRow(int Id, string Name, int Sequence, IReadOnlyList<ChannelRow> Channels);
