using BlazorShop.Features.Search;
using BlazorShop.Tests.TestSupport;

namespace BlazorShop.Tests.Features.Search;

/// <summary>
/// What a shopper types, on the demo catalog: the same relevance table on SQLite (FTS5) and PostgreSQL (tsvector).
/// Every row runs on both providers.
/// </summary>
[Collection("catalog")]
public class SearchRelevanceTests(CatalogApps apps)
{
    private async Task<SearchResult> SearchAsync(string provider, string query, int size = 48) =>
        await (await apps.ServiceAsync<SearchService>(provider)).SearchAsync(new SearchRequest(query, PageSize: size));

    public static TheoryData<string, string, string, string> Table()
    {
        // provider × (query, the first result's name contains, every result's name contains — "" for no condition)
        (string Query, string First, string All)[] rows =
        [
            ("华为手机", "华为 Mate 60", "华为"),           // compound without a space; brand + category first
            ("小米手机", "小米14", "小米"),
            ("海尔冰箱", "冰箱", "海尔"),
            ("苹果", "Apple", "Apple"),                     // brand alias
            ("苹果手机", "iPhone", "Apple"),                // alias + category: the phone before the MacBook
            ("apple", "Apple", "Apple"),
            ("耐克", "耐克", "耐克"),
            ("nike", "Nike", "Nike"),
            ("阿迪", "adidas", "adidas"),                   // short alias
            ("跑鞋", "跑步鞋", "跑步鞋"),                   // synonym → 跑步鞋
            ("mate60", "Mate 60", "Mate 60"),               // letters + digits joined
            ("Mate 60", "Mate 60", "Mate 60"),
            ("iPhone16", "iPhone 16", "iPhone 16"),
            ("ｉＰｈｏｎｅ　１６", "iPhone 16", "iPhone 16"), // full width
            ("bingxiang", "冰箱", "冰箱"),                  // pinyin
            ("bx", "冰箱", ""),                             // pinyin initials
            ("shouji", "", ""),
            ("huawei", "华为", "华为"),
            ("xiyiji", "洗衣机", "洗衣机"),
            ("笔记本", "", ""),
            ("电视", "", ""),
            ("55英寸 电视", "55英寸", ""),
            ("4K", "", ""),
            ("冰箱", "冰箱", "冰箱"),
        ];
        var data = new TheoryData<string, string, string, string>();
        foreach (var provider in CatalogApps.Providers) foreach (var r in rows) data.Add(provider, r.Query, r.First, r.All);
        return data;
    }

    [Theory, MemberData(nameof(Table))]
    public async Task Everyday_queries_find_what_the_shopper_means(string provider, string query, string first, string all)
    {
        var result = await SearchAsync(provider, query);
        Assert.True(result.Total > 0, $"{query}: nothing found");
        Assert.False(result.IsPartial, $"{query}: only partial matches");
        if (first.Length > 0) Assert.Contains(first, result.Items[0].Name, StringComparison.OrdinalIgnoreCase);
        if (all.Length > 0) Assert.All(result.Items, s => Assert.Contains(all, s.Name, StringComparison.OrdinalIgnoreCase));
    }

    [Theory, MemberData(nameof(CatalogApps.Providers), MemberType = typeof(CatalogApps))]
    public async Task Synonyms_and_pinyin_find_the_same_goods_as_the_word(string provider)
    {
        async Task<long[]> Ids(string q) => (await SearchAsync(provider, q)).Items.Select(s => s.Id).Order().ToArray();
        Assert.Equal(await Ids("冰箱"), await Ids("bingxiang"));
        Assert.Equal(await Ids("华为"), await Ids("huawei"));
        Assert.Equal(await Ids("跑步鞋"), await Ids("跑鞋"));
        Assert.Equal(await Ids("Apple"), await Ids("苹果"));
        Assert.Equal(await Ids("Apple"), await Ids("pingguo"));
        // 笔记本 ⇄ 笔记本电脑: the 笔记本 category and goods named 笔记本电脑, either way.
        var notebooks = await SearchAsync(provider, "笔记本");
        Assert.Contains(notebooks.Items, s => s.Name.Contains("MacBook"));
        Assert.Contains(notebooks.Items, s => s.Name.Contains("小新"));
        var computers = await SearchAsync(provider, "笔记本电脑");
        Assert.Contains(computers.Items, s => s.Name.Contains("MacBook"));
        // 电视 ⇄ 平板电视 (the category) ⇄ 液晶电视 (the names).
        var tvs = await SearchAsync(provider, "平板电视");
        Assert.Contains(tvs.Items, s => s.Name.Contains("TCL"));
        Assert.Contains(tvs.Items, s => s.Name.Contains("海信"));
        Assert.NotEmpty(await Ids("电视"));
    }

