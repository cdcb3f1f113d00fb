using BlazorShop.Features.Search;

namespace BlazorShop.Tests.Features.Search;

public class SearchTokenizerTests
{
    private static HashSet<string> Index(string text) => SearchTokenizer.ForIndex(text).Split(' ').ToHashSet();

    /// <summary>True if the document text satisfies the query: every term has an alternative whose tokens are all
    /// in the text's index tokens (what the database does with the same tokens).</summary>
    internal static bool Matches(string document, string query)
    {
        var doc = Index(document);
        var terms = SearchTokenizer.ForQuery(query);
        return terms.Count > 0 && terms.All(t => t.Alternatives.Any(a => a.All(k =>
            k.Prefix ? doc.Any(d => d.StartsWith(k.Text, StringComparison.Ordinal)) : doc.Contains(k.Text))));
    }

    [Fact]
    public void Chinese_words_inside_unspaced_text_are_findable()
    {
        const string doc = "海尔 BCD-470WDPG 双开门冰箱 470升 风冷无霜";
        Assert.True(Matches(doc, "冰箱"));
        Assert.True(Matches(doc, "双开门冰箱"));
        Assert.True(Matches(doc, "海尔冰箱"));
        // A word that is not in the text does not match, even though its characters might be nearby.
        Assert.False(Matches(doc, "洗衣机"));
        Assert.False(Matches(doc, "冰门"));
    }

    [Fact]
    public void Latin_and_digits_are_lower_cased_words_and_split_from_chinese()
    {
        var doc = Index("TCL 55V8E 55英寸 4K 超高清");
        Assert.Contains("4k", doc);
        Assert.Contains("55", doc);
        Assert.Contains("55v8e", doc);
        Assert.Contains("英寸", doc);
        Assert.Equal("4k", SearchTokenizer.ForQuery("4K").Single().Alternatives[0].Single().Text);
    }

    [Theory]
    [InlineData("华为 Mate 60 Pro 雅丹黑", "mate60")]
    [InlineData("华为 Mate 60 Pro 雅丹黑", "Mate 60")]
    [InlineData("华为 Mate60 Pro", "mate 60")]
    [InlineData("Apple iPhone 16 黑色 128GB", "iPhone16")]
    [InlineData("Apple iPhone 16 黑色 128GB", "iphone 16")]
    [InlineData("Apple iPhone 16 黑色 128GB", "128g")]
    [InlineData("TCL 55V8E 55英寸 4K 超高清 液晶电视", "55英寸")]
    [InlineData("TCL 55V8E 55英寸 4K 超高清 液晶电视", "55v8e")]
    [InlineData("联想 拯救者 Y9000P 2024 游戏本", "y9000")]
    [InlineData("小米14 徕卡光学镜头 5G手机", "小米 14")]
    [InlineData("小米14 徕卡光学镜头 5G手机", "5g手机")]
    public void Mixed_latin_and_digits_split_and_join(string document, string query) => Assert.True(Matches(document, query), query);

    [Theory]
    [InlineData("ＡＰＰＬＥ ｉＰｈｏｎｅ １６", "iphone 16")]
    [InlineData("Apple iPhone 16", "ＩＰＨＯＮＥ１６")]
    [InlineData("海信 E7K ULED 4K Mini LED", "ｍｉｎｉ ｌｅｄ")]
    public void Case_and_width_do_not_matter(string document, string query) => Assert.True(Matches(document, query), query);

    [Fact]
    public void Several_terms_stay_separate_for_narrowing()
    {
        var terms = SearchTokenizer.ForQuery("  海尔   冰箱 ");
        Assert.Equal(["海尔", "冰箱"], terms.Select(t => t.Display).ToArray());
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \t  ")]
    [InlineData("!!! ??? ***")]
    [InlineData("\" ' ; -- /* */")]
    public void Queries_without_searchable_characters_have_no_terms(string query) => Assert.Empty(SearchTokenizer.ForQuery(query));

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("'; DROP TABLE \"Skus\"; --")]
    [InlineData("冰箱\" OR \"1\"=\"1")]
    [InlineData("a* NEAR(b c) : ^ ( ) & | ! <->")]
    public void Tokens_never_carry_query_syntax(string query)
    {
        foreach (var token in SearchTokenizer.ForQuery(query).SelectMany(t => t.Tokens))
            Assert.True(token.Text.All(char.IsLetterOrDigit), $"token '{token.Text}' has a non-alphanumeric character");
    }

    [Fact]
    public void Long_queries_are_capped()
    {
        var terms = SearchTokenizer.ForQuery(string.Concat(Enumerable.Repeat("冰箱 ", 100)));
        Assert.True(terms.Count <= SearchTokenizer.MaxTerms);
        var longWord = SearchTokenizer.ForQuery(new string('冰', 200)).Single();
        Assert.True(longWord.Display.Length <= SearchTokenizer.MaxQueryLength);
    }

    [Fact]
    public void Full_width_characters_fold_to_their_ascii_form()
    {
        Assert.Equal("4k", SearchTokenizer.ForQuery("４Ｋ").Single().Alternatives[0].Single().Text);
    }
}

public class SingleCharacterSearchTests
{
    [Theory]
    [InlineData("冰")]  // starts a bigram
    [InlineData("箱")]  // ends the run
    [InlineData("门")]  // in the middle
    public void Any_single_character_of_the_text_is_found_by_prefix(string character)
    {
        var index = SearchTokenizer.ForIndex("双开门冰箱").Split(' ');
        var token = SearchTokenizer.ForQuery(character).Single().Alternatives[0].Single();
        Assert.True(token.Prefix);
        Assert.Contains(index, t => t.StartsWith(token.Text, StringComparison.Ordinal));
    }
}
