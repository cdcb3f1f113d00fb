using BlazorShop.Features.Search;

namespace BlazorShop.Tests.Features.Search;

/// <summary>
/// The in-memory index against a brute-force reading of the rules the database engines implement (a tsquery with
/// weights / FTS5 column filters): the same SKUs, the same number of terms matched, the same best field.
/// </summary>
public class SkuIndexSnapshotTests
{
    private static readonly string[] Names =
    [
        "海尔 BCD-470WDPG 双开门冰箱 470升 风冷无霜", "华为 Mate 60 Pro 雅丹黑 12GB+512GB", "Apple iPhone 16 黑色 256GB",
        "小米14 徕卡影像 白色", "TCL 55V8E 55英寸 4K 液晶电视", "美的 电饭煲 IH加热 4L", "苏泊尔 电水壶 304不锈钢 1.7L",
        "联想 小新 Pro16 笔记本电脑 32GB", "耐克 Pegasus 41 男子跑步鞋", "索尼 WH-1000XM5 无线耳机 主动降噪", "海信 65英寸 Mini LED 电视",
        "格力 壁挂式空调 1.5匹 新一级能效", "飞利浦 电动牙刷 HX9911", "西门子 滚筒洗衣机 10公斤 洗烘一体", "戴尔 U2723QE 27英寸 4K 显示器",
    ];
    private static readonly string[] Brands = ["海尔 冰箱 大家电", "华为 手机 手机数码", "Apple 手机", "小米 手机", "TCL 平板电视", "美的 厨房电器"];
    private static readonly string[] Specs = ["黑色 256GB", "白色 128GB", "深空灰 55英寸", "银色", "4K 120Hz", ""];
    private static readonly string[] Captions = ["官方正品 全国联保", "超可靠玄武架构", "一级能效 变频", "4K 超高清 护眼", "限时特惠 华为"];

    private static List<SkuSearchRow> Rows(int count) => Enumerable.Range(1, count).Select(i => new SkuSearchRow(
        i * 3, 10 + i % 4, 20 + i % 5, 100 + i * 7 % 900, i * 37 % 101, new DateTime(2026, 1, 1).AddHours(i), IsLaunched: i % 9 != 0,
        SearchTokenizer.ForIndex(Names[i % Names.Length] + " " + Names[(i * 7) % Names.Length].Split(' ')[0]),
        SearchTokenizer.ForIndex(Brands[i % Brands.Length]), SearchTokenizer.ForIndex(Specs[i % Specs.Length]),
        SearchTokenizer.ForIndex(Captions[i % Captions.Length]))).ToList();

    private static readonly string[] Queries =
    [
        "冰箱", "海尔冰箱", "海尔 冰箱", "4K", "4k 电视", "55英寸", "iph", "iPhone16", "mate60", "黑色", "黑", "手机 黑色", "华为", "华为手机",
        "苹果", "跑鞋", "笔记本", "电视", "官方", "能效 变频", "小", "l", "不存在", "华为 冰箱 黑色", "冰箱 耳机 降噪", "x",
    ];

    private static async Task<SkuIndexSnapshot> BuildAsync(IEnumerable<SkuSearchRow> rows) => await SkuIndexSnapshot.BuildAsync(rows.ToAsyncEnumerable());

