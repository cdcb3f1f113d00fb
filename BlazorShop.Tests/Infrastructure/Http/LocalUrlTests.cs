using BlazorShop.Infrastructure.Http;

namespace BlazorShop.Tests.Infrastructure.Http;

public class LocalUrlTests
{
    [Theory]
    [InlineData("/")]
    [InlineData("/list/3?page=2&sort=price")]
    [InlineData("/search?q=%E5%86%B0%E7%AE%B1")]
    [InlineData("/goods/1#reviews")]
    [InlineData("/http://evil.example")]        // a local path that merely looks like a URL
    public void Same_site_paths_are_local(string url)
    {
        Assert.True(LocalUrl.IsLocal(url));
        Assert.Equal(url, LocalUrl.OrHome(url));
    }

    public static TheoryData<string?> NotLocal => new()
    {
        null, "", " ", "list/3", "//evil.example", "//evil.example/x", "/\\evil.example", "\\\\evil.example",
        "/a\\b", "https://evil.example", "http:/evil.example", "javascript:alert(1)", "data:text/html,x",
        "/\t/evil.example", "/\r\n/evil.example", "/\u0000", "\t/x", " /x", "/x ", "/\u200B/evil.example",
        "/" + new string('a', 2001),
    };

    [Theory, MemberData(nameof(NotLocal))]
    public void Everything_else_becomes_home(string? url)
    {
        Assert.False(LocalUrl.IsLocal(url));
        Assert.Equal("/", LocalUrl.OrHome(url));
    }
}
