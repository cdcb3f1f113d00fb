using BlazorShop.Domain;
using BlazorShop.Features.Search;
using BlazorShop.Infrastructure.Data;
using Npgsql;
using NpgsqlTypes;

namespace BlazorShop.Benchmarks;

/// <summary>Fills the catalog with N realistic SKUs (Chinese names from brand × product × feature × colour), via COPY.</summary>
static class SkuGenerator
{
    static readonly string[] Brands = ["海尔", "美的", "格力", "华为", "小米", "联想", "戴尔", "索尼", "TCL", "海信", "Apple", "苏泊尔", "九阳", "松下", "西门子", "飞利浦"];
    /// <summary>The leaf category of each product type (in the order of <see cref="Products"/>).</summary>
    static readonly string[] Leaves = ["冰箱", "洗衣机", "平板电视", "空调", "手机", "笔记本", "电饭煲", "电水壶", "耳机", "显示器", "微波炉", "跑步鞋"];
    static readonly (string Product, string[] Features)[] Products =
    [
        ("双开门冰箱", ["风冷无霜", "一级能效", "变频", "470升", "606升"]), ("滚筒洗衣机", ["10公斤", "直驱变频", "除菌螨", "洗烘一体"]),
        ("液晶电视", ["55英寸", "65英寸", "4K", "120Hz", "Mini LED"]), ("壁挂式空调", ["大1匹", "1.5匹", "新一级能效", "变频冷暖"]),
        ("5G手机", ["12GB+256GB", "徕卡影像", "卫星通话", "快充"]), ("笔记本电脑", ["16GB+1TB", "酷睿Ultra", "2.5K高刷屏", "轻薄"]),
        ("电饭煲", ["IH加热", "3L", "4L", "预约"]), ("电水壶", ["1.7L", "304不锈钢", "保温"]), ("无线耳机", ["主动降噪", "蓝牙5.3", "长续航"]),
        ("显示器", ["27英寸", "4K", "IPS", "144Hz"]), ("微波炉", ["21升", "变频", "烧烤"]), ("跑步鞋", ["缓震", "透气", "40", "42"]),
    ];
    static readonly string[] Colours = ["黑色", "白色", "银色", "金色", "蓝色", "灰色", "绿色", "紫色"];

