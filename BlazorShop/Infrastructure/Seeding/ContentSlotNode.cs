namespace BlazorShop.Infrastructure.Seeding;

sealed record ContentSlotNode(string Key, string Name, List<ContentItemNode> Items);
