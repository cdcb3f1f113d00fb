namespace BlazorShop.Domain;

public class Content
{
    public long Id { get; set; }
    public int CategoryId { get; set; }
    public ContentCategory? Category { get; set; }
    public required string Title { get; set; }
    public string Url { get; set; } = "";
    public string? Image { get; set; }
    public string? Text { get; set; }
    public int Sequence { get; set; }
    public bool IsVisible { get; set; } = true;
}
