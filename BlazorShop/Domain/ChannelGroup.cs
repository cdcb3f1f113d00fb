namespace BlazorShop.Domain;

public class ChannelGroup
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public int Sequence { get; set; }
    public List<Channel> Channels { get; set; } = [];
}
