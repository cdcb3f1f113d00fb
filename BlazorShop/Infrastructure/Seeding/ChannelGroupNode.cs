namespace BlazorShop.Infrastructure.Seeding;

sealed record ChannelGroupNode(string Name, List<string> Categories, string? NameEn = null);
