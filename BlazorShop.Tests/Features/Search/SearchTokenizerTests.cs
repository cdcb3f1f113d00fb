using BlazorShop.Features.Search;

namespace BlazorShop.Tests.Features.Search;

public class SearchTokenizerTests
{
    private static HashSet<string> Index(string text) => SearchTokenizer.ForIndex(text).Split(' ').ToHashSet();

    [Fact]
    public void Chinese_words_inside_unspaced_text_are_findable()
    {
        var doc = Index("海尔 BCD-470WDPG 双开门冰箱 470升 风冷无霜");
        var query = SearchTokenizer.ForQuery("冰箱").Single();
        Assert.All(query.Tokens, t => Assert.Contains(t.Text, doc));
        Assert.All(SearchTokenizer.ForQuery("双开门冰箱").Single().Tokens, t => Assert.Contains(t.Text, doc));
        // A word that is not in the text does not match, even though its characters might be nearby.
        Assert.DoesNotContain(SearchTokenizer.ForQuery("洗衣机").Single().Tokens, t => doc.Contains(t.Text));
    }

    [Fact]
    public void Latin_and_digits_are_lower_cased_words_and_split_from_chinese()
    {
        var doc = Index("TCL 55V8E 55英寸 4K 超高清");
        Assert.Contains("4k", doc);
        Assert.Contains("55", doc);
        Assert.Contains("55v8e", doc);
        Assert.Contains("英寸", doc);
        var q = SearchTokenizer.ForQuery("4K").Single().Tokens.Single();
        Assert.Equal("4k", q.Text);
    }

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
        Assert.Equal("4k", SearchTokenizer.ForQuery("４Ｋ").Single().Tokens.Single().Text);
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
        var token = SearchTokenizer.ForQuery(character).Single().Tokens.Single();
        Assert.True(token.Prefix);
        Assert.Contains(index, t => t.StartsWith(token.Text, StringComparison.Ordinal));
    }
}
