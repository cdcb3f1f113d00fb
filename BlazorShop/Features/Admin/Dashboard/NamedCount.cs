namespace BlazorShop.Features.Admin.Dashboard;

public sealed record NamedCount(string Name, int Count);
