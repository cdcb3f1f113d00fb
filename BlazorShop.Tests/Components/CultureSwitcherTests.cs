using System.Globalization;
using BlazorShop.Components.Shared;
using BlazorShop.Tests.TestSupport;
using Bunit;
using Bunit.TestDoubles;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorShop.Tests.Components;

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
    public void Clicking_once_interactive_reloads_the_page_through_the_culture_endpoint()
    {
        WithCulture("zh-CN", () =>
        {
            var nav = Services.GetRequiredService<FakeNavigationManager>();
            var cut = RenderComponent<CultureSwitcher>();
            Assert.Equal("true", cut.Find("span.culture-switcher").GetAttribute("data-interactive"));

            cut.Find("a[data-culture=en]").Click();

            Assert.StartsWith("http://localhost/culture/set?culture=en", nav.Uri);
            Assert.True(nav.History.First().Options.ForceLoad);
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
