using BlazorShop.Infrastructure.Http;

namespace BlazorShop.Tests.Infrastructure.Http;

public class QueryValueTests
{
    [Theory]
    [InlineData("1", 1)]
    [InlineData("42", 42)]
    [InlineData(" 7 ", 7)]
    [InlineData("0010", 10)]
    [InlineData("10000", 10_000)]
    public void Int_reads_plain_ascii_numbers_in_range(string raw, int expected) =>
        Assert.Equal(expected, QueryValue.Int(raw, 1, 10_000));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("10001")]
    [InlineData("2147483648")]
    [InlineData("99999999999999999999999")]
    [InlineData("1e309")]
    [InlineData("1e3")]
    [InlineData("1.5")]
    [InlineData("+5")]
    [InlineData("５")]         // full-width digit
    [InlineData("٣")]          // Arabic-Indic digit
    [InlineData("1 2")]
    [InlineData("1,000")]
    [InlineData("0x10")]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("1\u0000")]
    [InlineData("5,6")]        // a repeated key (?page=5&page=6) arrives joined
    public void Int_turns_anything_else_into_not_given(string? raw) =>
        Assert.Null(QueryValue.Int(raw, 1, 10_000));

    [Fact]
    public void Int_accepts_negative_numbers_only_when_the_range_does()
    {
        Assert.Equal(-3, QueryValue.Int("-3", -10, 10));
        Assert.Null(QueryValue.Int("-3", 0, 10));
        Assert.Null(QueryValue.Int("-", -10, 10));
    }

    [Fact]
    public void Long_covers_sku_ids_and_refuses_overflow()
    {
        Assert.Equal(9_223_372_036_854_775_807, QueryValue.Long("9223372036854775807"));
        Assert.Null(QueryValue.Long("9223372036854775808"));
    }

    [Theory]
    [InlineData("冰箱", "冰箱")]
    [InlineData("  海尔   冰箱 ", "海尔 冰箱")]
    [InlineData("a\u0000b\u0007c", "abc")]
    [InlineData("x\u200By", "xy")]              // zero-width space (a format character)
    [InlineData("\u202Eevil", "evil")]          // right-to-left override
    [InlineData("<script>", "<script>")]        // text is text: the page encodes it
    public void Text_drops_control_characters_and_collapses_spaces(string raw, string expected) =>
        Assert.Equal(expected, QueryValue.Text(raw));

    [Fact]
    public void Text_is_bounded_and_empty_is_not_given()
    {
        Assert.Equal(100, QueryValue.Text(new string('冰', 5000), 100)!.Length);
        Assert.Null(QueryValue.Text("   \t\n"));
        Assert.Null(QueryValue.Text(null));
        // A surrogate pair is never cut in half.
        Assert.Equal("a", QueryValue.Text("a😀", 2));
    }

    [Theory]
    [InlineData("price", "price")]
    [InlineData("PRICE", "price")]
    [InlineData(" sales ", "sales")]
    [InlineData("drop table", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void OneOf_keeps_only_known_tokens(string? raw, string? expected) =>
        Assert.Equal(expected, QueryValue.OneOf(raw, ["default", "price", "sales", "newest"]));

    [Theory]
    [InlineData("100-200", "100-200")]
    [InlineData("5000-", "5000-")]
    [InlineData("1e309", "1e309")]             // a well-formed token; its meaning is the feature's business
    [InlineData("<b>", null)]
    [InlineData("a b", null)]
    [InlineData("１００", null)]
    public void Token_allows_a_small_ascii_alphabet(string raw, string? expected) =>
        Assert.Equal(expected, QueryValue.Token(raw));
}