    /// <summary>
    /// Like a real catalog, SKUs come in SPUs: one product (brand, model, type) with 8 variants (colour × option),
    /// created together — so they sit together in the table, as they do when an admin adds a product.
    /// </summary>
    public static async Task<int> FillAsync(ShopDbContext db, string connectionString, int count)
    {
        const int variantsPerSpu = 8;
        var top = new Category { Name = "精选", Level = 1 };
        var middle = new Category { Name = "精选好物", Level = 2, Parent = top };
        var leaves = Leaves.Select((name, i) => new Category { Name = name, Level = 3, Parent = middle, Sequence = i }).ToList();
        db.AddRange(leaves);
        var brands = Brands.Select(b => new Brand { Name = b, FirstLetter = "B" }).ToList();
        db.AddRange(brands);
        await db.SaveChangesAsync();

        var random = new Random(42);
        var spuCount = (count + variantsPerSpu - 1) / variantsPerSpu;
        var spus = new List<(long Id, int Brand, int Product, string Model)>();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using (var copy = await connection.BeginBinaryImportAsync("""
            COPY "Spus" ("Name", "BrandId", "Category1Id", "Category2Id", "Category3Id", "Sales", "CommentCount",
                         "Description", "Packing", "AfterSale", "CreatedAt", "UpdatedAt") FROM STDIN (FORMAT BINARY)
            """))
        {
            for (var i = 0; i < spuCount; i++)
            {
                var b = random.Next(Brands.Length);
                var product = random.Next(Products.Length);
                var model = $"{(char)('A' + random.Next(26))}{random.Next(10, 9999)}";
                spus.Add((0, b, product, model));
                await copy.StartRowAsync();
                await copy.WriteAsync($"{Brands[b]} {model} {Products[product].Product}", NpgsqlDbType.Text);
                await copy.WriteAsync(brands[b].Id, NpgsqlDbType.Integer);
                await copy.WriteAsync(top.Id, NpgsqlDbType.Integer);
                await copy.WriteAsync(middle.Id, NpgsqlDbType.Integer);
                await copy.WriteAsync(leaves[product].Id, NpgsqlDbType.Integer);
                await copy.WriteAsync(0, NpgsqlDbType.Integer);
                await copy.WriteAsync(0, NpgsqlDbType.Integer);
                await copy.WriteAsync("", NpgsqlDbType.Text);
                await copy.WriteAsync("", NpgsqlDbType.Text);
                await copy.WriteAsync("", NpgsqlDbType.Text);
                await copy.WriteAsync(DateTime.UtcNow, NpgsqlDbType.TimestampTz);
                await copy.WriteAsync(DateTime.UtcNow, NpgsqlDbType.TimestampTz);
            }
            await copy.CompleteAsync();
        }
        var ids = new List<long>();
        await using (var read = new NpgsqlCommand("SELECT \"Id\" FROM \"Spus\" ORDER BY \"Id\"", connection))
        await using (var reader = await read.ExecuteReaderAsync())
            while (await reader.ReadAsync()) ids.Add(reader.GetInt64(0));
        ids = ids.TakeLast(spuCount).ToList();

        await using (var copy = await connection.BeginBinaryImportAsync("""
            COPY "Skus" ("SpuId", "CategoryId", "BrandId", "Name", "Caption", "Price", "MarketPrice", "CostPrice", "Stock", "Sales",
                         "CommentCount", "IsLaunched", "CreatedAt", "UpdatedAt", "RowVersion", "SearchName", "SearchCaption",
                         "SearchTags", "SearchSpecs") FROM STDIN (FORMAT BINARY)
            """))
        {
            var written = 0;
            for (var i = 0; i < spuCount && written < count; i++)
            {
                var (_, b, product, model) = spus[i];
                var (productName, features) = Products[product];
                var basePrice = Math.Round((decimal)(random.NextDouble() * 9000 + 50), 0);
                var created = DateTime.UtcNow.AddMinutes(-random.Next(500_000));
                for (var v = 0; v < variantsPerSpu && written < count; v++, written++)
                {
                    var feature = features[v % features.Length];
                    var colour = Colours[(v + i) % Colours.Length];
                    var name = $"{Brands[b]} {model} {productName} {feature} {Colours[(v + i) % Colours.Length]}";
                    var caption = string.Join(' ', features.OrderBy(_ => random.Next()).Take(3)) + " 官方正品 全国联保";
                    var price = basePrice + 100 * (v % 3) - 0.01m;
                    await copy.StartRowAsync();
                    await copy.WriteAsync(ids[i], NpgsqlDbType.Bigint);
                    await copy.WriteAsync(leaves[product].Id, NpgsqlDbType.Integer);
                    await copy.WriteAsync(brands[b].Id, NpgsqlDbType.Integer);
                    await copy.WriteAsync(name, NpgsqlDbType.Text);
                    await copy.WriteAsync(caption, NpgsqlDbType.Text);
                    await copy.WriteAsync(price, NpgsqlDbType.Numeric);
                    await copy.WriteAsync(price + 200, NpgsqlDbType.Numeric);
                    await copy.WriteAsync(Math.Round(price * 0.7m, 2), NpgsqlDbType.Numeric);
                    await copy.WriteAsync(random.Next(0, 500), NpgsqlDbType.Integer);
                    await copy.WriteAsync(random.Next(0, 50_000), NpgsqlDbType.Integer);
                    await copy.WriteAsync(0, NpgsqlDbType.Integer);
                    await copy.WriteAsync(random.Next(20) != 0, NpgsqlDbType.Boolean);
                    await copy.WriteAsync(created.AddMinutes(v), NpgsqlDbType.TimestampTz);
                    await copy.WriteAsync(created, NpgsqlDbType.TimestampTz);
                    await copy.WriteAsync(0, NpgsqlDbType.Integer);
                    // The tokens SearchIndexInterceptor would write: name + SPU name, brand + category, spec values, caption.
                    await copy.WriteAsync(SearchTokenizer.ForIndex($"{name} {Brands[b]} {model} {productName}"), NpgsqlDbType.Text);
                    await copy.WriteAsync(SearchTokenizer.ForIndex(caption), NpgsqlDbType.Text);
                    await copy.WriteAsync(SearchTokenizer.ForIndex($"{Brands[b]} {Leaves[product]} {middle.Name}"), NpgsqlDbType.Text);
                    await copy.WriteAsync(SearchTokenizer.ForIndex($"{colour} {feature}"), NpgsqlDbType.Text);
                }
            }
            await copy.CompleteAsync();
        }
        // A loaded table in steady state has been vacuumed (hint bits, visibility map): do what autovacuum would.
        foreach (var table in new[] { "Spus", "Skus" })
        {
            await using var vacuum = new NpgsqlCommand($"VACUUM (ANALYZE) \"{table}\"", connection);
            await vacuum.ExecuteNonQueryAsync();
        }
        return count;
    }
}
