using BlazorShop.Features.Search;

namespace BlazorShop.Tests.Features.Search;

public class HighlighterTests
{
    [Fact]
    public void Marks_every_occurrence_case_insensitively_and_merges_overlaps()
    {
        var segments = Highlighter.Split("TCL 4k 电视 4K", ["4K", "电视"]);
        Assert.Equal(
            [new("TCL ", false), new("4k", true), new(" ", false), new("电视", true), new(" ", false), new("4K", true)],
            segments);
        Assert.Equal([new Segment("双开门冰箱", true)], Highlighter.Split("双开门冰箱", ["双开", "开门", "门冰", "冰箱"]));
    }

    [Fact]
    public void Text_without_matches_is_one_plain_segment()
    {
        Assert.Equal([new Segment("<b>x</b>", false)], Highlighter.Split("<b>x</b>", ["冰箱"]));
        Assert.Empty(Highlighter.Split("", ["a"]));
    }
}
