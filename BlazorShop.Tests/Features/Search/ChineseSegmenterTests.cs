using BlazorShop.Features.Search;

namespace BlazorShop.Tests.Features.Search;

/// <summary>The dictionary segmenter on phrases shoppers type and product names of the demo catalog.</summary>
public class ChineseSegmenterTests
{
    private static string Cut(string phrase) =>
        string.Join('/', ChineseSegmenter.Default.Cut(phrase.Select(c => c.ToString()).ToList()));

    [Theory]
    [InlineData("华为手机", "华为/手机")]
    [InlineData("小米手机", "小米/手机")]
    [InlineData("海尔冰箱", "海尔/冰箱")]
    [InlineData("苹果手机", "苹果/手机")]
    [InlineData("双开门冰箱", "双开门/冰箱")]
    [InlineData("滚筒洗衣机", "滚筒/洗衣机")]
    [InlineData("笔记本电脑", "笔记本电脑")]
    [InlineData("无线降噪耳机", "无线/降噪/耳机")]
    [InlineData("智能手表", "智能/手表")]
    [InlineData("男子公路跑步鞋", "男子/公路/跑步/鞋")]
    [InlineData("液晶电视", "液晶电视")]
    [InlineData("电饭煲", "电饭煲")]
    [InlineData("蓝牙音箱", "蓝牙/音箱")]
    [InlineData("变频冷暖壁挂式空调", "变频/冷暖/壁挂式/空调")]
    [InlineData("黑色", "黑色")]
    public void Cuts_product_phrases_into_words(string phrase, string expected) => Assert.Equal(expected, Cut(phrase));

    [Fact]
    public void The_shops_own_words_stay_whole()
    {
        // jieba cuts 热水壶 as 热 + 水壶; the synonym table names it, so a query keeps it whole.
        Assert.Equal("热/水壶", Cut("热水壶"));
        var shop = new HashSet<string> { "热水壶" };
        Assert.Equal(["热水壶"], ChineseSegmenter.Default.Cut("热水壶".Select(c => c.ToString()).ToList(), extra: shop));
        Assert.Equal("热水壶", Assert.Single(SearchTokenizer.ForQuery("热水壶")).Display);
    }

    [Fact]
    public void A_word_can_be_excluded_to_see_its_parts()
    {
        var parts = ChineseSegmenter.Default.Cut("笔记本电脑".Select(c => c.ToString()).ToList(), exclude: "笔记本电脑");
        Assert.Equal(["笔记本", "电脑"], parts);
    }

    [Fact]
    public void Unknown_characters_stand_alone_and_the_tokenizer_keeps_them_together_as_bigrams()
    {
        // 玉墨银 (a fridge colour) is not a dictionary word: one term, matched by its bigrams.
        Assert.Equal("玉/墨/银", Cut("玉墨银"));
        var term = Assert.Single(SearchTokenizer.ForQuery("玉墨银"));
        Assert.Equal(["玉墨", "墨银"], term.Alternatives[0].Select(t => t.Text));
        Assert.True(SearchTokenizerTests.Matches("海尔 双开门冰箱 玉墨银", "玉墨银"));
        Assert.False(SearchTokenizerTests.Matches("海尔 双开门冰箱 玉墨 银", "玉墨银"));
    }
}
