using BlazorShop.Domain;
using BlazorShop.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using NpgsqlTypes;

namespace BlazorShop.Features.Search;

/// <summary>A SKU that matched, and whether every token matched in its name (name beats caption).</summary>
public sealed class ScoredSku
{
    public Sku Sku { get; set; } = default!;
    public int NameHit { get; set; }
}

/// <summary>The provider-specific half of search: which SKUs match the terms. Everything else is shared.</summary>
public interface ISkuSearchIndex
{
    IQueryable<ScoredSku> Match(ShopDbContext db, IReadOnlyList<SearchTerm> terms);
}

/// <summary>PostgreSQL: the GIN-indexed generated tsvector (name weight A, caption weight B).</summary>
public sealed class PostgresSkuSearchIndex : ISkuSearchIndex
{
    public IQueryable<ScoredSku> Match(ShopDbContext db, IReadOnlyList<SearchTerm> terms)
    {
        var tokens = terms.SelectMany(t => t.Tokens).DistinctBy(t => t.Text).ToList();
        // Tokens hold letters and digits only (SearchTokenizer), so they cannot carry tsquery operators.
        var any = string.Join(" & ", tokens.Select(t => t.Prefix ? t.Text + ":*" : t.Text));
        var name = string.Join(" & ", tokens.Select(t => t.Prefix ? t.Text + ":*A" : t.Text + ":A"));
        return db.Skus
            .Where(s => EF.Property<NpgsqlTsVector>(s, PostgresShopDbContext.SearchVector).Matches(EF.Functions.ToTsQuery("simple", any)))
            .Select(s => new ScoredSku
            {
                Sku = s,
                NameHit = EF.Property<NpgsqlTsVector>(s, PostgresShopDbContext.SearchVector).Matches(EF.Functions.ToTsQuery("simple", name)) ? 1 : 0,
            });
    }
}

/// <summary>SQLite: the FTS5 table "SkuSearch" kept by triggers (see the Search migration).</summary>
public sealed class SqliteSkuSearchIndex : ISkuSearchIndex
{
    public IQueryable<ScoredSku> Match(ShopDbContext db, IReadOnlyList<SearchTerm> terms)
    {
        var tokens = terms.SelectMany(t => t.Tokens).DistinctBy(t => t.Text).ToList();
        // Quoted FTS5 strings; tokens hold letters and digits only, so no quote can end them early.
        var any = string.Join(" AND ", tokens.Select(t => t.Prefix ? $"\"{t.Text}\" *" : $"\"{t.Text}\""));
        var name = "\"SearchName\" : (" + any + ")";
        var hits = db.Database.SqlQuery<FtsHit>($"""
            SELECT rowid AS "SkuId",
                   CASE WHEN rowid IN (SELECT rowid FROM "SkuSearch" WHERE "SkuSearch" MATCH {name}) THEN 1 ELSE 0 END AS "NameHit"
            FROM "SkuSearch" WHERE "SkuSearch" MATCH {any}
            """);
        return from s in db.Skus join h in hits on s.Id equals h.SkuId select new ScoredSku { Sku = s, NameHit = h.NameHit };
    }

    public sealed class FtsHit
    {
        public long SkuId { get; set; }
        public int NameHit { get; set; }
    }
}