    [Theory, MemberData(nameof(CatalogApps.Providers), MemberType = typeof(CatalogApps))]
    public async Task Each_searchable_field_is_searched(string provider)
    {
        // SKU name
        Assert.Contains((await SearchAsync(provider, "雅丹黑")).Items, s => s.Name.Contains("Mate 60 Pro 雅丹黑"));
        // caption only (Mate 60's caption: 超可靠玄武架构)
        Assert.Contains((await SearchAsync(provider, "玄武架构")).Items, s => s.Name.Contains("Mate 60"));
        // SPU name only ("海尔 MATE28S 滚筒洗衣机 全自动 …"; the SKU names do not say 全自动)
        var spu = await SearchAsync(provider, "全自动");
        Assert.NotEmpty(spu.Items);
        Assert.All(spu.Items, s => Assert.DoesNotContain("全自动", s.Name));
        Assert.Contains(spu.Items, s => s.Name.Contains("MATE28S"));
        // brand name through an alias only (no SKU name says 苹果)
        Assert.All((await SearchAsync(provider, "苹果")).Items, s => Assert.StartsWith("Apple", s.Name));
        // category path: leaf (平板电视) and its parent (运动鞋)
        Assert.Contains((await SearchAsync(provider, "平板电视")).Items, s => s.Name.Contains("液晶电视"));
        Assert.Contains((await SearchAsync(provider, "运动鞋")).Items, s => s.Name.Contains("Pegasus"));
        // spec option value only (海信's colour 深空灰 is not in its SKU names)
        Assert.Contains((await SearchAsync(provider, "深空灰")).Items, s => s.Name.StartsWith("海信"));
        // colour words also find colour names: 手机 黑色 finds iPhone 16 黑色 and Mate 60 Pro 雅丹黑
        var black = await SearchAsync(provider, "手机 黑色");
        Assert.Contains(black.Items, s => s.Name.Contains("iPhone 16 黑色"));
        Assert.Contains(black.Items, s => s.Name.Contains("雅丹黑"));
    }

    [Theory, MemberData(nameof(CatalogApps.Providers), MemberType = typeof(CatalogApps))]
    public async Task Brand_and_category_in_the_query_rank_that_brands_goods_of_that_category_first(string provider)
    {
        // 华为 makes phones, watches and tablets: 华为手机 puts the phones first.
        var huawei = await SearchAsync(provider, "华为手机");
        Assert.Contains("Mate 60", huawei.Items[0].Name);
        var firstNonPhone = huawei.Items.ToList().FindIndex(s => !s.Name.Contains("Mate 60"));
        Assert.True(firstNonPhone == -1 || huawei.Items.Skip(firstNonPhone).All(s => !s.Name.Contains("Mate 60")), "phones first, together");
        // Apple makes phones, laptops and earphones: 苹果手机 puts iPhones first.
        var apple = await SearchAsync(provider, "苹果手机");
        var iphones = apple.Items.TakeWhile(s => s.Name.Contains("iPhone")).Count();
        Assert.True(iphones > 0 && apple.Items.Skip(iphones).All(s => !s.Name.Contains("iPhone")));
        // 海尔冰箱: Haier fridges before Haier washing machines.
        var haier = await SearchAsync(provider, "海尔 冰箱");
        Assert.Contains("冰箱", haier.Items[0].Name);
    }

    [Theory, MemberData(nameof(CatalogApps.Providers), MemberType = typeof(CatalogApps))]
    public async Task All_terms_matched_beats_some_and_a_strict_miss_falls_back_to_partial_matches(string provider)
    {
        var strict = await SearchAsync(provider, "华为 手表");
        Assert.False(strict.IsPartial);
        Assert.All(strict.Items, s => Assert.Contains("华为", s.Name));

        // No Huawei fridge: the goods matching most words, marked as partial.
        var partial = await SearchAsync(provider, "华为 冰箱 黑色");
        Assert.True(partial.IsPartial);
        Assert.NotEmpty(partial.Items);
        Assert.All(partial.Items, s => Assert.True(
            new[] { "华为", "冰箱", "黑", "Mate" }.Count(w => s.Name.Contains(w)) >= 1, s.Name));
    }

    [Theory, MemberData(nameof(CatalogApps.Providers), MemberType = typeof(CatalogApps))]
    public async Task A_short_word_found_nowhere_whole_matches_by_its_characters_as_a_partial_result(string provider)
    {
        // No name says 男鞋; 男子…跑步鞋 and 男女跑步鞋 do, character by character.
        var shoes = await SearchAsync(provider, "男鞋");
        Assert.True(shoes.IsPartial);
        Assert.NotEmpty(shoes.Items);
        Assert.All(shoes.Items, s => Assert.True(s.Name.Contains('男') && s.Name.Contains('鞋'), s.Name));
        // Synonyms as data: 电饭锅 finds the 电饭煲, 书包 the 双肩包.
        Assert.All((await SearchAsync(provider, "电饭锅")).Items, s => Assert.Contains("电饭煲", s.Name));
        Assert.NotEmpty((await SearchAsync(provider, "书包")).Items);
    }

    [Theory, MemberData(nameof(CatalogApps.Providers), MemberType = typeof(CatalogApps))]
    public async Task Nothing_found_still_suggests_categories_and_hot_sellers(string provider)
    {
        var none = await SearchAsync(provider, "量子波动速读机");
        Assert.Equal(0, none.Total);
        Assert.NotEmpty(none.HotSellers);
        Assert.Equal(none.HotSellers.Select(s => s.Sales).OrderDescending(), none.HotSellers.Select(s => s.Sales));

        Assert.DoesNotContain(none.SuggestedCategories, c => c.Name == "手机"); // 机 alone suggests nothing

        // A category without goods in the demo catalog: found nothing, but the category is suggested.
        var walkie = await SearchAsync(provider, "对讲机");
        Assert.Equal(0, walkie.Total);
        Assert.Contains(walkie.SuggestedCategories, c => c.Name == "对讲机");
    }
}
