using System.Globalization;
using BlazorShop.Components.Layout;
using BlazorShop.Tests.TestSupport;
using Bunit;
using Bunit.TestDoubles;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorShop.Tests.Components.Layout;

public class CultureSwitcherTests : ShimTestContext
{
    public CultureSwitcherTests()
    {
        Services.AddLocalization(o => o.ResourcesPath = "Resources");
    }

    [Fact]
    public void Offers_both_languages_and_marks_the_current_one()
    {
        WithCulture("en", () =>
        {
            Services.GetRequiredService<FakeNavigationManager>().NavigateTo("/list/3?page=2");
            var cut = RenderComponent<CultureSwitcher>();

            var links = cut.FindAll("a");
            Assert.Equal(["中文", "English"], links.Select(a => a.TextContent).ToArray());
            var english = cut.Find("a[data-culture=en]");
            Assert.Equal("true", english.GetAttribute("aria-current"));
            Assert.Null(cut.Find("a[data-culture=zh-CN]").GetAttribute("aria-current"));
            // The link comes back to the page the shopper is on.
            Assert.Equal("/culture/set?culture=zh-CN&redirectUri=%2Flist%2F3%3Fpage%3D2", cut.Find("a[data-culture=zh-CN]").GetAttribute("href"));
        });
    }

    [Fact]
    public void Links_load_the_whole_page_so_the_new_culture_applies_everywhere()
    {
        WithCulture("zh-CN", () =>
        {
            var cut = RenderComponent<CultureSwitcher>();
            foreach (var link in cut.FindAll("a"))
            {
                // A plain link (works before any circuit) that Blazor's enhanced navigation must not intercept.
                Assert.Equal("false", link.GetAttribute("data-enhance-nav"));
                Assert.StartsWith("/culture/set?culture=", link.GetAttribute("href"));
            }
        });
    }

    private static void WithCulture(string culture, Action test)
    {
        var (ui, current) = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
        CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = new CultureInfo(culture);
        try { test(); }
        finally { (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = (ui, current); }
    }
}
