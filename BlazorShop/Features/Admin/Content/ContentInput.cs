namespace BlazorShop.Features.Admin.Content;

/// <summary>A carousel slide or ad being edited (new when <see cref="Id"/> is 0).</summary>
public sealed class ContentInput
{
    public long Id { get; set; }
    public int SlotId { get; set; }
    public string Title { get; set; } = "";
    public string Url { get; set; } = "";
    public string? Text { get; set; }
    public int Sequence { get; set; }
    public bool IsVisible { get; set; } = true;
}