    /// <summary>Level of a term in a row (−1: no match): the best field ℓ (3 name … 0 caption) such that an alternative
    /// has all its tokens in the fields of level ≥ ℓ — tested field set by field set, as the weighted queries do.</summary>
    private static int Level(SkuSearchRow row, SearchTerm term)
    {
        for (var level = 3; level >= 0; level--)
        {
            var tokens = row.Fields.Where(f => f.Level >= level).SelectMany(f => f.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToHashSet();
            if (term.Alternatives.Any(a => a.All(k => k.Prefix ? tokens.Any(t => t.StartsWith(k.Text, StringComparison.Ordinal)) : tokens.Contains(k.Text))))
                return level;
        }
        return -1;
    }

    private static List<SkuHit> Reference(IEnumerable<SkuSearchRow> rows, IReadOnlyList<SearchTerm> terms, bool partial, bool rank) =>
        rows.Where(r => r.IsLaunched).Select(r => (Row: r, Levels: terms.Select(t => Level(r, t)).ToList()))
            .Where(x => partial ? x.Levels.Any(l => l >= 0) : x.Levels.All(l => l >= 0))
            .Select(x => new SkuHit(x.Row.Id, x.Levels.Count(l => l >= 0), !rank ? 0 : partial ? x.Levels.Max() : x.Levels.Min(),
                x.Row.CategoryId, x.Row.BrandId, x.Row.Price, x.Row.Sales, x.Row.CreatedAt))
            .OrderBy(h => h.Id).ToList();

    private static List<SkuHit> Match(SkuIndexSnapshot snapshot, IReadOnlyList<SearchTerm> terms, bool partial, bool rank)
    {
        using var hits = new SkuHits(4);
        snapshot.Match(terms, partial, rank, hits);
        return hits.AsSpan().ToArray().OrderBy(h => h.Id).ToList();
    }

    public static TheoryData<bool, bool> Modes() => new() { { false, true }, { false, false }, { true, false }, { true, true } };

    [Theory, MemberData(nameof(Modes))]
    public async Task Matches_what_the_weighted_full_text_query_matches(bool partial, bool rank)
    {
        var rows = Rows(400);
        var snapshot = await BuildAsync(rows);
        Assert.Equal(rows.Count(r => r.IsLaunched), snapshot.Count);
        foreach (var query in Queries)
        {
            var terms = SearchTokenizer.ForQuery(query);
            Assert.Equal(Reference(rows, terms, partial, rank), Match(snapshot, terms, partial, rank));
        }
        Assert.NotEmpty(Match(snapshot, SearchTokenizer.ForQuery("冰箱"), partial, rank));
    }

    [Fact]
    public async Task Name_beats_brand_and_category_beats_spec_values_beats_caption()
    {
        var rows = new[]
        {
            new SkuSearchRow(1, 1, 1, 10, 0, default, true, "冰箱", "", "", ""),
            new SkuSearchRow(2, 1, 1, 10, 0, default, true, "", "冰箱", "", "冰箱"),
            new SkuSearchRow(3, 1, 1, 10, 0, default, true, "", "", "冰箱", "冰箱"),
            new SkuSearchRow(4, 1, 1, 10, 0, default, true, "", "", "", "冰箱"),
            new SkuSearchRow(5, 1, 1, 10, 0, default, true, "海尔", "冰箱", "", ""), // 海尔 冰箱: name and brand → brand level
        };
        var snapshot = await BuildAsync(rows);
        Assert.Equal([3, 2, 1, 0, 2], Match(snapshot, SearchTokenizer.ForQuery("冰箱"), false, true).Select(h => h.Field));
        Assert.Equal([2], Match(snapshot, SearchTokenizer.ForQuery("海尔 冰箱"), false, true).Select(h => h.Field));
    }

    [Fact]
    public async Task Changed_skus_replace_their_old_selves_until_the_next_build()
    {
        var rows = Rows(60);
        var snapshot = await BuildAsync(rows);
        var fridge = SearchTokenizer.ForQuery("海尔冰箱");
        var before = Match(snapshot, fridge, false, true);
        var renamed = before[0];
        var gone = before[1];

        var changed = snapshot.WithChanges(
        [
            (renamed.Id, new SkuDocument(rows.Single(r => r.Id == renamed.Id) with { SearchName = SearchTokenizer.ForIndex("星耀典藏 电水壶"), SearchTags = "", SearchSpecs = "", SearchCaption = "" })),
            (gone.Id, null),
            (1_000, new SkuDocument(new SkuSearchRow(1_000, 1, 1, 99, 5, default, true, SearchTokenizer.ForIndex("海尔 冰箱 新品"), "", "", ""))),
        ]);
        var after = Match(changed, fridge, false, true);
        Assert.DoesNotContain(after, h => h.Id == renamed.Id || h.Id == gone.Id);
        Assert.Contains(after, h => h.Id == 1_000 && h.Field == 3);
        Assert.Equal(before.Count - 2 + 1, after.Count);
        Assert.Equal([renamed.Id], Match(changed, SearchTokenizer.ForQuery("星耀典藏"), false, true).Select(h => h.Id));
        // The snapshot it came from is unchanged (searches in flight keep a consistent view).
        Assert.Equal(before, Match(snapshot, fridge, false, true));
        Assert.Equal(3, changed.ChangedCount);
    }

    [Fact]
    public async Task Rows_must_come_in_id_order_and_only_launched_skus_are_indexed()
    {
        var rows = Rows(10);
        await Assert.ThrowsAsync<ArgumentException>(() => BuildAsync(rows.AsEnumerable().Reverse()));
        var snapshot = await BuildAsync(rows.Select(r => r with { IsLaunched = r.Id != 3 }));
        Assert.Equal(9, snapshot.Count);
    }
}
