namespace BlazorShop.Features.Catalog;

public sealed record CategoryMenu(IReadOnlyList<ChannelGroupMenu> Groups);
