namespace BlazorShop.Domain;

/// <summary>A level-1 category placed in a home-page navigation group.</summary>
public class Channel
{
    public int Id { get; set; }
    public int GroupId { get; set; }
    public ChannelGroup? Group { get; set; }
    public int CategoryId { get; set; }
    public Category? Category { get; set; }
    public required string Url { get; set; }
    public int Sequence { get; set; }
}
