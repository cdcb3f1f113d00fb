using System.Globalization;
using BlazorShop.Features.Admin.Goods;
using BlazorShop.Tests.TestSupport;
using Bunit;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorShop.Tests.Features.Admin.Goods;

/// <summary>
/// The category tree editor island on the services of a running app: the tree nested by level, a category added and
/// renamed from the page, and a refused deletion explained on the page.
/// </summary>
[Collection("admin")]
public class CategoryTreeEditorTests : ShimTestContext, IAsyncLifetime
{
    private readonly AdminApps _apps;
    private ShopAppFactory _app = default!;

    public CategoryTreeEditorTests(AdminApps apps) => _apps = apps;

    public async Task InitializeAsync()
    {
        _app = await _apps.GetAsync();
        Services.AddLocalization(o => o.ResourcesPath = "Resources");
        Services.AddSingleton(_app.Services.GetRequiredService<AdminCategoryService>());
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private IRenderedComponent<CategoryTreeEditor> Render()
    {
        var auth = Task.FromResult(new AuthenticationState(AdminPeople.Admin()));
        var cut = RenderComponent<CategoryTreeEditor>(p => p.AddCascadingValue(auth));
        cut.WaitForAssertion(() => Assert.Equal("true", cut.Find(".category-editor").GetAttribute("data-interactive")));
        return cut;
    }

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    [Fact]
    public async Task Shows_the_tree_nested_adds_renames_and_explains_a_refused_delete()
    {
        var categories = _app.Services.GetRequiredService<AdminCategoryService>();
        var (l1, l2, l3) = await CategoryTreeTests.NewTreeAsync(_app, categories);
        var cut = Render();

        // Nested: the level-3 node sits inside the level-2 node, inside the level-1 node; no "add child" on level 3.
        var node3 = cut.Find($"li[data-category='{Id(l1)}'] li[data-category='{Id(l2)}'] li[data-category='{Id(l3)}']");
        Assert.Equal("3", node3.GetAttribute("data-level"));
        Assert.Empty(node3.QuerySelectorAll(".category-add-child"));
        Assert.All(cut.FindAll("li.category-node"), n => Assert.InRange(int.Parse(n.GetAttribute("data-level")!, CultureInfo.InvariantCulture), 1, 3));

        // Add a child under level 2 from the page.
        var name = "新子类" + Guid.NewGuid().ToString("N")[..4];
        cut.Find($"li[data-category='{Id(l2)}'] > .category-add-child-box > input.category-new-child").Change(name);
        cut.Find($"li[data-category='{Id(l2)}'] > .category-add-child-box > button.category-add-child").Click();
        cut.WaitForAssertion(() => Assert.Contains(cut.FindAll($"li[data-category='{Id(l2)}'] > ul > li > input.category-name"), i => i.GetAttribute("value") == name));
        Assert.Equal("已完成", cut.Find(".admin-message").TextContent.Trim());

        // Rename the level-1 node.
        var renamed = "改名" + Guid.NewGuid().ToString("N")[..4];
        cut.Find($"li[data-category='{Id(l1)}'] > input.category-name").Change(renamed);
        cut.Find($"li[data-category='{Id(l1)}'] > button.category-rename").Click();
        cut.WaitForAssertion(() => Assert.Equal(renamed, cut.Find($"li[data-category='{Id(l1)}'] > input.category-name").GetAttribute("value")));
        Assert.Contains(await categories.TreeAsync(AdminPeople.Admin()), r => r.Id == l1 && r.Name == renamed);

        // Deleting a category with children: refused, and the page says why.
        cut.Find($"li[data-category='{Id(l1)}'] > button.category-delete").Click();
        cut.WaitForAssertion(() => Assert.Equal("该分类下还有子分类，不能删除", cut.Find(".admin-message.error").TextContent.Trim()));
        Assert.NotEmpty(cut.FindAll($"li[data-category='{Id(l1)}']"));
    }
}
