
namespace BlazorShop.Shared;

/// <summary>Page number and size from the URL, clamped so a hand-edited URL cannot ask for a million rows.</summary>
public readonly record struct Paging(int Page, int Size)
{
    public static readonly int[] Sizes = [12, 24, 48];
    public static Paging From(int? page, int? size) =>
        new(Math.Clamp(page ?? 1, 1, 10_000), Sizes.Contains(size ?? 0) ? size!.Value : Sizes[0]);
    public int Skip => (Page - 1) * Size;
    public int PageCount(int total) => Math.Max(1, (total + Size - 1) / Size);
}
