using BlazorShop.Features.Admin.Goods;
using BlazorShop.Features.Catalog;
using BlazorShop.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorShop.Tests.Features.Admin.Goods;

/// <summary>
/// Channel groups: named and ordered lines of the home page's menu holding level-1 categories with safe links; the
/// cached menu follows each change.
/// </summary>
[Collection("admin")]
public class ChannelGroupTests(AdminApps apps)
{
    [Theory, MemberData(nameof(AdminApps.Providers), MemberType = typeof(AdminApps))]
    public async Task Groups_hold_level_one_categories_with_safe_links_and_the_menu_follows(string provider)
    {
        var app = await apps.GetAsync(provider);
        var channels = app.Services.GetRequiredService<AdminChannelService>();
        var categories = app.Services.GetRequiredService<AdminCategoryService>();
        var menu = app.Services.GetRequiredService<CatalogCache>();
        var admin = AdminPeople.Admin();
        var tag = Guid.NewGuid().ToString("N")[..5];
        var (a1, a2, _) = await CategoryTreeTests.NewTreeAsync(app, categories);
        var (b1, _, _) = await CategoryTreeTests.NewTreeAsync(app, categories);
        _ = await menu.GetMenuAsync();

        Assert.NotNull(await channels.SaveGroupAsync(admin, 0, " "));
        Assert.NotNull(await channels.SaveGroupAsync(admin, 0, new string('组', 21)));
        Assert.Null(await channels.SaveGroupAsync(admin, 0, "甲组" + tag));
        Assert.Null(await channels.SaveGroupAsync(admin, 0, "乙组" + tag));
        Assert.NotNull(await channels.SaveGroupAsync(admin, 0, "甲组" + tag));
        var groups = await channels.GroupsAsync(admin);
        var (g1, g2) = (groups.Single(g => g.Name == "甲组" + tag).Id, groups.Single(g => g.Name == "乙组" + tag).Id);
        Assert.Equal(g2, groups[^1].Id); // new groups go last

        Assert.Equal("请选择一级分类", await channels.AddChannelAsync(admin, g1, a2, ""));
        Assert.NotNull(await channels.AddChannelAsync(admin, g1, a1, "javascript:alert(1)"));
        Assert.NotNull(await channels.AddChannelAsync(admin, g1, a1, "//evil.example/x"));
        Assert.Null(await channels.AddChannelAsync(admin, g1, a1, ""));
        Assert.NotNull(await channels.AddChannelAsync(admin, g2, a1, "")); // already in a group
        Assert.Null(await channels.AddChannelAsync(admin, g1, b1, "/search?q=x"));
        var group = (await channels.GroupsAsync(admin)).Single(g => g.Id == g1);
        Assert.Equal([a1, b1], group.Channels.Select(c => c.CategoryId));
        Assert.Equal($"/list/{a1}", group.Channels[0].Url);
        // The cached menu was dropped: it shows the new group with its channels.
        await CategoryTreeTests.WaitForAsync(async () =>
            (await menu.GetMenuAsync()).Groups.SingleOrDefault(g => g.Name == "甲组" + tag)?.Channels.Select(c => c.Id).SequenceEqual([a1, b1]) == true);
        // The shop's menu links each channel where the back office said: its own link, else its category's list.
        Assert.Equal([$"/list/{a1}", "/search?q=x"], (await menu.GetMenuAsync()).Groups.Single(g => g.Name == "甲组" + tag).Channels.Select(c => c.Href));

        // Order, links, moving to another group; a group with channels stays, an empty one goes.
        var (ca, cb) = (group.Channels[0].Id, group.Channels[1].Id);
        Assert.True(await channels.ShiftChannelAsync(admin, cb, -1));
        Assert.False(await channels.ShiftChannelAsync(admin, cb, -1));
        Assert.Equal([cb, ca], (await channels.GroupsAsync(admin)).Single(g => g.Id == g1).Channels.Select(c => c.Id));
        Assert.NotNull(await channels.UpdateChannelAsync(admin, ca, g1, "javascript:void(0)"));
        Assert.Null(await channels.UpdateChannelAsync(admin, ca, g2, "https://example.com/a"));
        groups = await channels.GroupsAsync(admin);
        Assert.Equal("https://example.com/a", Assert.Single(groups.Single(g => g.Id == g2).Channels).Url);
        // A category in a channel can't be deleted nor leave level 1.
        Assert.Null(await categories.AddAsync(admin, null, "孤类" + tag));
        var lone = (await categories.TreeAsync(admin)).Single(r => r.Name == "孤类" + tag).Id;
        Assert.Null(await channels.AddChannelAsync(admin, g2, lone, ""));
        Assert.Equal("该分类在频道组中，请先从频道组移除", await categories.DeleteAsync(admin, lone));
        Assert.Equal("该分类在频道组中，请先从频道组移除", await categories.MoveAsync(admin, lone, a1));
        var loneChannel = (await channels.GroupsAsync(admin)).Single(g => g.Id == g2).Channels.Single(c => c.CategoryId == lone).Id;
        Assert.Equal("频道组中还有频道，请先移除", await channels.DeleteGroupAsync(admin, g2));
        Assert.True(await channels.RemoveChannelAsync(admin, ca));
        Assert.False(await channels.RemoveChannelAsync(admin, ca));
        Assert.True(await channels.RemoveChannelAsync(admin, loneChannel));
        Assert.Null(await categories.DeleteAsync(admin, lone));
        Assert.True(await channels.ShiftGroupAsync(admin, g2, -1));
        groups = await channels.GroupsAsync(admin);
        Assert.True(groups.ToList().FindIndex(g => g.Id == g2) < groups.ToList().FindIndex(g => g.Id == g1));
        Assert.Null(await channels.DeleteGroupAsync(admin, g2));
        Assert.DoesNotContain(await channels.GroupsAsync(admin), g => g.Id == g2);
        await CategoryTreeTests.WaitForAsync(async () => (await menu.GetMenuAsync()).Groups.All(g => g.Name != "乙组" + tag));
    }
}
