using BlazorShop.Features.Search;
using BlazorShop.Shared;

namespace BlazorShop.Tests.Shared;

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

public class PriceBucketTests
{
    [Theory]
    [InlineData(0, 0)] [InlineData(99.99, 0)] [InlineData(100, 1)] [InlineData(499.9, 1)] [InlineData(500, 2)]
    [InlineData(2999, 3)] [InlineData(3000, 4)] [InlineData(5999.99, 4)] [InlineData(6000, 5)] [InlineData(99999, 5)]
    public void Prices_fall_in_the_bucket_whose_range_holds_them(double price, int expected)
    {
        var index = PriceBuckets.IndexOfPrice((decimal)price);
        Assert.Equal(expected, index);
        var (min, max) = PriceBuckets.Parse(PriceBuckets.All[index].Key)!.Value;
        Assert.True((decimal)price >= min && (max is null || (decimal)price < max));
    }
}
