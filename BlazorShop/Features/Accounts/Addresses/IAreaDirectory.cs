namespace BlazorShop.Features.Accounts.Addresses;

/// <summary>China's provinces, cities and districts for the address cascade.</summary>
public interface IAreaDirectory
{
    /// <summary>The provinces (parent null) or the children of an area; empty for an unknown id.</summary>
    Task<IReadOnlyList<AreaItem>> ChildrenAsync(int? parentId, CancellationToken ct = default);

    Task<AreaItem?> FindAsync(int id, CancellationToken ct = default);
}
